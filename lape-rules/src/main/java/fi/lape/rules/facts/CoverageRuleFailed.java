package fi.lape.rules.facts;

/**
 * Concluded: a coverage rule that multidisciplinarity rests on (LAPE-M01, M02, M03, M05 for a
 * municipal group, R01 for a regional one) fails in the group.
 */
public final class CoverageRuleFailed {
  private final String groupId;
  private final String ruleId;

  /** The conclusion. */
  public CoverageRuleFailed(String groupId, String ruleId) {
    this.groupId = groupId;
    this.ruleId = ruleId;
  }

  public String getGroupId() {
    return groupId;
  }

  public String getRuleId() {
    return ruleId;
  }

  @Override
  public String toString() {
    return "CoverageRuleFailed{" + groupId + " " + ruleId + "}";
  }
}
