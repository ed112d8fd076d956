package fi.lape.advisor;

import fi.lape.core.Duty;
import fi.lape.core.LapeValidationException;
import fi.lape.core.Role;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Someone who could be invited into a group: a known person (who sits in another group, or whom
 * the user names), "a representative of organisation X", or simply a role such as "a parent".
 * What the candidate would represent in the group is given as sectors, voices, duties and a role,
 * exactly as a membership would.
 *
 * <pre>{@code
 * Candidate parent = Candidate.builder("a-parent").addVoice(Voice.PARENTS).build();
 * Candidate mll = Candidate.builder("mll").organisationId("mll-varkaus")
 *     .addSector(Sector.NGO).build();
 * Candidate known = Candidate.builder("p-017").personId("p-017").addVoice(Voice.PARENTS).build();
 * }</pre>
 *
 * @param id the candidate's id, unique in a pool; for a candidate from the dataset, {@code
 *     personId/organisationId}
 * @param personId the person, when the candidate is a known person
 * @param organisationId the organisation the candidate would represent
 * @param role the role the candidate would hold ({@link Role#MEMBER} unless set)
 * @param sectors the sectors the candidate would represent
 * @param voices the residents' voices the candidate would speak for
 * @param duties the duties the candidate would hold
 * @param seenIn the groups where the candidate sits on the day, for candidates from the dataset
 */
public record Candidate(String id, Optional<String> personId, Optional<String> organisationId,
    Role role, Set<Sector> sectors, Set<Voice> voices, Set<Duty> duties, List<String> seenIn) {

  /** What a candidate stands for. */
  public enum Kind {
    /** A known person. */
    PERSON,
    /** Whoever an organisation sends. */
    ORGANISATION,
    /** Anyone in a role or speaking for a voice, such as "a parent". */
    ROLE
  }

  /** Validates and copies the collections. */
  public Candidate {
    if (id == null || id.isBlank()) {
      throw new LapeValidationException("candidate: id is missing");
    }
    personId = personId == null ? Optional.empty() : personId;
    organisationId = organisationId == null ? Optional.empty() : organisationId;
    role = role == null ? Role.MEMBER : role;
    // Enum sets keep the codes' order, so that output is the same on every run.
    sectors = sectors == null || sectors.isEmpty() ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(sectors));
    voices = voices == null || voices.isEmpty() ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(voices));
    duties = duties == null || duties.isEmpty() ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(duties));
    seenIn = seenIn == null ? List.of() : List.copyOf(seenIn);
  }

  /** A known person, an organisation's representative or a role. */
  public Kind kind() {
    return personId.isPresent() ? Kind.PERSON
        : organisationId.isPresent() ? Kind.ORGANISATION : Kind.ROLE;
  }

  /** A builder of a candidate with {@code id}. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Builds a {@link Candidate}. */
  public static final class Builder {
    private final String id;
    private String personId;
    private String organisationId;
    private Role role = Role.MEMBER;
    private final Set<Sector> sectors = EnumSet.noneOf(Sector.class);
    private final Set<Voice> voices = EnumSet.noneOf(Voice.class);
    private final Set<Duty> duties = EnumSet.noneOf(Duty.class);
    private final List<String> seenIn = new ArrayList<>();

    private Builder(String id) {
      this.id = id;
    }

    /** The known person. */
    public Builder personId(String value) {
      this.personId = value;
      return this;
    }

    /** The organisation represented. */
    public Builder organisationId(String value) {
      this.organisationId = value;
      return this;
    }

    /** The role; {@link Role#MEMBER} by default. */
    public Builder role(Role value) {
      this.role = value;
      return this;
    }

    /** Adds sectors. */
    public Builder addSector(Sector... values) {
      sectors.addAll(List.of(values));
      return this;
    }

    /** Adds sectors. */
    public Builder addSectors(Set<Sector> values) {
      sectors.addAll(values);
      return this;
    }

    /** Adds voices. */
    public Builder addVoice(Voice... values) {
      voices.addAll(List.of(values));
      return this;
    }

    /** Adds voices. */
    public Builder addVoices(Set<Voice> values) {
      voices.addAll(values);
      return this;
    }

    /** Adds duties. */
    public Builder addDuty(Duty... values) {
      duties.addAll(List.of(values));
      return this;
    }

    /** Adds a group the candidate sits in. */
    public Builder addSeenIn(String groupId) {
      if (!seenIn.contains(groupId)) {
        seenIn.add(groupId);
      }
      return this;
    }

    /** The candidate. */
    public Candidate build() {
      return new Candidate(id, Optional.ofNullable(personId), Optional.ofNullable(organisationId),
          role, sectors, voices, duties, seenIn);
    }
  }
}
