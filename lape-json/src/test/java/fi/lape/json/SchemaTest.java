package fi.lape.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fi.lape.core.Branch;
import fi.lape.core.Channel;
import fi.lape.core.Coded;
import fi.lape.core.Duty;
import fi.lape.core.GroupKind;
import fi.lape.core.LinkRelation;
import fi.lape.core.MeetingPlaceType;
import fi.lape.core.OrganisationKind;
import fi.lape.core.Role;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Policies;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped JSON Schemas accept every example and every written document, and track core. */
class SchemaTest {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<LapeDocument, Schema> SCHEMAS = new EnumMap<>(LapeDocument.class);

  static {
    for (LapeDocument kind : LapeDocument.values()) {
      SCHEMAS.put(kind, REGISTRY.getSchema(LapeJson.schema(kind)));
    }
  }

  private static List<String> errors(LapeDocument kind, String json) {
    List<Error> errors = SCHEMAS.get(kind).validate(json, InputFormat.JSON);
    return errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage())
        .collect(Collectors.toList());
  }

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of(LapeDocument.DATASET, "dataset.json"),
        Arguments.of(LapeDocument.DATASET, "minimal-dataset.json"),
        Arguments.of(LapeDocument.POLICY, "policy.json"),
        Arguments.of(LapeDocument.REPORT, "report.json"));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleDocumentValidates(LapeDocument kind, String name) {
    assertEquals(List.of(), errors(kind, Resources.text("/examples/" + name)));
  }

  static Stream<LapeJson> settings() {
    return Stream.of(LapeJson.standard(), LapeJson.builder().pretty(false).build(),
        LapeJson.builder().omitPersonalData(true).language(Locale.forLanguageTag("sv")).build());
  }

  @ParameterizedTest
  @MethodSource("settings")
  void everyWrittenDocumentValidates(LapeJson json) {
    assertEquals(List.of(), errors(LapeDocument.DATASET, json.write(Fixtures.dataset())));
    assertEquals(List.of(), errors(LapeDocument.REPORT, json.write(Fixtures.report())));
    List<CoveragePolicy> policies = new ArrayList<>(Policies.all());
    policies.add(Fixtures.policy());
    policies.add(RoundTripTest.akaa());
    for (CoveragePolicy policy : policies) {
      assertEquals(List.of(), errors(LapeDocument.POLICY, json.write(policy)), policy.id());
    }
  }

  @Test
  void schemasRejectWhatTheReaderRejects() {
    String dataset = Resources.text("/examples/minimal-dataset.json");
    assertFalse(errors(LapeDocument.DATASET, dataset.replace("\"CHAIR\"", "\"CHAIRMAN\""))
        .isEmpty());
    assertFalse(errors(LapeDocument.DATASET, dataset.replace("\"1.0\"", "\"2.0\"")).isEmpty());
    assertFalse(errors(LapeDocument.DATASET,
        dataset.replace("\"personId\": \"p1\",", "\"personId\": \"p1\", \"colour\": 1,"))
        .isEmpty());
    assertFalse(errors(LapeDocument.DATASET,
        dataset.replace("\"role\": \"CHAIR\",", "\"deputyOf\": \"m2\",")).isEmpty());
    assertFalse(errors(LapeDocument.DATASET,
        dataset.replace("{\"municipality\": \"560\"}", "{\"region\": \"07\"}")).isEmpty());
    assertFalse(errors(LapeDocument.POLICY, "{\"format\": \"lape-policy\", \"version\": \"1.0\","
        + " \"id\": \"p\", \"name\": \"P\", \"requirements\": [{\"id\": \"R\", \"anyOf\": {}}]}")
        .isEmpty());
  }

  @ParameterizedTest
  @EnumSource(LapeDocument.class)
  void schemaIsShippedUnderItsStableResourcePathWithItsId(LapeDocument kind) throws Exception {
    assertEquals("/fi/lape/json/schema/" + kind.name().toLowerCase(Locale.ROOT)
        + "-1.schema.json", kind.schemaResource());
    assertNotNull(LapeJson.class.getResource(kind.schemaResource()));
    JsonNode schema = JsonMapper.shared().readTree(LapeJson.schema(kind));
    assertEquals(kind.schemaId(), schema.get("$id").asString());
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asString());
    assertEquals(kind.formatName(), schema.at("/properties/format/const").asString());
    assertEquals(kind.version(), schema.at("/properties/version/const").asString());
  }
}
