package fi.lape.core.policy;

import fi.lape.core.Branch;
import fi.lape.core.Duty;
import fi.lape.core.GroupKind;
import fi.lape.core.OrganisationKind;
import fi.lape.core.Role;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import java.util.Set;
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
