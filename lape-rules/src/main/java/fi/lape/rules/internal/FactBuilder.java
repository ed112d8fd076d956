package fi.lape.rules.internal;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.GroupLink;
import fi.lape.core.MeetingDay;
import fi.lape.core.Membership;
import fi.lape.core.Organisation;
import fi.lape.core.Person;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Requirement;
import fi.lape.core.policy.Rule;
import fi.lape.rules.facts.AssessmentDay;
import fi.lape.rules.facts.Clause;
import fi.lape.rules.facts.Criterion;
import fi.lape.rules.facts.EnabledRule;
import fi.lape.rules.facts.GroupFact;
import fi.lape.rules.facts.LinkFact;
import fi.lape.rules.facts.MeetingDayFact;
import fi.lape.rules.facts.MunicipalityFact;
import fi.lape.rules.facts.OrganisationFact;
import fi.lape.rules.facts.PolicyThresholds;
import fi.lape.rules.facts.RequirementFact;
import fi.lape.rules.facts.Seat;
import fi.lape.rules.facts.Tenure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Turns a dataset on a day and a policy into facts: what is true that day, and nothing the rules
 * decide. A membership is a seat when its term contains the day; a group is active when its own
 * term (if it has one) does; a municipal group's region is its municipality's on the day.
 */
final class FactBuilder {
  private FactBuilder() {}

  /** The policy's facts: thresholds, and each switched-on requirement with its clauses. */
  static List<Object> policy(CoveragePolicy policy) {
    List<Object> facts = new ArrayList<>();
    facts.add(new PolicyThresholds(policy.thresholds()));
    for (Rule rule : Rule.values()) {
      if (rule.isOptional() && policy.isEnabled(rule.id())) {
        facts.add(new EnabledRule(rule.id()));
      }
    }
    int position = 0;
    for (Requirement requirement : policy.requirements()) {
      if (!policy.isEnabled(requirement)) {
        continue;
      }
      facts.add(new RequirementFact(requirement, policy.severityOf(requirement), position++));
      // The clauses a seat must meet: anyOf (when it lists anything a seat can have) and each
      // allOf; an anyOf of linked group kinds only, or of nothing, is not one.
      List<List<Enum<?>>> clauses = new ArrayList<>();
      List<Criteria> criteria = new ArrayList<>();
      criteria.add(requirement.anyOf());
      criteria.addAll(requirement.allOf());
      for (Criteria c : criteria) {
        List<Enum<?>> atoms = new ArrayList<>();
        atoms.addAll(c.sectors());
        atoms.addAll(c.branches());
        atoms.addAll(c.voices());
        atoms.addAll(c.duties());
        atoms.addAll(c.roles());
        atoms.addAll(c.organisationKinds());
        if (!atoms.isEmpty()) {
          clauses.add(atoms);
        }
      }
      for (int clause = 0; clause < clauses.size(); clause++) {
        facts.add(new Clause(requirement.id(), clause));
        for (Enum<?> atom : clauses.get(clause)) {
          facts.add(Criterion.of(requirement.id(), clause, clauses.size(), atom));
        }
      }
    }
    return facts;
  }

  /**
   * {@code groups} split by their region on {@code day} (a municipal group's is its
   * municipality's that day, so the groups of one municipality are always together), the groups
   * without a region in one part, each part in the order of {@code groups}.
   *
   * <p>Every cross-group rule relates groups of one region: LAPE-M11 and M13 compare
   * municipalities, R03 a steering group's region, and M05 counts a linked group only in the same
   * municipality or region. So each part can be assessed in a session of its own with the same
   * conclusions as the whole dataset in one session, and a session's size (and with it the time
   * per group) no longer grows with the dataset. A rule that looks across regions would have to
   * change this; {@code RegionSessionsTest} compares the two.
   */
  static Collection<List<Group>> byRegion(Dataset dataset, LocalDate day, List<Group> groups) {
    Map<String, List<Group>> parts = new LinkedHashMap<>();
    for (Group group : groups) {
      parts.computeIfAbsent(dataset.regionOf(group, day).orElse(null), r -> new ArrayList<>())
          .add(group);
    }
    return parts.values();
  }

  /**
   * The facts of {@code groups} of {@code dataset} on {@code day}: with every organisation of the
   * dataset when {@code everyOrganisation} (users' rules may look at any), else with the
   * organisations the groups' members and panels name, the only ones lape's rules read.
   * {@code position} gives each group its place in the dataset.
   */
  static List<Object> dataset(Dataset dataset, LocalDate day, Collection<Group> groups,
      boolean everyOrganisation, ToIntFunction<Group> position) {
    List<Object> facts = new ArrayList<>();
    facts.add(new AssessmentDay(day));
    if (everyOrganisation) {
      dataset.organisations().forEach(o -> facts.add(organisationFact(o)));
    } else {
      Set<String> named = new LinkedHashSet<>();
      for (Group group : groups) {
        group.memberships().forEach(m -> m.organisationId().ifPresent(named::add));
        named.addAll(group.maintainerIds());
      }
      for (String id : named) {
        dataset.organisation(id).ifPresent(o -> facts.add(organisationFact(o)));
      }
    }
    Set<String> ids = new HashSet<>();
    groups.forEach(g -> ids.add(g.id()));
    Set<String> municipalities = new LinkedHashSet<>();
    Set<List<String>> links = new HashSet<>();
    for (Group group : groups) {
      facts.add(groupFact(dataset, day, group, position.applyAsInt(group)));
      group.scope().municipality().ifPresent(municipalities::add);
      int seat = 0;
      for (Membership m : group.memberships()) {
        if (m.isActiveOn(day)) {
          facts.add(seat(dataset, group, m, seat));
        }
        seat++;
      }
      if (group.kind().isAdvisoryKind()) {
        for (Membership m : group.memberships()) {
          facts.add(new Tenure(group.id(), m.id(), m.personId(), m.organisationId().orElse(null),
              m.term().start(), m.term().end().orElse(null)));
        }
        for (MeetingDay meetingDay : group.meetingDays()) {
          facts.add(new MeetingDayFact(group.id(), meetingDay.date(),
              meetingDay.facilitatorIds()));
        }
      }
      for (GroupLink link : group.links()) {
        if (!ids.contains(link.groupId())) {
          continue;
        }
        if (links.add(List.of(group.id(), link.groupId()))) {
          facts.add(new LinkFact(group.id(), link.groupId()));
        }
        if (links.add(List.of(link.groupId(), group.id()))) {
          facts.add(new LinkFact(link.groupId(), group.id()));
        }
      }
    }
    for (String municipality : municipalities) {
      facts.add(new MunicipalityFact(municipality));
    }
    return facts;
  }

  private static OrganisationFact organisationFact(Organisation o) {
    return new OrganisationFact(o.id(), o.kind(), o.municipality().orElse(null), o.sectors());
  }

  private static GroupFact groupFact(Dataset dataset, LocalDate day, Group group, int position) {
    String municipality = group.scope().municipality().orElse(null);
    String region = dataset.regionOf(group, day).orElse(null);
    return new GroupFact(group.id(), group.kind(), municipality, region,
        group.term().map(t -> t.contains(day)).orElse(true), group.capacity().orElse(0),
        group.term().map(t -> t.start()).orElse(null), group.intakeDates(),
        group.maintainerIds(), group.genderBalanceWaiver().isPresent(), position);
  }

  private static Seat seat(Dataset dataset, Group group, Membership m, int position) {
    Organisation organisation = m.organisationId().flatMap(dataset::organisation).orElse(null);
    Person person = dataset.person(m.personId()).orElse(null);
    String home = group.kind().isAdvisoryKind() && person != null
        ? person.homeMunicipality().orElse(null) : null;
    return new Seat(group.id(), group.kind(), m.id(), m.personId(), m.organisationId().orElse(null),
        organisation == null ? null : organisation.kind(),
        organisation == null ? null : organisation.municipality().orElse(null),
        m.role(), m.duties(), m.sectors(), m.voices(), m.deputyOf().orElse(null),
        m.term().start(), home, person == null ? null : person.gender().orElse(null), position);
  }

  /**
   * The groups whose facts an assessment of {@code target} needs: itself, the groups of its
   * municipality (LAPE-M11, M13), the groups it links to or that link to it (LAPE-M05), and for a
   * steering group the municipal LAPE groups of its region (LAPE-R03). The rules decide what they
   * make of them.
   */
  static List<Group> neighbourhood(Dataset dataset, LocalDate day, Group target) {
    Set<String> linked = new HashSet<>();
    target.links().forEach(l -> linked.add(l.groupId()));
    String municipality = target.scope().municipality().orElse(null);
    String region = target.kind() == GroupKind.REGIONAL_STEERING_GROUP
        ? target.scope().region().orElse(null) : null;
    List<Group> groups = new ArrayList<>();
    for (Group group : dataset.groups()) {
      boolean near = group == target || linked.contains(group.id())
          || group.links().stream().anyMatch(l -> l.groupId().equals(target.id()))
          || (municipality != null
              && municipality.equals(group.scope().municipality().orElse(null)))
          || (region != null && group.kind() == GroupKind.MUNICIPAL_LAPE_GROUP
              && region.equals(dataset.regionOf(group, day).orElse(null)));
      if (near) {
        groups.add(group);
      }
    }
    return groups;
  }
}
