package fi.lape.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.Organisation;
import fi.lape.core.OrganisationKind;
import fi.lape.core.Sector;
import fi.lape.core.GroupKind;
import fi.lape.core.Voice;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Requirement;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.CoverageLine;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import fi.lape.core.policy.Policies;
import fi.lape.core.report.AssessmentReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoundTripTest {
  private final LapeJson json = LapeJson.standard();

  @ParameterizedTest
  @ValueSource(strings = {"dataset.json", "minimal-dataset.json"})
  void writingARereadExampleDatasetGivesTheSameText(String name) {
    String example = Resources.text("/examples/" + name);
    assertEquals(example, json.write(json.readDataset(example)));
  }

  @Test
  void writingTheRereadExamplePolicyGivesTheSameText() {
    String example = Resources.text("/examples/policy.json");
    assertEquals(example, json.write(json.readPolicy(example)));
  }

  @Test
  void writingTheRereadExampleReportGivesTheSameTextUpToRenderedMessages() {
    String example = Resources.text("/examples/report.json");
    assertEquals(Resources.maskRenderedTexts(example),
        Resources.maskRenderedTexts(json.write(json.readReport(example))));
  }

  @Test
  void exampleDocumentsReadAsTheValuesTheyDescribe() {
    assertEquals(Fixtures.dataset(), json.readDataset(Resources.text("/examples/dataset.json")));
    assertEquals(Fixtures.policy(), json.readPolicy(Resources.text("/examples/policy.json")));
    assertEquals(Fixtures.report(), json.readReport(Resources.text("/examples/report.json")));
  }

  @Test
  void readingAWrittenDatasetGivesAnEqualDataset() {
    Dataset dataset = Fixtures.dataset();
    assertEquals(dataset, json.readDataset(json.write(dataset)));
  }

  @Test
  void aWellbeingServicesCountyOrganisationKeepsItsCounty() {
    Dataset dataset = Dataset.builder()
        .addOrganisations(Organisation.builder().id("phhva").name("Päijät-Hämeen hyvinvointialue")
            .kind(OrganisationKind.WELLBEING_SERVICES_COUNTY).wellbeingServicesCounty("09")
            .addSector(Sector.CHILD_HEALTH_CLINIC).build())
        .build();
    String written = json.write(dataset);
    assertTrue(written.contains("\"wellbeingServicesCounty\": \"09\""), written);
    assertEquals(dataset, json.readDataset(written));
  }

  static Stream<CoveragePolicy> policies() {
    return Stream.concat(Policies.all().stream(), Stream.of(Fixtures.policy()));
  }

  @ParameterizedTest
  @MethodSource("policies")
  void readingAWrittenPolicyGivesAnEqualPolicy(CoveragePolicy policy) {
    String written = json.write(policy);
    CoveragePolicy read = json.readPolicy(written);
    assertEquals(policy, read);
    assertEquals(written, json.write(read));
  }

  @Test
  void readingAWrittenReportGivesAnEqualReport() {
    AssessmentReport report = Fixtures.report();
    String written = json.write(report);
    assertEquals(report, json.readReport(written));
    assertEquals(written, json.write(json.readReport(written)));
  }

  @Test
  void compactDocumentsAreOneLineAndReadBackEqual() {
    LapeJson compact = LapeJson.builder().pretty(false).build();
    String dataset = compact.write(Fixtures.dataset());
    assertFalse(dataset.contains("\n"));
    assertEquals(Fixtures.dataset(), compact.readDataset(dataset));
    assertEquals(Fixtures.report(), json.readReport(compact.write(Fixtures.report())));
    assertEquals(Fixtures.policy(), json.readPolicy(compact.write(Fixtures.policy())));
  }

  @Test
  void equalDatasetsBuiltInDifferentSetOrderAreWrittenIdentically() {
    Organisation a = Organisation.builder().id("o").name("O").kind(OrganisationKind.NGO)
        .addSectors(Sector.PARISH, Sector.NGO).build();
    Organisation b = Organisation.builder().id("o").name("O").kind(OrganisationKind.NGO)
        .addSectors(Sector.NGO, Sector.PARISH).build();
    assertEquals(json.write(Dataset.builder().addOrganisation(a).build()),
        json.write(Dataset.builder().addOrganisation(b).build()));
  }

  @Test
  void reportMessagesAreRenderedInTheChosenLanguage() {
    String english = json.write(Fixtures.report());
    String finnish = LapeJson.builder().language(Locale.forLanguageTag("fi")).build()
        .write(Fixtures.report());
    assertTrue(english.contains("\"language\": \"en\""));
    assertTrue(finnish.contains("\"language\": \"fi\""));
    String reason = Fixtures.report().groups().get(0).multidisciplinarity()
        .reason(Locale.forLanguageTag("fi"));
    assertTrue(finnish.contains("\"reason\": \"" + reason + "\""), finnish);
    assertNotEquals(english, finnish);
    assertEquals(Fixtures.report(), json.readReport(finnish));
  }

  @Test
  void aFindingWhoseKeyHasNoTextIsWrittenWithTheKeyAndArgumentsAsItsMessage() {
    fi.lape.core.report.Finding odd = fi.lape.core.report.Finding.builder().ruleId("APP-1")
        .severity(fi.lape.core.policy.Severity.INFO).groupId("g1").messageKey("app.{broken")
        .addArgument("x").build();
    AssessmentReport report = AssessmentReport.builder().from(Fixtures.report())
        .groups(java.util.List.of(fi.lape.core.report.GroupAssessment.builder()
            .from(Fixtures.report().groups().get(1)).groupId("g1").findings(java.util.List.of(odd))
            .build()))
        .build();
    String written = json.write(report);
    assertTrue(written.contains("\"message\": \"app.{broken [x]\""), written);
    assertEquals(report, json.readReport(written));
  }

  @Test
  void aLanguageWithoutTextsIsWrittenAsEnglish() {
    String german = LapeJson.builder().language(Locale.GERMAN).build().write(Fixtures.report());
    assertEquals(json.write(Fixtures.report()), german);
  }

  @Test
  void streamsReadersWritersAndFilesCarryTheSameDocument(@TempDir Path dir) throws Exception {
    Dataset dataset = Fixtures.dataset();
    String text = json.write(dataset);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    json.write(dataset, bytes);
    assertEquals(text, bytes.toString(StandardCharsets.UTF_8));
    assertEquals(dataset, json.readDataset(new ByteArrayInputStream(bytes.toByteArray())));

    StringWriter writer = new StringWriter();
    json.write(dataset, writer);
    assertEquals(text, writer.toString());
    assertEquals(dataset, json.readDataset(new StringReader(text)));

    Path file = dir.resolve("dataset.json");
    json.write(dataset, file);
    assertEquals(text, Files.readString(file));
    assertEquals(dataset, json.readDataset(file));

    Path policy = dir.resolve("policy.json");
    json.write(Fixtures.policy(), policy);
    assertEquals(Fixtures.policy(), json.readPolicy(policy));
    Path report = dir.resolve("report.json");
    json.write(Fixtures.report(), report);
    assertEquals(Fixtures.report(), json.readReport(report));
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    String example = Resources.text("/examples/minimal-dataset.json");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = example.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, withBom, 0, bom.length);
    System.arraycopy(body, 0, withBom, bom.length, body.length);
    assertEquals(json.readDataset(example), json.readDataset(new ByteArrayInputStream(withBom)));
    assertEquals(json.readDataset(example), json.readDataset("\uFEFF" + example));
  }

  /** A policy using every member added with the rule base's rewrite. */
  static CoveragePolicy akaa() {
    return CoveragePolicy.extending(Policies.nationalBaseline()).id("akaa-2018").name("Akaa 2018")
        .addRequirement(Requirement.builder().id("AKAA-PARISH-YOUTH")
            .addGroupKind(GroupKind.MUNICIPAL_LAPE_GROUP).municipality("020")
            .addAlsoMunicipalities("837").region("06")
            .anyOf(Criteria.builder().addOrganisationKind(OrganisationKind.PARISH).build())
            .addAllOf(Criteria.builder().addVoice(Voice.YOUNG_PEOPLE).build())
            .minMembers(2).minOrganisations(2)
            .putMessage("fi", "Seurakunnan nuoria puuttuu (vaatimus {0}).")
            .putMessage("en", "Young people of the parish are missing (requirement {0}).")
            .build())
        .putSeverityOverride("LAPE-M06", Severity.INFO)
        .addDisabledRules("LAPE-M13")
        .addRuleFiles("rules/akaa.drl")
        .putMessage("finding.AKAA-01", Map.of("fi", "Puuttuu: {0}", "sv", "Saknas: {0}"))
        .build();
  }

  @Test
  void aPolicyThatExtendsABuiltInOneIsWrittenAsItsAdditionsAndReadBackWhole() {
    CoveragePolicy akaa = akaa();
    String written = json.write(akaa);
    assertTrue(written.contains("\"extends\": \"national-baseline\""), written);
    assertFalse(written.contains("\"id\": \"LAPE-M01\""), written);
    for (String member : List.of("\"allOf\"", "\"organisationKinds\"", "\"minOrganisations\"",
        "\"municipalities\"", "\"region\"", "\"rules\"", "\"messages\"")) {
      assertTrue(written.contains(member), member + " in\n" + written);
    }
    CoveragePolicy read = json.readPolicy(written);
    assertEquals(akaa, read);
    assertEquals(Policies.nationalBaseline().requirements().size() + 1,
        read.requirements().size());
    assertEquals(written, json.write(read));
  }

  @Test
  void aPolicyThatDropsABaseRequirementIsWrittenInFull() {
    CoveragePolicy base = Policies.nationalBaseline();
    CoveragePolicy fewer = CoveragePolicy.extending(base).id("fewer").name("Fewer")
        .requirements(base.requirements().subList(1, base.requirements().size())).build();
    String written = json.write(fewer);
    assertFalse(written.contains("\"extends\""), written);
    assertEquals(fewer.requirements(), json.readPolicy(written).requirements());
  }

  @Test
  void coverageOrganisationsAndFindingMessagesRoundTrip() {
    AssessmentReport report = Fixtures.report();
    GroupAssessment first = report.groups().get(0);
    Finding finding = Finding.builder().from(first.findings().get(0))
        .putMessage("fi", "Puuttuu {0}").putMessage("en", "Missing {0}").build();
    CoverageLine line = CoverageLine.builder().from(first.coverage().get(0))
        .distinctOrganisations(1).requiredOrganisations(2).build();
    List<Finding> findings = new ArrayList<>(first.findings());
    findings.set(0, finding);
    List<CoverageLine> coverage = new ArrayList<>(first.coverage());
    coverage.set(0, line);
    List<GroupAssessment> groups = new ArrayList<>(report.groups());
    groups.set(0, GroupAssessment.builder().from(first).findings(findings).coverage(coverage)
        .build());
    AssessmentReport changed = AssessmentReport.builder().from(report).groups(groups).build();
    String written = json.write(changed);
    assertTrue(written.contains("\"requiredOrganisations\": 2"), written);
    assertTrue(written.contains("\"en\": \"Missing {0}\""), written);
    assertEquals(changed, json.readReport(written));
  }
}
