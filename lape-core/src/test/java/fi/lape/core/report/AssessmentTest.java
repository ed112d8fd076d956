package fi.lape.core.report;

import static fi.lape.core.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Branch;
import fi.lape.core.GroupKind;
import fi.lape.core.policy.Severity;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssessmentTest {
  private static final LocalDate DAY = LocalDate.of(2018, 1, 1);

  private static Multidisciplinarity.Builder counts(int branches, int organisations) {
    EnumSet<Branch> set = EnumSet.noneOf(Branch.class);
    for (int i = 0; i < branches; i++) {
      set.add(Branch.values()[i]);
    }
    return Multidisciplinarity.builder().branches(set).organisations(organisations)
        .minBranches(3).minOrganisations(2)
        .multidisciplinary(branches >= 3 && organisations >= 2);
  }

  private static Finding finding(String group, Severity severity) {
    return Finding.builder().groupId(group).severity(severity).ruleId("LAPE-M04")
        .messageKey("finding.LAPE-M04").build();
  }

  private static GroupAssessment.Builder assessment(String group) {
    return GroupAssessment.builder().groupId(group).groupKind(GroupKind.MUNICIPAL_LAPE_GROUP)
        .asOf(DAY).multidisciplinarity(counts(3, 2).build());
  }

  @Test
  void multidisciplinaryIsTheRulesConclusionAsSet() {
    assertTrue(counts(3, 2).build().multidisciplinary());
    assertFalse(counts(3, 2).multidisciplinary(false).build().multidisciplinary());
  }

  @Test
  void theReasonNamesTheFailedCoverageRules() {
    Multidisciplinarity m = counts(6, 9).addFailedRule("LAPE-M05").multidisciplinary(false)
        .build();
    assertFalse(m.multidisciplinary());
    assertEquals("rule LAPE-M05 fails; 6 branches (at least 3), 9 organisations (at least 2)",
        m.reason(Locale.ENGLISH));
  }

  @Test
  void theReasonGivesTheCountsAndThresholdsInEachLanguage() {
    Multidisciplinarity m = counts(4, 3).build();
    assertEquals("4 branches (at least 3), 3 organisations (at least 2)", m.reason(Locale.ENGLISH));
    String fi = m.reason(Locale.forLanguageTag("fi"));
    String sv = m.reason(Locale.forLanguageTag("sv"));
    for (String reason : new String[] {fi, sv}) {
      assertTrue(reason.contains("4") && reason.contains("3") && reason.contains("2"), reason);
      assertFalse(reason.equals(m.reason(Locale.ENGLISH)), reason);
    }
  }

  @Test
  void anErrorFindingMakesTheGroupNonCompliant() {
    GroupAssessment a = assessment("g1").addFindings(finding("g1", Severity.WARNING),
        finding("g1", Severity.ERROR)).build();
    assertEquals(Verdict.NON_COMPLIANT, a.verdict());
    assertFalse(a.isCompliant());
  }

  @Test
  void warningsAndInfosLeaveTheGroupCompliant() {
    GroupAssessment a = assessment("g1").addFindings(finding("g1", Severity.WARNING),
        finding("g1", Severity.INFO)).build();
    assertEquals(Verdict.COMPLIANT, a.verdict());
    assertTrue(a.isCompliant());
    assertTrue(assessment("g1").build().isCompliant());
  }

  @Test
  void aFindingAboutAnotherGroupIsRejected() {
    assertRejected(() -> assessment("g1").addFinding(finding("g2", Severity.INFO)).build(),
        "assessment of group g1", "findings[0]", "g2");
  }

  @Test
  void aReportIsCompliantWhenEveryGroupIs() {
    AssessmentReport ok = AssessmentReport.builder().asOf(DAY).policyId("national-baseline")
        .addGroups(assessment("g1").build(), assessment("g2").build()).build();
    assertTrue(ok.isCompliant());
    assertEquals(Optional.of("g2"), ok.group("g2").map(GroupAssessment::groupId));
    assertEquals(Optional.empty(), ok.group("g3"));
    AssessmentReport bad = AssessmentReport.builder().from(ok)
        .addGroup(assessment("g3").addFinding(finding("g3", Severity.ERROR)).build()).build();
    assertFalse(bad.isCompliant());
  }

  @Test
  void aReportWithAMalformedPolicyIdIsRejected() {
    assertRejected(() -> AssessmentReport.builder().asOf(DAY).policyId("my policy").build(),
        "report", "policyId", "'my policy'");
  }

  @Test
  void aReportAssessingAGroupTwiceIsRejected() {
    assertRejected(() -> AssessmentReport.builder().asOf(DAY).policyId("p")
            .addGroups(assessment("g1").build(), assessment("g1").build()).build(),
        "report", "groups[1]", "g1", "twice");
  }

  @Test
  void aReportWhoseGroupsWereAssessedOnAnotherDayIsRejected() {
    assertRejected(() -> AssessmentReport.builder().asOf(DAY.plusDays(1)).policyId("p")
            .addGroups(assessment("g1").build()).build(),
        "report", "groups[0]", "g1", "2018-01-01", "2018-01-02");
  }
}
