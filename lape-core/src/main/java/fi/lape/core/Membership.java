package fi.lape.core;

import fi.lape.core.internal.Checks;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person's seat in a group for a term: the role, the duties, and the sectors and voices it
 * represents. Staff represent an organisation; a parent or young person usually represents none and
 * speaks for a {@link Voice}.
 *
 * <pre>{@code
 * Membership parent = Membership.builder()
 *     .id("m-parent-1").personId("p-017").addVoice(Voice.PARENTS)
 *     .term(Term.of(LocalDate.of(2017, 8, 1), LocalDate.of(2017, 12, 31)))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Membership {
  Membership() {}

  /** The id, unique in a dataset. */
  public abstract String id();

  /** The id of the person who holds the seat. */
  public abstract String personId();

  /** The organisation represented, or empty for a member who speaks for a voice. */
  public abstract Optional<String> organisationId();

  /** The role held; {@link Role#MEMBER} unless set. */
  @Value.Default
  public Role role() {
    return Role.MEMBER;
  }

  /** Duties held besides the role. */
  public abstract Set<Duty> duties();

  /** The sectors represented. */
  public abstract Set<Sector> sectors();

  /** The residents' voices spoken for. */
  public abstract Set<Voice> voices();

  /** The term of the seat, both ends inclusive. */
  public abstract Term term();

  /** For a deputy member, the id of the membership it deputises for. */
  public abstract Optional<String> deputyOf();

  /** Whether the membership is active on {@code day}. */
  public final boolean isActiveOn(LocalDate day) {
    return term().contains(day);
  }

  /** The branches this membership represents: those of its sectors, and residents' voice. */
  public final Set<Branch> branches() {
    EnumSet<Branch> branches = EnumSet.noneOf(Branch.class);
    for (Sector sector : sectors()) {
      branches.add(sector.branch());
    }
    if (!voices().isEmpty()) {
      branches.add(Branch.RESIDENTS_VOICE);
    }
    return branches;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.id("membership", id());
    Checks.personId("membership", id(), "personId", personId());
    organisationId().ifPresent(o -> Checks.reference("membership", id(), "organisationId", o));
    deputyOf().ifPresent(d -> {
      Checks.reference("membership", id(), "deputyOf", d);
      Checks.check(!d.equals(id()), "membership %s: deputyOf names the membership itself", id());
      Checks.check(role() == Role.DEPUTY_MEMBER,
          "membership %s: deputyOf is set but role is %s, not DEPUTY_MEMBER", id(), role());
    });
  }

  /** Builds a {@link Membership}; {@code build()} fails fast on a missing or malformed field. */
  public static final class Builder extends ImmutableMembership.Builder {
    Builder() {}
  }
}
