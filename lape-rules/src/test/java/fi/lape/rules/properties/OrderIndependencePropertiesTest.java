package fi.lape.rules.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.lape.core.Group;
import fi.lape.core.report.AssessmentReport;
import fi.lape.core.report.GroupAssessment;
import fi.lape.testkit.GroupCase;
import org.junit.jupiter.api.Test;

/** The assessment does not depend on the order of memberships, groups, links or sectors. */
class OrderIndependencePropertiesTest {
  @Test
  void aGroupsAssessmentDoesNotDependOnTheOrderOfItsData() {
    PolicyCase.forAll(PolicyCase.ANY_GROUP)
        .named("a group's assessment ignores order")
        .cases(400)
        .checkWith((e, rng) -> {
          GroupCase shuffled = e.example().shuffled(rng);
          assertEquals(Assessments.normalForm(Assessments.assess(e.policy(), e.example())),
              Assessments.normalForm(Assessments.assess(e.policy(), shuffled)));
        });
  }

  @Test
  void aDatasetsReportDoesNotDependOnTheOrderOfItsData() {
    PolicyCase.forAll(PolicyCase.ANY_GROUP)
        .named("a dataset's report ignores order")
        .cases(100)
        .sizes(0, 15)
        .checkWith((e, rng) -> {
          GroupCase shuffled = e.example().shuffled(rng);
          AssessmentReport before = Assessments.assessor(e.policy())
              .assess(e.example().dataset(), e.example().asOf());
          AssessmentReport after = Assessments.assessor(e.policy())
              .assess(shuffled.dataset(), shuffled.asOf());
          assertEquals(before.isCompliant(), after.isCompliant());
          for (Group g : e.example().dataset().groups()) {
            GroupAssessment a = before.group(g.id()).orElseThrow();
            GroupAssessment b = after.group(g.id()).orElseThrow();
            assertEquals(Assessments.normalForm(a), Assessments.normalForm(b));
          }
        });
  }
}
