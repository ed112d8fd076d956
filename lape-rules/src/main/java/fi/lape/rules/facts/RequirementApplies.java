package fi.lape.rules.facts;

/** Concluded: a requirement applies to a group (its kind, municipality and region match). */
public final class RequirementApplies {
  private final RequirementFact requirement;
  private final GroupFact group;

  /** The conclusion for {@code requirement} and {@code group}. */
  public RequirementApplies(RequirementFact requirement, GroupFact group) {
    this.requirement = requirement;
    this.group = group;
  }

  public RequirementFact getRequirement() {
    return requirement;
  }

  public String getRequirementId() {
    return requirement.getRequirementId();
  }

  public GroupFact getGroup() {
    return group;
  }

  public String getGroupId() {
    return group.getGroupId();
  }

  @Override
  public String toString() {
    return "RequirementApplies{" + getRequirementId() + " " + getGroupId() + "}";
  }
}
