package fi.lape.core.report;

import fi.lape.core.internal.Checks;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Severity;
import java.util.List;
import org.immutables.value.Value;

/**
 * How one requirement stands for one group: satisfied or not, who covers it (the witnesses), how
 * many more distinct members it needs, and what would count.
 */
@Value.Immutable
public abstract class CoverageLine {
  CoverageLine() {}

  /** The requirement's id. */
  public abstract String requirementId();

  /** The catalogue rule the requirement belongs to. */
  public abstract String ruleId();

  /** The requirement's severity after the policy's overrides. */
  public abstract Severity severity();

  /** How many distinct persons the requirement asks for. */
  public abstract int required();

  /** The active memberships that count toward it, in group order. */
  public abstract List<String> witnessIds();

  /** How many distinct persons hold the witnessing memberships. */
  public abstract int distinctPersons();

  /** The linked groups that satisfy it by themselves. */
  public abstract List<String> linkedGroupIds();

  /** What would count toward it. */
  public abstract Criteria wouldSatisfy();

  /** How many distinct organisations the counting members come from. */
  @Value.Default
  public int distinctOrganisations() {
    return 0;
  }

  /** How many distinct organisations the requirement asks for; 0 when it asks for none. */
  @Value.Default
  public int requiredOrganisations() {
    return 0;
  }

  /**
   * Whether the requirement is met, as lape's rules concluded (enough distinct persons and
   * organisations, or a qualifying linked group): a value the rules set, not worked out here.
   */
  public abstract boolean satisfied();

  /** How many more distinct persons would be needed; 0 when satisfied. */
  @Value.Derived
  public int deficit() {
    return satisfied() ? 0 : Math.max(0, required() - distinctPersons());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.check(required() >= 1, "coverage line %s: required %d is less than 1",
        requirementId(), required());
    Checks.check(distinctPersons() >= 0 && distinctPersons() <= witnessIds().size(),
        "coverage line %s: distinctPersons %d does not fit %d witnesses", requirementId(),
        distinctPersons(), witnessIds().size());
  }

  /** Builds a {@link CoverageLine}. */
  public static final class Builder extends ImmutableCoverageLine.Builder {
    Builder() {}
  }
}
