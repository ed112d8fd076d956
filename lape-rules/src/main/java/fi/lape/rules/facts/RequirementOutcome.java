package fi.lape.rules.facts;

/**
 * Concluded: a requirement is met or not in a group, with its tally (the witnesses). The coverage
 * lines of the report and LAPE-M08 read these.
 */
public final class RequirementOutcome {
  private final RequirementTally tally;
  private final boolean met;

  /** The outcome. */
  public RequirementOutcome(RequirementTally tally, boolean met) {
    this.tally = tally;
    this.met = met;
  }

  public RequirementTally getTally() {
    return tally;
  }

  public RequirementFact getRequirement() {
    return tally.getRequirement();
  }

  public String getRequirementId() {
    return tally.getRequirementId();
  }

  public String getRuleId() {
    return tally.getRequirement().getRuleId();
  }

  public String getGroupId() {
    return tally.getGroupId();
  }

  public boolean isMet() {
    return met;
  }

  @Override
  public String toString() {
    return "RequirementOutcome{" + getRequirementId() + " " + getGroupId() + " " + met + "}";
  }
}
