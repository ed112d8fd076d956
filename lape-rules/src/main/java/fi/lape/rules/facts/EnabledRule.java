package fi.lape.rules.facts;

/**
 * An optional catalogue rule that the policy switches on (LAPE-L01, the statutory gender balance):
 * inserted with the policy's facts, so that an optional rule's DRL, which starts by matching it,
 * does no work at all under a policy that leaves the rule off.
 */
public final class EnabledRule {
  private final String ruleId;

  /** Made by lape from the policy; public for tests of your own rules. */
  public EnabledRule(String ruleId) {
    this.ruleId = ruleId;
  }

  /** The rule's id, e.g. {@code LAPE-L01}. */
  public String getRuleId() {
    return ruleId;
  }

  @Override
  public String toString() {
    return "EnabledRule{" + ruleId + "}";
  }
}
