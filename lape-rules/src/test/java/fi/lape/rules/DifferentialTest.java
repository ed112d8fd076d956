package fi.lape.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Policies;
import fi.lape.core.report.AssessmentReport;
import fi.lape.core.report.GroupAssessment;
import fi.lape.rules.reference.ReferenceEvaluator;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Drools and the plain-Java {@link ReferenceEvaluator} agree, group by group and finding by
 * finding, on thousands of this module's dense {@link RandomDatasets} (which make every rule fire)
 * under the shipped policies and random variations of them, and on the seed datasets. A failure
 * names the seed; replay one with {@code -Dlape.seed=<seed>}. {@code
 * properties.ReferenceAgreementPropertiesTest} checks the same on lape-testkit's random and
 * targeted groups.
 */
class DifferentialTest {
  private static final int DATASETS = 150;

  private static List<Long> seeds() {
    String replay = System.getProperty("lape.seed");
    if (replay != null) {
      return List.of(Long.parseLong(replay));
    }
    return new SplittableRandom(20171010L).longs(DATASETS).boxed().toList();
  }

  @Test
  void droolsAgreesWithThePlainJavaReferenceOnGeneratedDatasets() {
    int groups = 0;
    Set<String> rulesSeen = new HashSet<>();
    for (long seed : seeds()) {
      SplittableRandom random = new SplittableRandom(seed);
      Dataset dataset = RandomDatasets.dataset(random, 4 + random.nextInt(28));
      CoveragePolicy policy = RandomDatasets.policy(random);
      GroupAssessor assessor = GroupAssessor.of(policy);
      ReferenceEvaluator reference = new ReferenceEvaluator(policy);
      for (LocalDate day : List.of(RandomDatasets.DAY, RandomDatasets.DAY.minusDays(45))) {
        AssessmentReport expected = reference.assess(dataset, day);
        AssessmentReport actual = assessor.assess(dataset, day);
        for (int i = 0; i < expected.groups().size(); i++) {
          GroupAssessment e = expected.groups().get(i);
          assertEquals(e, actual.groups().get(i),
              "seed " + seed + ", policy " + policy.id() + ", " + day + ", group " + e.groupId());
          e.findings().forEach(f -> rulesSeen.add(f.ruleId()));
        }
        assertEquals(expected, actual, "seed " + seed);
        groups += expected.groups().size();
      }
      String one = dataset.groups().get(random.nextInt(dataset.groups().size())).id();
      assertEquals(reference.assess(dataset, one, RandomDatasets.DAY),
          assessor.assess(dataset, one, RandomDatasets.DAY), "seed " + seed + ", group " + one);
    }
    assertTrue(groups >= 2000 || System.getProperty("lape.seed") != null, "groups: " + groups);
    if (System.getProperty("lape.seed") == null) {
      // The generator reaches every fixed and requirement-driven rule of the catalogue.
      for (fi.lape.core.policy.Rule rule : fi.lape.core.policy.Rule.values()) {
        assertTrue(rulesSeen.contains(rule.id()), "never fired: " + rule.id());
      }
    }
  }

  @Test
  void droolsAgreesWithTheReferenceOnTheSeeds() {
    for (CoveragePolicy policy : Policies.all()) {
      for (LocalDate day : List.of(SeedData.DAY, LocalDate.of(2017, 1, 1),
          LocalDate.of(2018, 2, 1))) {
        assertEquals(new ReferenceEvaluator(policy).assess(SeedData.dataset(), day),
            GroupAssessor.of(policy).assess(SeedData.dataset(), day), policy.id() + " " + day);
      }
    }
  }
}
