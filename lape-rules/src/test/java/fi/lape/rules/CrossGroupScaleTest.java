package fi.lape.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.Membership;
import fi.lape.core.Person;
import fi.lape.core.Scope;
import fi.lape.core.Term;
import fi.lape.core.policy.Policies;
import fi.lape.core.report.AssessmentReport;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cross-group rules report one finding per group and variant, listing at most ten others: the
 * number and size of findings grow linearly with the dataset, not with its pairs of groups.
 */
class CrossGroupScaleTest {
  private static final LocalDate DAY = LocalDate.of(2018, 3, 1);
  private static final List<String> MUNICIPALITIES = List.of("560", "098", "020", "297", "749",
      "398", "111", "016", "576", "142", "837", "081");

  /** {@code n} minimal municipal LAPE groups, one member each, spread over the municipalities. */
  private static Dataset dense(int n, List<String> municipalities) {
    Dataset.Builder data = Dataset.builder();
    for (int i = 0; i < n; i++) {
      data.addPersons(Person.builder().id("p" + i).build());
      data.addGroups(Group.builder().id("g" + i).kind(GroupKind.MUNICIPAL_LAPE_GROUP)
          .name("g" + i).scope(Scope.municipality(municipalities.get(i % municipalities.size())))
          .addMembership(Membership.builder().id("m" + i).personId("p" + i)
              .term(Term.from(LocalDate.of(2018, 1, 1))).build())
          .build());
    }
    return data.build();
  }

  private static void assertBounded(AssessmentReport report, int groups) {
    int findings = 0;
    for (GroupAssessment g : report.groups()) {
      findings += g.findings().size();
      List<Finding> remit = g.findings().stream()
          .filter(f -> f.messageKey().equals("finding.LAPE-M13.remit")).toList();
      assertEquals(1, remit.size(), g.groupId());
      for (Finding f : g.findings()) {
        int listed = f.arguments().stream().mapToInt(String::length).sum();
        assertTrue(listed < 200, () -> f.ruleId() + " " + f.arguments());
      }
    }
    // Each group gets the same handful of findings (coverage, chair, interfaces, M08, one M13).
    assertTrue(findings <= 20 * groups, "findings: " + findings);
  }

  @Test
  void denseGroupsInOneMunicipalityGiveFindingsLinearInTheGroups() {
    AssessmentReport report = GroupAssessor.of(Policies.nationalBaseline())
        .assess(dense(1200, List.of("560")), DAY);
    assertEquals(1200, report.groups().size());
    assertBounded(report, 1200);
    Finding remit = report.groups().get(0).findings().stream()
        .filter(f -> f.messageKey().equals("finding.LAPE-M13.remit")).findFirst().orElseThrow();
    assertEquals("1199", remit.arguments().get(0));
    assertEquals(10, remit.arguments().get(1).split(", ").length);
    assertEquals("1189", remit.arguments().get(2));
  }

  @Test
  void tenThousandGroupsInTwelveMunicipalitiesAssessWithBoundedFindings() {
    Runtime runtime = Runtime.getRuntime();
    AssessmentReport report = GroupAssessor.of(Policies.nationalBaseline())
        .assess(dense(10_000, MUNICIPALITIES), DAY);
    assertEquals(10_000, report.groups().size());
    assertBounded(report, 10_000);
    assertTrue(runtime.maxMemory() > 0);
  }
}
