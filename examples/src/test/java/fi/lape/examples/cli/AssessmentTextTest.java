package fi.lape.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Branch;
import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.Membership;
import fi.lape.core.Organisation;
import fi.lape.core.OrganisationKind;
import fi.lape.core.Person;
import fi.lape.core.Role;
import fi.lape.core.Scope;
import fi.lape.core.Sector;
import fi.lape.core.Term;
import fi.lape.core.Voice;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.AssessmentReport;
import fi.lape.core.report.CoverageLine;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import fi.lape.core.report.Multidisciplinarity;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The text renderer on hand-built reports: no rules engine involved. */
class AssessmentTextTest {
  private static final LocalDate AS_OF = LocalDate.of(2017, 11, 1);
  private static final Term TERM = Term.from(LocalDate.of(2017, 1, 1));

  private final Dataset dataset = Dataset.builder()
      .addOrganisation(Organisation.builder().id("org-x").name("Esimerkkikunta")
          .kind(OrganisationKind.MUNICIPALITY).municipality("560")
          .addSector(Sector.BASIC_EDUCATION).build())
      .addPerson(Person.builder().id("p-1").name("Maija Meikäläinen").build())
      .addPerson(Person.builder().id("p-2").build())
      .addPerson(Person.builder().id("p-3").build())
      .addGroup(Group.builder().id("g-1").name("Esimerkin LAPE-ryhmä")
          .kind(GroupKind.MUNICIPAL_LAPE_GROUP).scope(Scope.municipality("560"))
          .addMembership(Membership.builder().id("m-1").personId("p-1").organisationId("org-x")
              .role(Role.CHAIR).addSector(Sector.BASIC_EDUCATION).term(TERM).build())
          .addMembership(Membership.builder().id("m-2").personId("p-2").addVoice(Voice.PARENTS)
              .term(TERM).build())
          // Ended before the assessment date: no column in the matrix.
          .addMembership(Membership.builder().id("m-3").personId("p-3").organisationId("org-x")
              .addSector(Sector.YOUTH_WORK).term(Term.of(LocalDate.of(2017, 1, 1),
                  LocalDate.of(2017, 6, 30))).build())
          .build())
      .addGroup(Group.builder().id("g-2").name("Raati").kind(GroupKind.CUSTOMER_PANEL)
          .scope(Scope.municipality("560")).build())
      .build();

  private final AssessmentReport report = AssessmentReport.builder()
      .asOf(AS_OF)
      .policyId("national-baseline")
      .addGroup(GroupAssessment.builder()
          .groupId("g-1").groupKind(GroupKind.MUNICIPAL_LAPE_GROUP).asOf(AS_OF)
          .multidisciplinarity(Multidisciplinarity.builder().addFailedRule("LAPE-M02")
              .addBranches(Branch.EDUCATION_CULTURE, Branch.RESIDENTS_VOICE).organisations(1)
              .minBranches(3).minOrganisations(2).multidisciplinary(false).build())
          .addCoverage(line("LAPE-M01", Severity.ERROR, List.of("m-1"), List.of(),
              Criteria.builder().addBranch(Branch.EDUCATION_CULTURE).build()))
          .addCoverage(line("LAPE-M02", Severity.ERROR, List.of(), List.of(),
              Criteria.builder().addBranch(Branch.SOCIAL_HEALTH).build()))
          .addCoverage(line("LAPE-M05", Severity.ERROR, List.of("m-2"), List.of("g-2"),
              Criteria.builder().addVoice(Voice.PARENTS)
                  .addLinkedGroupKind(GroupKind.CUSTOMER_PANEL).build()))
          .addFinding(Finding.builder().ruleId("LAPE-M02").requirementId("LAPE-M02")
              .severity(Severity.ERROR).groupId("g-1").messageKey("rule.LAPE-M02.description")
              .citation("seed 001: \"sivi-sote\"").build())
          .addFinding(Finding.builder().ruleId("LAPE-M10").severity(Severity.WARNING)
              .groupId("g-1").addMembershipId("m-1").messageKey("rule.LAPE-M10.description")
              .build())
          .build())
      .addGroup(GroupAssessment.builder()
          .groupId("g-2").groupKind(GroupKind.CUSTOMER_PANEL).asOf(AS_OF)
          .multidisciplinarity(Multidisciplinarity.builder().organisations(0).minBranches(3)
              .minOrganisations(2).multidisciplinary(false).build())
          .build())
      .build();

  private static CoverageLine line(String id, Severity severity, List<String> witnesses,
      List<String> linked, Criteria criteria) {
    return CoverageLine.builder().requirementId(id).ruleId(id).severity(severity).required(1)
        .witnessIds(witnesses).distinctPersons(witnesses.size()).linkedGroupIds(linked)
        .wouldSatisfy(criteria).satisfied(!witnesses.isEmpty() || !linked.isEmpty()).build();
  }

  private String render(Language language, boolean showNames) {
    return new AssessmentText(new Messages(language), showNames)
        .render(report, dataset, "test.json", "National baseline");
  }

  @Test
  void showsOneBlockPerGroupWithVerdictAndMultidisciplinarityReason() {
    String text = render(Language.en, false);
    assertTrue(text.startsWith("Assessment of test.json as of 2017-11-01 under policy National"
        + " baseline (national-baseline)\n"), text);
    assertTrue(text.contains("== g-1: Esimerkin LAPE-ryhmä\n  municipal LAPE group, Orimattila"
        + " (560)\n"), text);
    assertTrue(text.contains("  Verdict:           non-compliant\n"), text);
    assertTrue(text.contains("  Multidisciplinary: no: rule LAPE-M02 fails; 2 branches (at least"
        + " 3), 1 organisation (at least 2)\n"), text);
    assertTrue(text.contains("  Active members:    2\n"), text);
    assertTrue(text.contains("== g-2: Raati\n"), text);
    assertTrue(text.contains("(required of municipal LAPE groups only)"), text);
    assertTrue(text.contains("No requirement of the policy applies to this kind of group."), text);
    assertTrue(text.endsWith("2 groups assessed: 1 compliant, 1 non-compliant\n"
        + "Non-compliant: g-1\n"), text);
  }

  @Test
  void coverageMatrixHasAColumnPerActiveMemberAndMarksWitnessesAndLinks() {
    List<String> lines = Arrays.asList(render(Language.en, false).split("\n"));
    int heading = lines.indexOf("  Coverage: requirements against active members (x = counts"
        + " toward it)");
    assertEquals(List.of(
        " ".repeat(30) + "1 2",
        "    LAPE-M01  error  ok       x .",
        "    LAPE-M02  error  MISSING  . .",
        "    LAPE-M05  error  ok       . x linked: g-2",
        "    LAPE-M02 needs 1 more: social and health services",
        "  Members (numbered as in the matrix)",
        "    1  m-1  chair, Esimerkkikunta, basic education (school)",
        "    2  m-2  member, parents"), lines.subList(heading + 1, heading + 9));
  }

  @Test
  void findingsShowSeverityRuleMessageIdsAndSource() {
    String text = render(Language.en, false);
    assertTrue(text.contains("  Findings\n"
        + "    error    LAPE-M02  A municipal LAPE group covers social and health services.\n"
        + "                       source: seed 001: \"sivi-sote\"\n"
        + "    warning  LAPE-M10  At most one chair"), text);
    assertTrue(text.contains("                       about: m-1\n"), text);
    assertTrue(text.contains("  No findings.\n"), text);
  }

  @Test
  void namesArePrintedOnlyWhenAskedFor() {
    assertFalse(render(Language.en, false).contains("Meikäläinen"));
    String named = render(Language.en, true);
    assertTrue(named.contains("    1  m-1  chair, Esimerkkikunta, basic education (school)"
        + "  [Maija Meikäläinen]\n"), named);
  }

  @Test
  void fixedWordsAndCodeNamesFollowTheLanguage() {
    String fi = render(Language.fi, false);
    assertTrue(fi.contains("  Tulos:       ei täytä vaatimuksia\n"), fi);
    assertTrue(fi.contains("  Monialainen: ei – sääntö LAPE-M02 ei täyty; 2 toimialaa (vähintään"
        + " 3), 1 organisaatio (vähintään 2)\n"), fi);
    assertTrue(fi.contains("Arvio: test.json, tilanne 1.11.2017,"), fi);
    assertTrue(fi.endsWith("Arvioitiin 2 ryhmää: vaatimukset täyttää 1, ei täytä 1.\n"
        + "Vaatimuksia ei täytä: g-1\n"), fi);
    assertTrue(fi.contains("kunnan LAPE-ryhmä, Orimattila (560)"), fi);
    assertTrue(fi.contains("PUUTTUU"), fi);
    assertTrue(fi.contains("  Havainnot\n"), fi);
    assertTrue(fi.contains("lähde: seed 001"), fi);
    String sv = render(Language.sv, false);
    assertTrue(sv.contains("uppfyller inte kraven"), sv);
    assertTrue(sv.contains("Orimattila (560)"), sv);
    assertTrue(sv.contains("  Iakttagelser\n"), sv);
    assertTrue(sv.contains("SAKNAS"), sv);
    assertTrue(sv.contains("Sektorsövergripande: nej – regeln LAPE-M02 uppfylls inte; 2 sektorer"
        + " (minst 3), 1 organisation (minst 2)\n"), sv);
    assertTrue(sv.endsWith("2 grupper har bedömts: 1 uppfyller kraven, 1 uppfyller dem inte.\n"
        + "Uppfyller inte kraven: g-1\n"), sv);
  }

  @Test
  void everyLanguageHasExactlyTheEnglishKeys() throws Exception {
    for (String bundle : List.of("messages", "help")) {
      java.util.Set<Object> english = BundleKeys.of(bundle + ".properties");
      assertEquals(english, BundleKeys.of(bundle + "_fi.properties"), bundle + " fi");
      assertEquals(english, BundleKeys.of(bundle + "_sv.properties"), bundle + " sv");
    }
  }
}
