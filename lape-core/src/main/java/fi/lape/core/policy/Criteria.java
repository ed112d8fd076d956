package fi.lape.core.policy;

import fi.lape.core.Branch;
import fi.lape.core.Duty;
import fi.lape.core.GroupKind;
import fi.lape.core.Membership;
import fi.lape.core.Role;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What counts toward a requirement: a membership counts when it represents any of the sectors, any
 * sector of the branches, any of the voices, or holds any of the duties or roles; a link to a group
 * of one of the linked kinds counts as well. Also used in reports to say what would satisfy an
 * unmet requirement.
 *
 * <pre>{@code
 * Criteria sote = Criteria.builder().addBranch(Branch.SOCIAL_HEALTH).build();
 * sote.countsMembership(membership);
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

  /** Kinds of linked group that satisfy the requirement by themselves. */
  public abstract Set<GroupKind> linkedGroupKinds();

  /** Whether nothing is listed. */
  public final boolean isEmpty() {
    return sectors().isEmpty() && branches().isEmpty() && voices().isEmpty() && duties().isEmpty()
        && roles().isEmpty() && linkedGroupKinds().isEmpty();
  }

  /** Whether {@code membership} counts toward these criteria (its term is not looked at). */
  public final boolean countsMembership(Membership membership) {
    for (Sector sector : membership.sectors()) {
      if (sectors().contains(sector) || branches().contains(sector.branch())) {
        return true;
      }
    }
    for (Voice voice : membership.voices()) {
      if (voices().contains(voice) || branches().contains(voice.branch())) {
        return true;
      }
    }
    for (Duty duty : membership.duties()) {
      if (duties().contains(duty)) {
        return true;
      }
    }
    return roles().contains(membership.role());
  }

  /** Whether a link to a group of {@code kind} satisfies these criteria. */
  public final boolean countsLinkedGroup(GroupKind kind) {
    return linkedGroupKinds().contains(kind);
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
