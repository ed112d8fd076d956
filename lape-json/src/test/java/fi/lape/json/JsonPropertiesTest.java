package fi.lape.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fi.lape.core.policy.Policies;
import fi.lape.core.report.AssessmentReport;
import fi.lape.rules.GroupAssessor;
import fi.lape.testkit.Generators;
import fi.lape.testkit.Property;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Round trips of generated values (lape-testkit) and of reports lape-rules produces: reading what
 * was written gives an equal value, writing it again the same text, and the text validates against
 * the schema. A failure names its seed; {@code -Dlape.seed=...} replays it.
 */
class JsonPropertiesTest {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema DATASET = REGISTRY.getSchema(LapeJson.schema(LapeDocument.DATASET));
  private static final Schema POLICY = REGISTRY.getSchema(LapeJson.schema(LapeDocument.POLICY));
  private static final Schema REPORT = REGISTRY.getSchema(LapeJson.schema(LapeDocument.REPORT));

  private final LapeJson json = LapeJson.standard();
  private final LapeJson pseudonymising = LapeJson.builder().omitPersonalData(true).build();

  @Test
  void generatedDatasetsRoundTrip() {
    Property.forAll(Generators.datasetsWithPersonalData())
        .named("datasets round-trip through JSON")
        .cases(100)
        .check(dataset -> {
          assertRoundTrip(dataset, json::write, json::readDataset, DATASET);
          assertEquals(dataset.withoutPersonalData(),
              json.readDataset(pseudonymising.write(dataset)));
        });
  }

  @Test
  void generatedPoliciesRoundTrip() {
    Property.forAll(Generators.policies())
        .named("policies round-trip through JSON")
        .cases(150)
        .check(policy -> assertRoundTrip(policy, json::write, json::readPolicy, POLICY));
  }

  @Test
  void reportsOfLapeRulesRoundTripInEveryLanguage() {
    List<LapeJson> languages = List.of(json,
        LapeJson.builder().language(Locale.forLanguageTag("fi")).build(),
        LapeJson.builder().language(Locale.forLanguageTag("sv")).pretty(false).build());
    GroupAssessor assessor = GroupAssessor.of(Policies.paijatHame2017());
    Property.forAllGroups(Generators.groups())
        .named("reports round-trip through JSON")
        .cases(60)
        .check(example -> {
          AssessmentReport report = assessor.assess(example.dataset(), example.asOf());
          for (LapeJson writer : languages) {
            assertRoundTrip(report, writer::write, json::readReport, REPORT);
          }
        });
  }

  /** Reading what was written gives {@code value}, writing that the same text, which validates. */
  private static <T> void assertRoundTrip(T value, Function<T, String> write,
      Function<String, T> read, Schema schema) {
    String written = write.apply(value);
    T again = read.apply(written);
    assertEquals(value, again);
    assertEquals(written, write.apply(again));
    assertEquals(List.of(), schema.validate(written, InputFormat.JSON));
  }

  @Test
  void theExampleDatasetsReportRoundTrips() {
    AssessmentReport report = GroupAssessor.of(Fixtures.policy())
        .assess(Fixtures.dataset(), Fixtures.AS_OF);
    assertFalse(report.groups().isEmpty());
    assertRoundTrip(report, json::write, json::readReport, REPORT);
  }
}
