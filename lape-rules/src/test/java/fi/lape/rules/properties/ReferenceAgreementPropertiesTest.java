package fi.lape.rules.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.GroupKind;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Rule;
import fi.lape.core.report.AssessmentReport;
import fi.lape.core.report.GroupAssessment;
import fi.lape.core.report.Verdict;
import fi.lape.rules.RandomDatasets;
import fi.lape.rules.reference.ReferenceEvaluator;
import fi.lape.testkit.Gen;
import fi.lape.testkit.Generators;
import fi.lape.testkit.GroupCase;
import fi.lape.testkit.Property;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Drools and the plain-Java {@link ReferenceEvaluator} agree: the same verdict,
 * multidisciplinarity, findings and coverage, in the same order, for every group of the dataset,
 * and for the case's group assessed alone.
 */
class ReferenceAgreementPropertiesTest {
  @Test
  void droolsAgreesWithTheReferenceOnEveryGroupOfRandomDatasets() {
    PolicyCase.forAll(PolicyCase.ANY_GROUP)
        .named("drools agrees with the reference on random datasets")
        .cases(250)
        .checkWith((e, rng) ->
            assertAgree(e.policy(), e.example(), aroundTheDay(e.example(), rng)));
  }

  @Test
  void droolsAgreesWithTheReferenceOnRuleDenseDatasetsUnderVariedPolicies() {
    // This module's own generator makes every fixed rule fire often, and its policies override
    // severities and switch rules off.
    Gen<PolicyCase> dense = (rng, size) -> {
      Dataset dataset = RandomDatasets.dataset(rng, 1 + size);
      String groupId = dataset.groups().get(rng.nextInt(dataset.groups().size())).id();
      LocalDate day = RandomDatasets.DAY.plusDays(rng.nextInt(121) - 90);
      return new PolicyCase(RandomDatasets.policy(rng),
          new GroupCase(dataset, groupId, day));
    };
    Set<String> fired = new HashSet<>();
    PolicyCase.forAll(dense)
        .named("drools agrees with the reference on rule-dense datasets")
        .cases(200)
        .sizes(0, 24)
        .check(e -> fired.addAll(assertAgree(e.policy(), e.example(), e.example().asOf())));
    if (System.getProperty(Property.SEED) == null) {
      // Agreement means something only where the rules fire: here every one of them does.
      for (Rule rule : Rule.values()) {
        assertTrue(fired.contains(rule.id()), "never fired: " + rule.id());
      }
    }
  }

  @Test
  void droolsAgreesWithTheReferenceOnCompliantFailingAndEdgeGroups() {
    Gen<PolicyCase> targeted = (rng, size) -> {
      CoveragePolicy policy = Assessments.POLICIES.generate(rng, size);
      String target = Assessments.targetable(policy, rng).id();
      Gen<GroupCase> group = switch (rng.nextInt(4)) {
        case 0 -> Generators.compliant(policy, GroupKind.values()[rng.nextInt(
            GroupKind.values().length)]);
        case 1 -> Generators.failing(policy, target);
        case 2 -> Generators.barelyMeeting(policy, target);
        default -> Generators.lastDay(policy, target);
      };
      return new PolicyCase(policy, group.generate(rng, size));
    };
    Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
    PolicyCase.forAll(targeted)
        .named("drools agrees with the reference on targeted groups")
        .cases(300)
        .check(e -> {
          // The day itself, and the day after, when edge witnesses have just left.
          assertAgree(e.policy(), e.example(), e.example().asOf());
          assertAgree(e.policy(), e.example(), e.example().asOf().plusDays(1));
          verdicts.add(Assessments.assess(e.policy(), e.example()).verdict());
        });
    if (System.getProperty(Property.SEED) == null) {
      assertEquals(EnumSet.allOf(Verdict.class), verdicts, "verdicts of the targeted groups");
    }
  }

  /** The case's day half of the time, otherwise a day up to a year before or after it. */
  private static LocalDate aroundTheDay(GroupCase example, RandomGenerator rng) {
    return rng.nextBoolean() ? example.asOf()
        : example.asOf().plusDays(rng.nextInt(731) - 365);
  }

  /**
   * Both evaluators' reports of the whole dataset on {@code day}, group by group and part by part
   * (so that a failure names what differs), then whole; then the case's group assessed alone.
   *
   * @return the ids of the rules with findings in the dataset
   */
  private static Set<String> assertAgree(CoveragePolicy policy, GroupCase example, LocalDate day) {
    ReferenceEvaluator reference = new ReferenceEvaluator(policy);
    AssessmentReport expected = reference.assess(example.dataset(), day);
    AssessmentReport actual = Assessments.assessor(policy).assess(example.dataset(), day);
    assertEquals(expected.groups().size(), actual.groups().size(), "groups");
    Set<String> fired = new HashSet<>();
    for (int i = 0; i < expected.groups().size(); i++) {
      GroupAssessment e = expected.groups().get(i);
      GroupAssessment a = actual.groups().get(i);
      String where = "group " + e.groupId() + " (" + e.groupKind() + ") on " + day + ": ";
      assertEquals(e.groupId(), a.groupId(), where + "group order");
      assertEquals(e.findings(), a.findings(), where + "findings");
      assertEquals(e.coverage(), a.coverage(), where + "coverage");
      assertEquals(e.multidisciplinarity(), a.multidisciplinarity(),
          where + "multidisciplinarity");
      assertEquals(e.verdict(), a.verdict(), where + "verdict");
      assertEquals(e, a, where + "assessment");
      e.findings().forEach(f -> fired.add(f.ruleId()));
    }
    assertEquals(expected, actual, "report on " + day);
    assertEquals(reference.assess(example.dataset(), example.groupId(), day),
        Assessments.assessor(policy).assess(example.dataset(), example.groupId(), day),
        "group " + example.groupId() + " assessed alone on " + day);
    return fired;
  }
}
