package fi.lape.rules.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.GroupKind;
import fi.lape.core.Membership;
import fi.lape.core.Sector;
import fi.lape.core.Term;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Policies;
import fi.lape.core.policy.Requirement;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.ComplianceTimeline;
import fi.lape.core.report.CoverageLine;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import fi.lape.core.report.TimelineInterval;
import fi.lape.testkit.Gen;
import fi.lape.testkit.Generators;
import fi.lape.testkit.GroupCase;
import fi.lape.testkit.Minimiser;
import fi.lape.testkit.Property;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Coverage behaves as counting distinct active persons says it must. */
class CoveragePropertiesTest {
  @Test
  void addingAnActiveMemberNeverRemovesCoverage() {
    PolicyCase.forAll(PolicyCase.ANY_GROUP)
        .named("adding an active member never removes coverage")
        .cases(400)
        .checkWith((e, rng) -> {
          GroupCase more = Generators.withActiveMember(e.example(), rng);
          Map<String, CoverageLine> before = lines(Assessments.assess(e.policy(), e.example()));
          Map<String, CoverageLine> after = lines(Assessments.assess(e.policy(), more));
          assertEquals(before.keySet(), after.keySet());
          for (CoverageLine b : before.values()) {
            CoverageLine a = after.get(b.requirementId());
            assertTrue(a.distinctPersons() >= b.distinctPersons(), b.requirementId());
            assertTrue(a.satisfied() || !b.satisfied(), b.requirementId() + " lost");
            assertTrue(a.witnessIds().containsAll(b.witnessIds()), b.requirementId());
          }
        });
  }

  @Test
  void removingTheOnlyWitnessOfARequiredSectorMakesTheGroupNonCompliantWithThatFinding() {
    for (CoveragePolicy policy : Policies.all()) {
      for (Requirement target : policy.requirements()) {
        if (policy.severityOf(target) != Severity.ERROR) {
          continue;
        }
        Property.forAll(Generators.barelyMeeting(policy, target.id()))
            .minimisedBy(Minimiser::minimise)
            .named("removing the only witness of " + target.id() + " under " + policy.id())
            .cases(40)
            .check(example -> {
              GroupAssessment before = Assessments.assess(policy, example);
              assertTrue(line(before, target.id()).satisfied());
              assertFalse(Assessments.unmetRequirements(before).contains(target.id()));
              List<String> witnessSeats = new ArrayList<>(line(before, target.id()).witnessIds());
              GroupAssessment after = Assessments.assess(policy,
                  example.withoutMemberships(witnessSeats));
              assertFalse(after.isCompliant());
              CoverageLine line = line(after, target.id());
              assertFalse(line.satisfied());
              assertEquals(1, line.deficit());
              List<Finding> findings = after.findings().stream()
                  .filter(f -> f.requirementId().equals(Optional.of(target.id())))
                  .toList();
              assertEquals(1, findings.size(), findings::toString);
              assertEquals(Severity.ERROR, findings.get(0).severity());
              assertEquals(target.ruleId(), findings.get(0).ruleId());
            });
      }
    }
  }

  @Test
  void aMembershipOutsideItsTermCountsExactlyAsIfItWereAbsent() {
    PolicyCase.forAll(PolicyCase.ANY_GROUP)
        .named("a membership outside its term counts as absent")
        .cases(400)
        .checkWith((e, rng) -> {
          GroupCase example = e.example();
          List<Membership> all = example.group().memberships();
          if (all.isEmpty()) {
            return;
          }
          Membership chosen = all.get(rng.nextInt(all.size()));
          GroupCase outside = example.withMemberships(all.stream()
              .map(m -> m == chosen ? outsideTerm(m, example, rng) : m).toList());
          GroupCase absent = example.withoutMemberships(List.of(chosen.id()));
          // LAPE-A04 alone looks at whole terms: who facilitated each meeting day on that day.
          assertEquals(withoutMeetingDays(Assessments.normalForm(Assessments.assess(e.policy(),
                  absent))),
              withoutMeetingDays(Assessments.normalForm(Assessments.assess(e.policy(), outside))));
        });
  }

  private static List<String> withoutMeetingDays(List<String> normalForm) {
    return normalForm.stream().filter(line -> !line.startsWith("finding LAPE-A04 ")).toList();
  }

  /** The membership with a term that ended before the day, or starts after it. */
  private static Membership outsideTerm(Membership m, GroupCase example, RandomGenerator rng) {
    if (!m.isActiveOn(example.asOf())) {
      return m;
    }
    Term term = rng.nextBoolean()
        ? Term.of(example.asOf().minusDays(1 + rng.nextInt(400)), example.asOf().minusDays(1))
        : Term.from(example.asOf().plusDays(1 + rng.nextInt(400)));
    return Membership.builder().from(m).term(term).build();
  }

  @Test
  void groupsFailingOneRequirementProduceExactlyThatErrorFinding() {
    for (CoveragePolicy policy : Policies.all()) {
      for (Requirement target : policy.requirements()) {
        if (policy.severityOf(target) != Severity.ERROR) {
          continue;
        }
        Property.forAll(Generators.failing(policy, target.id()))
            .minimisedBy(Minimiser::minimise)
            .named(target.id() + " fails alone under " + policy.id())
            .cases(40)
            .check(example -> {
              GroupAssessment a = Assessments.assess(policy, example);
              assertFalse(a.isCompliant());
              List<String> errors = new ArrayList<>();
              for (Finding f : a.findings()) {
                if (f.severity() == Severity.ERROR) {
                  errors.add(f.requirementId().orElse(f.ruleId()));
                }
              }
              List<String> expected = new ArrayList<>();
              for (String id : Assessments.unmetByReference(policy, example)) {
                if (policy.severityOf(policy.requirement(id).orElseThrow()) == Severity.ERROR) {
                  expected.add(id);
                }
              }
              assertEquals(new TreeSet<>(expected), new TreeSet<>(errors));
              assertEquals(expected.size(), errors.size(), errors::toString);
              if (policy.id().equals(Policies.NATIONAL_BASELINE)) {
                assertEquals(List.of(target.id()), errors);
              }
            });
      }
    }
  }

  @Test
  void theRequirementFindingsAreExactlyTheRequirementsCountingLeavesUnmet() {
    Gen<PolicyCase> gen = (rng, size) -> {
      CoveragePolicy policy = Assessments.POLICIES.generate(rng, size);
      Requirement target = Assessments.targetable(policy, rng);
      Gen<GroupCase> group = switch (rng.nextInt(3)) {
        case 0 -> Generators.failing(policy, target.id());
        case 1 -> Generators.barelyMeeting(policy, target.id());
        default -> Generators.groups();
      };
      return new PolicyCase(policy, group.generate(rng, size));
    };
    PolicyCase.forAll(gen)
        .named("requirement findings match criteria counting")
        .cases(500)
        .check(e -> {
          GroupAssessment a = Assessments.assess(e.policy(), e.example());
          assertEquals(new TreeSet<>(Assessments.unmetByReference(e.policy(), e.example())),
              new TreeSet<>(Assessments.unmetRequirements(a)));
          for (Finding f : a.findings()) {
            f.requirementId().ifPresent(id -> assertEquals(
                e.policy().severityOf(e.policy().requirement(id).orElseThrow()), f.severity()));
          }
        });
  }

  @Test
  void compliantGroupsAreCompliantAndMunicipalOnesMultidisciplinary() {
    Gen<PolicyCase> gen = (rng, size) -> {
      CoveragePolicy policy = Assessments.POLICIES.generate(rng, size);
      GroupKind kind = rng.nextInt(3) == 0 ? GroupKind.MUNICIPAL_LAPE_GROUP
          : GroupKind.values()[rng.nextInt(GroupKind.values().length)];
      return new PolicyCase(policy, Generators.compliant(policy, kind).generate(rng, size));
    };
    PolicyCase.forAll(gen)
        .named("compliant groups are compliant")
        .cases(400)
        .check(e -> {
          GroupAssessment a = Assessments.assess(e.policy(), e.example());
          assertTrue(a.isCompliant(), () -> a.findings().toString());
          assertEquals(List.of(), Assessments.unmetRequirements(a));
          if (a.groupKind() == GroupKind.MUNICIPAL_LAPE_GROUP) {
            assertTrue(a.multidisciplinarity().multidisciplinary(),
                () -> a.multidisciplinarity().reason(Locale.ENGLISH));
          }
        });
  }

  @Test
  void onAWitnesssLastDayTheRequirementHoldsAndTheNextDayItsFindingAppears() {
    CoveragePolicy policy = Policies.nationalBaseline();
    for (Requirement target : policy.requirements()) {
      Property.forAll(Generators.lastDay(policy, target.id()))
          .minimisedBy(Minimiser::minimise)
          .named(target.id() + " on its last day")
          .cases(30)
          .check(example -> {
            GroupAssessment today = Assessments.assess(policy, example);
            GroupCase tomorrow = new GroupCase(example.dataset(), example.groupId(),
                example.asOf().plusDays(1));
            GroupAssessment next = Assessments.assess(policy, tomorrow);
            assertFalse(Assessments.unmetRequirements(today).contains(target.id()));
            assertTrue(Assessments.unmetRequirements(next).contains(target.id()));
            if (policy.severityOf(target) == Severity.ERROR) {
              ComplianceTimeline timeline = Assessments.assessor(policy).timeline(
                  example.dataset(), example.groupId(), example.asOf(), example.asOf().plusDays(1));
              TimelineInterval last = timeline.intervals().get(timeline.intervals().size() - 1);
              assertEquals(example.asOf().plusDays(1), last.start());
              assertTrue(last.errorRuleIds().contains(target.ruleId()));
            }
          });
    }
  }

  @Test
  void aWitnessSeatedTwiceCountsAsOnePerson() {
    Requirement twoSchools = Requirement.builder().id("TWO-SCHOOLS")
        .addGroupKind(GroupKind.MUNICIPAL_LAPE_GROUP)
        .anyOf(Criteria.builder()
            .addSector(Sector.BASIC_EDUCATION).build())
        .minMembers(2).build();
    CoveragePolicy policy = CoveragePolicy.builder().from(Policies.nationalBaseline())
        .addRequirement(twoSchools).build();
    Map<Boolean, Integer> seatedTwice = new HashMap<>();
    Property.forAll(Generators.failing(policy, "TWO-SCHOOLS"))
        .minimisedBy(Minimiser::minimise)
        .named("a witness seated twice counts once")
        .cases(200)
        .check(example -> {
          CoverageLine line = line(Assessments.assess(policy, example), "TWO-SCHOOLS");
          assertFalse(line.satisfied());
          assertTrue(line.distinctPersons() <= 1);
          seatedTwice.merge(line.witnessIds().size() > line.distinctPersons(), 1, Integer::sum);
        });
    assertTrue(seatedTwice.getOrDefault(true, 0) > 0, "no case had a witness seated twice");
  }

  private static Map<String, CoverageLine> lines(GroupAssessment a) {
    Map<String, CoverageLine> lines = new HashMap<>();
    for (CoverageLine l : a.coverage()) {
      lines.put(l.requirementId(), l);
    }
    return lines;
  }

  private static CoverageLine line(GroupAssessment a, String requirementId) {
    return a.coverage().stream().filter(l -> l.requirementId().equals(requirementId)).findFirst()
        .orElseThrow(() -> new AssertionError("no coverage line " + requirementId));
  }
}
