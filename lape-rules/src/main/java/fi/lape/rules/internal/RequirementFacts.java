package fi.lape.rules.internal;

import fi.lape.core.policy.Severity;
import java.util.List;

/**
 * How one applicable requirement stands for one group: the distinct persons among the active
 * memberships that meet its criteria and the linked groups of a counting kind. Whether that is
 * enough is decided in the DRL.
 */
public final class RequirementFacts {
  final String groupId;
  final CompiledRequirement requirement;
  final List<String> witnessIds;
  final int distinctPersons;
  final List<String> linkedGroupIds;
  final boolean municipal;

  RequirementFacts(String groupId, boolean municipal, CompiledRequirement requirement,
      List<String> witnessIds, int distinctPersons, List<String> linkedGroupIds) {
    this.groupId = groupId;
    this.municipal = municipal;
    this.requirement = requirement;
    this.witnessIds = witnessIds;
    this.distinctPersons = distinctPersons;
    this.linkedGroupIds = linkedGroupIds;
  }

  public String getGroupId() {
    return groupId;
  }

  public String getRequirementId() {
    return requirement.id();
  }

  public String getRuleId() {
    return requirement.ruleId();
  }

  /** The severity after the policy's overrides. */
  public Severity getSeverity() {
    return requirement.severity();
  }

  /** Whether the requirement itself, before overrides, is an error. */
  public boolean isDeclaredError() {
    return requirement.declaredError();
  }

  /** Whether the requirement belongs to LAPE-M01, M02, M03 or M05 and the group is municipal. */
  public boolean isMultidisciplinaryRule() {
    return municipal && requirement.multidisciplinaryRule();
  }

  /** Distinct persons the requirement asks for. */
  public int getRequired() {
    return requirement.minMembers();
  }

  public int getDistinctPersons() {
    return distinctPersons;
  }

  public int getLinkedGroups() {
    return linkedGroupIds.size();
  }

  public List<String> getWitnessIds() {
    return witnessIds;
  }

  public List<String> getLinkedGroupIds() {
    return linkedGroupIds;
  }

  @Override
  public String toString() {
    return "RequirementFacts{" + groupId + " " + requirement.id() + "}";
  }
}
