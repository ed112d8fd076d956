package fi.lape.core.policy;

import fi.lape.core.Branch;
import fi.lape.core.Duty;
import fi.lape.core.GroupKind;
import fi.lape.core.OrganisationKind;
import fi.lape.core.Role;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import fi.lape.core.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * What counts toward a requirement: a membership counts when it represents any of the sectors, any
 * sector of the branches, any of the voices, holds any of the duties or roles, or sits for an
 * organisation of one of the kinds; a link to a group of one of the linked kinds counts as well.
 * Also used in reports to say what would satisfy an unmet requirement. Whether a membership counts
 * is decided by lape's rules (lape-rules), not here.
 *
 * <pre>{@code
 * Criteria sote = Criteria.builder().addBranch(Branch.SOCIAL_HEALTH).build();
 * Criteria ngo = Criteria.builder().addOrganisationKind(OrganisationKind.NGO).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Criteria {
  Criteria() {}

  /** Sectors that count. */
  public abstract Set<Sector> sectors();

  /** Branches whose sectors count; {@link Branch#RESIDENTS_VOICE} counts any voice. */
  public abstract Set<Branch> branches();

  /** Voices that count. */
  public abstract Set<Voice> voices();

  /** Duties that count. */
  public abstract Set<Duty> duties();

  /** Roles that count. */
  public abstract Set<Role> roles();

  /** Kinds of organisation whose members count. */
  public abstract Set<OrganisationKind> organisationKinds();

  /** Kinds of linked group that satisfy the requirement by themselves. */
  public abstract Set<GroupKind> linkedGroupKinds();

  /**
   * What counts, for people, in {@code locale} (fi, sv or en): the names of the sectors, branches,
   * voices, duties, roles and organisation kinds, then the kinds of linked group, separated by
   * " / ", e.g. "järjestöt ja yhdistykset / seurakunnat ja uskonnolliset yhteisöt".
   */
  public final String describe(Locale locale) {
    List<String> options = new ArrayList<>();
    Stream.of(sectors(), branches(), voices(), duties(), roles(), organisationKinds())
        .flatMap(Set::stream).map(code -> code.displayName(locale)).forEach(options::add);
    if (!linkedGroupKinds().isEmpty()) {
      options.add(Texts.format(locale, "criteria.linkedKinds", List.of(linkedGroupKinds().stream()
          .map(kind -> kind.displayName(locale)).collect(Collectors.joining(", ")))));
    }
    return String.join(" / ", options);
  }

  /** Whether nothing is listed. */
  public final boolean isEmpty() {
    return sectors().isEmpty() && branches().isEmpty() && voices().isEmpty() && duties().isEmpty()
        && roles().isEmpty() && organisationKinds().isEmpty() && linkedGroupKinds().isEmpty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Criteria}. */
  public static final class Builder extends ImmutableCriteria.Builder {
    Builder() {}
  }
}
