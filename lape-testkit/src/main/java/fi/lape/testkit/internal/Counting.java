package fi.lape.testkit.internal;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.GroupLink;
import fi.lape.core.Membership;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Requirement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Requirement coverage by {@link Criteria} counting alone: the distinct persons among the active
 * memberships that count, or a link to a group of a counted kind. This is what the generators aim
 * at; it knows nothing of the fixed rules (chairs, multidisciplinarity, advisory groups).
 */
public final class Counting {
  private Counting() {}

  /** The memberships active on {@code day} that {@code criteria} count, in group order. */
  public static List<Membership> witnesses(Criteria criteria, Group group, LocalDate day) {
    List<Membership> witnesses = new ArrayList<>();
    for (Membership m : group.memberships()) {
      if (m.isActiveOn(day) && criteria.countsMembership(m)) {
        witnesses.add(m);
      }
    }
    return witnesses;
  }

  /** How many distinct persons hold the witnessing memberships. */
  public static int distinctPersons(Criteria criteria, Group group, LocalDate day) {
    Set<String> persons = new HashSet<>();
    for (Membership m : witnesses(criteria, group, day)) {
      persons.add(m.personId());
    }
    return persons.size();
  }

  /** Whether the group links to a group of the dataset whose kind {@code criteria} count. */
  public static boolean linked(Criteria criteria, Group group, Dataset dataset) {
    for (GroupLink link : group.links()) {
      if (dataset.group(link.groupId()).map(g -> criteria.countsLinkedGroup(g.kind()))
          .orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code requirement} is met by the group on {@code day}. */
  public static boolean met(Requirement requirement, Group group, Dataset dataset, LocalDate day) {
    return distinctPersons(requirement.anyOf(), group, day) >= requirement.minMembers()
        || linked(requirement.anyOf(), group, dataset);
  }

  /** The ids of the policy's requirements for the group that it does not meet, in policy order. */
  public static List<String> unmet(CoveragePolicy policy, Group group, Dataset dataset,
      LocalDate day) {
    List<String> unmet = new ArrayList<>();
    for (Requirement r : policy.requirementsFor(group)) {
      if (!met(r, group, dataset, day)) {
        unmet.add(r.id());
      }
    }
    return unmet;
  }
}
