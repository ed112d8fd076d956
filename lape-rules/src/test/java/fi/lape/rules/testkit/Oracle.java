package fi.lape.rules.testkit;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.Membership;
import fi.lape.core.Organisation;
import fi.lape.core.OrganisationKind;
import fi.lape.core.Person;
import fi.lape.core.Scope;
import fi.lape.core.Term;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Requirement;
import fi.lape.core.report.CoverageLine;
import fi.lape.core.report.GroupAssessment;
import fi.lape.rules.GroupAssessor;
import fi.lape.testkit.GroupCase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What lape's rules say about a generated case, for the checks of lape-testkit's generators: the
 * rules are the oracle (the generators only plan by the same documented semantics).
 */
final class Oracle {
  private static final Map<CoveragePolicy, GroupAssessor> ASSESSORS = new ConcurrentHashMap<>();
  private static final Map<List<Object>, Boolean> COUNTS = new ConcurrentHashMap<>();

  private Oracle() {}

  static GroupAssessment assess(GroupCase c, CoveragePolicy policy) {
    return ASSESSORS.computeIfAbsent(policy, GroupAssessor::of)
        .assess(c.dataset(), c.groupId(), c.asOf());
  }

  /** The ids of the policy's requirements the group does not meet, in policy order. */
  static List<String> unmet(GroupCase c, CoveragePolicy policy) {
    List<String> unmet = new ArrayList<>();
    for (CoverageLine line : assess(c, policy).coverage()) {
      if (!line.satisfied()) {
        unmet.add(line.requirementId());
      }
    }
    return unmet;
  }

  /** The group's active memberships that count toward {@code requirement}, in group order. */
  static List<Membership> witnesses(GroupCase c, Requirement requirement) {
    CoveragePolicy only = CoveragePolicy.builder().id("oracle").name("oracle")
        .addRequirement(requirement).build();
    List<String> ids = assess(c, only).coverage().stream()
        .filter(l -> l.requirementId().equals(requirement.id()))
        .flatMap(l -> l.witnessIds().stream()).toList();
    return c.group().memberships().stream().filter(m -> ids.contains(m.id())).toList();
  }

  /**
   * Whether a membership like {@code m} (of an organisation of kind OTHER when it names one) counts
   * toward {@code criteria} in a municipal LAPE group, by the rules.
   */
  static boolean counts(Criteria criteria, Membership m) {
    return COUNTS.computeIfAbsent(List.of(criteria, m), k -> {
      LocalDate day = m.term().start();
      Dataset.Builder dataset = Dataset.builder()
          .addPersons(Person.builder().id(m.personId()).build());
      m.organisationId().ifPresent(o -> dataset.addOrganisations(Organisation.builder().id(o)
          .name("o").kind(OrganisationKind.OTHER).build()));
      Membership plain = Membership.builder().from(m).deputyOf(java.util.Optional.empty())
          .build();
      dataset.addGroup(Group.builder().id("g").kind(GroupKind.MUNICIPAL_LAPE_GROUP).name("g")
          .scope(Scope.municipality("560")).addMembership(plain).build());
      Requirement r = Requirement.builder().id("ORACLE").anyOf(criteria).build();
      CoveragePolicy only = CoveragePolicy.builder().id("oracle").name("oracle")
          .addRequirement(r).build();
      return !ASSESSORS.computeIfAbsent(only, GroupAssessor::of)
          .assess(dataset.build(), "g", day).coverage().get(0).witnessIds().isEmpty();
    });
  }

  /** Whether a link to a group of {@code kind} counts toward {@code criteria}: data. */
  static boolean countsLinked(Criteria criteria, GroupKind kind) {
    return criteria.linkedGroupKinds().contains(kind);
  }

  static Term anyTerm() {
    return Term.from(LocalDate.of(2017, 1, 1));
  }
}
