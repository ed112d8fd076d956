package fi.lape.core.policy;

import fi.lape.core.GroupKind;
import fi.lape.core.Municipality;
import fi.lape.core.internal.Checks;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One coverage requirement of a policy: for groups of the given kinds (and, optionally, only in one
 * municipality), at least {@link #minMembers()} distinct persons with active memberships must meet
 * the {@link #anyOf() criteria}, or a link to a group of a listed kind must exist.
 *
 * <p>A requirement belongs to a catalogue rule ({@link #ruleId()}): the catalogue's own requirements
 * share their rule's id prefix ({@code LAPE-M04-PARISH} belongs to {@code LAPE-M04}); a
 * municipality's extra requirement belongs to {@code LAPE-M09} unless said otherwise.
 *
 * <pre>{@code
 * Requirement orimattilaParish = Requirement.builder()
 *     .id("ORIMATTILA-PARISH")
 *     .addGroupKind(GroupKind.MUNICIPAL_LAPE_GROUP)
 *     .municipality("560")
 *     .anyOf(Criteria.builder().addSector(Sector.PARISH).build())
 *     .severity(Severity.WARNING)
 *     .citation("Orimattila: customer panel run with the parish (seed 000)")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Requirement {
  Requirement() {}

  /** The requirement's id, unique in its policy, e.g. {@code LAPE-M02}. */
  public abstract String id();

  /** The catalogue rule the requirement belongs to; see the class comment for the default. */
  @Value.Default
  public String ruleId() {
    return municipality().isPresent() && !id().startsWith("LAPE-") ? Rule.M09.id() : id();
  }

  /** The kinds of group it applies to; empty means every kind. */
  public abstract Set<GroupKind> groupKinds();

  /** The municipality whose groups it applies to, for one municipality's special features. */
  public abstract Optional<String> municipality();

  /** What counts toward the requirement. */
  public abstract Criteria anyOf();

  /** How many distinct persons must meet the criteria; at least 1. */
  @Value.Default
  public int minMembers() {
    return 1;
  }

  /** How severe a gap is. */
  @Value.Default
  public Severity severity() {
    return Severity.ERROR;
  }

  /** Where the requirement comes from, e.g. {@code "seed 001: sivi-sote"}; shown in findings. */
  @Value.Default
  public String citation() {
    return "";
  }

  /** What the requirement asks, in the policy author's words, for requirements outside the catalogue. */
  public abstract Optional<String> description();

  /** Whether the requirement applies to a group of {@code kind} in {@code municipality}. */
  public final boolean appliesTo(GroupKind kind, Optional<String> groupMunicipality) {
    return (groupKinds().isEmpty() || groupKinds().contains(kind))
        && (municipality().isEmpty() || municipality().equals(groupMunicipality));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.id("requirement", id());
    Checks.id("requirement " + id() + ": ruleId", ruleId());
    Checks.check(minMembers() >= 1, "requirement %s: minMembers %d is less than 1", id(),
        minMembers());
    Checks.check(!anyOf().isEmpty(), "requirement %s: anyOf lists nothing that would count",
        id());
    municipality().ifPresent(m -> Checks.check(Municipality.isCode(m),
        "requirement %s: municipality '%s' is not a three-digit code", id(),
        Checks.abbreviate(m)));
  }

  /** Builds a {@link Requirement}; {@code build()} fails fast on a missing or malformed field. */
  public static final class Builder extends ImmutableRequirement.Builder {
    Builder() {}
  }
}
