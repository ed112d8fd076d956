package fi.lape.rules.facts;

import java.util.List;

/**
 * Concluded: what counts toward a requirement in a group, counted by the rules (distinct persons
 * and organisations of the counting seats, the linked groups that meet it).
 */
public final class RequirementTally {
  private final RequirementFact requirement;
  private final String groupId;
  private final List<Seat> witnesses;
  private final int persons;
  private final int organisations;
  private final List<String> linkedGroupIds;

  /** The tally. */
  public RequirementTally(RequirementFact requirement, String groupId, List<Seat> witnesses,
      int persons, int organisations, List<String> linkedGroupIds) {
    this.requirement = requirement;
    this.groupId = groupId;
    this.witnesses = witnesses;
    this.persons = persons;
    this.organisations = organisations;
    this.linkedGroupIds = linkedGroupIds;
  }

  public RequirementFact getRequirement() {
    return requirement;
  }

  public String getRequirementId() {
    return requirement.getRequirementId();
  }

  public String getGroupId() {
    return groupId;
  }

  /** The counting seats, unordered. */
  public List<Seat> getWitnesses() {
    return witnesses;
  }

  /** Distinct persons among the witnesses. */
  public int getPersons() {
    return persons;
  }

  /** Distinct organisations among the witnesses. */
  public int getOrganisations() {
    return organisations;
  }

  public List<String> getLinkedGroupIds() {
    return linkedGroupIds;
  }

  /** How many linked groups meet it. */
  public int getLinkedGroups() {
    return linkedGroupIds.size();
  }

  @Override
  public String toString() {
    return "RequirementTally{" + getRequirementId() + " " + groupId + "}";
  }
}
