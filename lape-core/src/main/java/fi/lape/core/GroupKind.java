package fi.lape.core;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of group that plan or voice child and family services (DOMAIN.md "The groups"). Groups
 * of a voice kind carry the voices they speak for: linking a municipal LAPE group to one of them
 * hears those residents (rule LAPE-M05).
 */
public enum GroupKind implements Coded {
  /** Regional LAPE steering group (maakunnallinen LAPE-ohjausryhmä), seed 001. */
  REGIONAL_STEERING_GROUP,
  /** Municipal LAPE group (kunnan LAPE-ryhmä), seeds 001 and 003: must be multidisciplinary. */
  MUNICIPAL_LAPE_GROUP,
  /** A project's steering group (hankkeen ohjausryhmä), seed 002. */
  PROJECT_STEERING_GROUP,
  /** Parents' advisory group (neuvonantajavanhemmat), seed 000. */
  PARENTS_ADVISORY_GROUP(Voice.PARENTS),
  /** Youth advisory group (nuorten neuvonantajaryhmä), seed 000. */
  YOUTH_ADVISORY_GROUP(Voice.YOUNG_PEOPLE),
  /** Youth council (nuorisovaltuusto), seed 000. */
  YOUTH_COUNCIL(Voice.YOUNG_PEOPLE),
  /** Pupil or student council (oppilas- ja opiskelijakunta), seed 000. */
  PUPIL_COUNCIL(Voice.CHILDREN, Voice.YOUNG_PEOPLE),
  /** Parents' association (vanhempainyhdistys), seed 000. */
  PARENTS_ASSOCIATION(Voice.PARENTS),
  /** Customer panel (asiakasraati), seeds 000 and 002. */
  CUSTOMER_PANEL(Voice.PARENTS, Voice.CUSTOMERS),
  /** Open meeting place (kohtaamispaikka), seeds 003 and 004. */
  MEETING_PLACE;

  private final Set<Voice> voices;

  GroupKind(Voice... voices) {
    this.voices = voices.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(voices[0], voices));
  }

  /** The voices a group of this kind speaks for; empty for groups that are not voice groups. */
  public Set<Voice> voices() {
    return voices;
  }

  /** Whether residents are heard through a group of this kind (rule LAPE-M05). */
  public boolean isVoiceKind() {
    return !voices.isEmpty();
  }

  /** Whether this kind plans services: steering groups and municipal LAPE groups. */
  public boolean isPlanningKind() {
    return this == REGIONAL_STEERING_GROUP || this == MUNICIPAL_LAPE_GROUP
        || this == PROJECT_STEERING_GROUP;
  }

  /** Whether this kind is an advisory group whose members are residents (rule LAPE-A01). */
  public boolean isAdvisoryKind() {
    return this == PARENTS_ADVISORY_GROUP || this == YOUTH_ADVISORY_GROUP;
  }
}
