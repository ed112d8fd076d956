package fi.lape.core.report;

import static fi.lape.core.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.lape.core.policy.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FindingTest {
  private static Finding.Builder finding(String group, Severity severity, String rule) {
    return Finding.builder().groupId(group).severity(severity).ruleId(rule)
        .messageKey("finding." + rule);
  }

  @Test
  void findingsAreOrderedByGroupThenErrorsFirstThenRuleAndRequirement() {
    Finding a = finding("g1", Severity.INFO, "LAPE-M13").build();
    Finding b = finding("g1", Severity.ERROR, "LAPE-M02").build();
    Finding c = finding("g1", Severity.WARNING, "LAPE-M04").requirementId("LAPE-M04-PARISH")
        .build();
    Finding d = finding("g1", Severity.WARNING, "LAPE-M04").requirementId("LAPE-M04-NGO").build();
    Finding e = finding("g0", Severity.INFO, "LAPE-M13").build();
    Finding f = finding("g1", Severity.ERROR, "LAPE-M01").build();
    List<Finding> findings = new ArrayList<>(List.of(a, b, c, d, e, f));
    findings.sort(Finding.ORDER);
    assertEquals(List.of(e, f, b, d, c, a), findings);
  }

  @Test
  void findingsOfOneRuleAreOrderedByTheIdsTheyAreAbout() {
    Finding p2 = finding("g1", Severity.ERROR, "LAPE-D01").addPersonId("p2").build();
    Finding p1 = finding("g1", Severity.ERROR, "LAPE-D01").addPersonId("p1").build();
    Finding m1 = finding("g1", Severity.ERROR, "LAPE-D01").addMembershipId("m1").build();
    List<Finding> findings = new ArrayList<>(List.of(p2, m1, p1));
    findings.sort(Finding.ORDER);
    assertEquals(List.of(p1, p2, m1), findings);
  }

  @Test
  void theMessageIsRenderedFromTheKeyInTheAskedLanguage() {
    Finding f = finding("g1", Severity.INFO, "LAPE-M08").messageKey("multidisciplinarity.counts")
        .addArguments("4", "3", "2", "2").build();
    assertEquals("4 branches (at least 3), 2 organisations (at least 2)",
        f.message(Locale.ENGLISH));
    assertEquals("4 toimialaa (vähintään 3), 2 organisaatiota (vähintään 2)",
        f.message(Locale.forLanguageTag("fi")));
  }

  @Test
  void theCitationIsEmptyUnlessGiven() {
    assertEquals("", finding("g1", Severity.INFO, "LAPE-M13").build().citation());
  }

  @Test
  void aMalformedRuleIdIsRejected() {
    assertRejected(() -> finding("g1", Severity.ERROR, "LAPE M01").build(), "finding",
        "ruleId", "'LAPE M01'");
  }

  @Test
  void aMalformedGroupIdIsRejectedNamingTheRule() {
    assertRejected(() -> finding("g 1", Severity.ERROR, "LAPE-M01").build(),
        "finding LAPE-M01", "groupId", "'g 1'");
  }

  @Test
  void aBlankMessageKeyIsRejectedNamingTheRule() {
    assertRejected(() -> finding("g1", Severity.ERROR, "LAPE-M01").messageKey(" ").build(),
        "finding LAPE-M01", "messageKey");
  }

  @Test
  void orderIgnoresInsertionOrder() {
    List<Finding> one = new ArrayList<>();
    for (Severity s : Severity.values()) {
      one.add(finding("g1", s, "LAPE-M10").build());
    }
    List<Finding> two = new ArrayList<>(one);
    java.util.Collections.reverse(two);
    one.sort(Finding.ORDER);
    two.sort(Finding.ORDER);
    assertEquals(one, two);
    assertEquals(List.of(Severity.ERROR, Severity.WARNING, Severity.INFO),
        one.stream().map(Finding::severity).collect(Collectors.toList()));
  }
}
