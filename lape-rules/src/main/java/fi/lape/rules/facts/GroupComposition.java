package fi.lape.rules.facts;

import fi.lape.core.Branch;
import java.util.EnumSet;
import java.util.Set;

/**
 * Concluded: who sits in a group on the day: its distinct persons (deputies included) and the
 * distinct branches and organisations of its counting (non-deputy) seats.
 */
public final class GroupComposition {
  private final String groupId;
  private final Set<String> persons;
  private final Set<Branch> branches;
  private final Set<String> organisations;

  /** The composition. */
  @SuppressWarnings("unchecked")
  public GroupComposition(String groupId, Set<?> persons, Set<?> branches,
      Set<?> organisations) {
    this.groupId = groupId;
    this.persons = (Set<String>) persons;
    Set<Branch> b = EnumSet.noneOf(Branch.class);
    for (Object branch : branches) {
      b.add((Branch) branch);
    }
    this.branches = b;
    this.organisations = (Set<String>) organisations;
  }

  public String getGroupId() {
    return groupId;
  }

  public Set<String> getPersons() {
    return persons;
  }

  /** Distinct persons with a seat. */
  public int getPersonCount() {
    return persons.size();
  }

  public Set<Branch> getBranches() {
    return branches;
  }

  public int getBranchCount() {
    return branches.size();
  }

  public Set<String> getOrganisations() {
    return organisations;
  }

  public int getOrganisationCount() {
    return organisations.size();
  }

  @Override
  public String toString() {
    return "GroupComposition{" + groupId + "}";
  }
}
