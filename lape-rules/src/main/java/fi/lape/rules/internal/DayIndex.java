package fi.lape.rules.internal;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.GroupLink;
import fi.lape.core.Membership;
import fi.lape.core.Organisation;
import fi.lape.core.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lookups over one dataset on one day, built lazily and kept for one assessment call so that the
 * cross-group rules (LAPE-M11, M13, R03) cost one pass over the dataset, not one per group. Not
 * thread-safe: each call has its own.
 */
public final class DayIndex {
  private final Dataset dataset;
  private final LocalDate day;
  private Map<String, List<Group>> byMunicipality;
  private Map<String, List<Group>> municipalLapeByRegion;
  private final Map<String, Set<String>> activePersons = new HashMap<>();
  private final Map<String, Long> organisationSectors = new HashMap<>();

  /** An index of {@code dataset} on {@code day}. */
  public DayIndex(Dataset dataset, LocalDate day) {
    this.dataset = dataset;
    this.day = day;
  }

  public Dataset dataset() {
    return dataset;
  }

  public LocalDate day() {
    return day;
  }

  Optional<Organisation> organisation(String id) {
    return dataset.organisation(id);
  }

  /** The sectors an organisation lists, as a mask over {@link Sector}; 0 when it lists none. */
  long organisationSectors(Organisation organisation) {
    Long mask = organisationSectors.get(organisation.id());
    if (mask == null) {
      mask = Masks.ofLong(organisation.sectors());
      organisationSectors.put(organisation.id(), mask);
    }
    return mask;
  }

  GroupKind kindOf(String groupId) {
    return dataset.group(groupId).orElseThrow().kind();
  }

  /** The groups of municipality {@code code}, in dataset order. */
  List<Group> groupsOfMunicipality(String code) {
    if (byMunicipality == null) {
      byMunicipality = new HashMap<>();
      for (Group group : dataset.groups()) {
        group.scope().municipality().ifPresent(
            m -> byMunicipality.computeIfAbsent(m, k -> new ArrayList<>()).add(group));
      }
    }
    return byMunicipality.getOrDefault(code, List.of());
  }

  /** The municipal LAPE groups whose municipality belongs to region {@code code} on the day. */
  List<Group> municipalLapeGroupsOfRegion(String code) {
    if (municipalLapeByRegion == null) {
      municipalLapeByRegion = new HashMap<>();
      for (Group group : dataset.groups()) {
        if (group.kind() == GroupKind.MUNICIPAL_LAPE_GROUP) {
          dataset.regionOf(group, day).ifPresent(r ->
              municipalLapeByRegion.computeIfAbsent(r, k -> new ArrayList<>()).add(group));
        }
      }
    }
    return municipalLapeByRegion.getOrDefault(code, List.of());
  }

  /** The ids of the persons with an active membership in {@code group}. */
  Set<String> activePersons(Group group) {
    Set<String> persons = activePersons.get(group.id());
    if (persons == null) {
      persons = new HashSet<>();
      for (Membership m : group.memberships()) {
        if (m.isActiveOn(day)) {
          persons.add(m.personId());
        }
      }
      activePersons.put(group.id(), persons);
    }
    return persons;
  }

  /** Whether either group links to the other. */
  static boolean linked(Group a, Group b) {
    return linksTo(a, b.id()) || linksTo(b, a.id());
  }

  private static boolean linksTo(Group from, String toId) {
    for (GroupLink link : from.links()) {
      if (link.groupId().equals(toId)) {
        return true;
      }
    }
    return false;
  }

  /** How many persons sit in both groups on the day. */
  int sharedPersons(Group a, Group b) {
    Set<String> left = activePersons(a);
    Set<String> right = activePersons(b);
    if (left.size() > right.size()) {
      Set<String> swap = left;
      left = right;
      right = swap;
    }
    int shared = 0;
    for (String person : left) {
      if (right.contains(person)) {
        shared++;
      }
    }
    return shared;
  }
}
