package fi.lape.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.Organisation;
import fi.lape.core.OrganisationKind;
import fi.lape.core.Sector;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Policies;
import fi.lape.core.report.AssessmentReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
}
