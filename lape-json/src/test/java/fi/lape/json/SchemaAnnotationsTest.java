package fi.lape.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import fi.lape.core.policy.Severity;
import fi.lape.core.report.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schemas tell a form or an import everything a person needs: every property has a title and
 * a description, and every code list names each code in English, Finnish and Swedish ({@code
 * oneOf} of {@code const} with {@code title}, {@code x-title-fi} and {@code x-title-sv}), taken from
 * lape-core's own names. {@code -Dlape.updateSchemas=true} rewrites the code lists and missing
 * property titles (review the diff).
 */
class SchemaAnnotationsTest {
  private static final Locale FI = Locale.forLanguageTag("fi");
  private static final Locale SV = Locale.forLanguageTag("sv");
  private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.ofEntries(
      Map.entry("Sector", Sector.class), Map.entry("Branch", Branch.class),
      Map.entry("Voice", Voice.class), Map.entry("Gender", fi.lape.core.Gender.class),
      Map.entry("Duty", Duty.class),
      Map.entry("Role", Role.class), Map.entry("GroupKind", GroupKind.class),
      Map.entry("OrganisationKind", OrganisationKind.class), Map.entry("Channel", Channel.class),
      Map.entry("MeetingPlaceType", MeetingPlaceType.class),
      Map.entry("LinkRelation", LinkRelation.class), Map.entry("Severity", Severity.class),
      Map.entry("Verdict", Verdict.class));
  private static final List<String> SCHEMAS =
      List.of("dataset-1", "policy-1", "report-1", "report-set-1");
  private static final JsonMapper MAPPER = JsonMapper.shared();

  private static Path file(String name) {
    return Path.of("src/main/resources/fi/lape/json/schema", name + ".schema.json");
  }

  @Test
  void codeListsNameEveryCoreCodeInThreeLanguages() throws Exception {
    boolean update = Boolean.getBoolean("lape.updateSchemas");
    int checked = 0;
    for (String name : SCHEMAS) {
      ObjectNode schema = (ObjectNode) MAPPER.readTree(Files.readString(file(name)));
      JsonNode defs = schema.get("$defs");
      if (defs == null) {
        continue;
      }
      for (Map.Entry<String, Class<? extends Enum<?>>> e : ENUMS.entrySet()) {
        JsonNode def = defs.get(e.getKey());
        if (def == null) {
          continue;
        }
        ArrayNode expected = MAPPER.createArrayNode();
        for (Enum<?> constant : e.getValue().getEnumConstants()) {
          Coded coded = (Coded) constant;
          expected.addObject().put("const", coded.code())
              .put("title", coded.displayName(Locale.ENGLISH))
              .put("x-title-fi", coded.displayName(FI))
              .put("x-title-sv", coded.displayName(SV));
        }
        if (update) {
          ObjectNode d = (ObjectNode) def;
          d.remove("enum");
          d.put("type", "string");
          d.set("oneOf", expected);
        } else {
          assertEquals(expected, def.get("oneOf"), name + " " + e.getKey());
          checked++;
        }
      }
      if (update) {
        titles(schema, "#");
        write(file(name), schema);
      }
    }
    assertTrue(update || checked >= 20, "code lists checked: " + checked);
  }

  @Test
  void everyPropertyHasATitleAndADescription() throws Exception {
    List<String> missing = new ArrayList<>();
    for (String name : SCHEMAS) {
      walk(MAPPER.readTree(Files.readString(file(name))), name + "#", missing);
    }
    assertEquals(List.of(), missing);
  }

  /** Whether {@code at} is inside a condition, whose properties only constrain, not describe. */
  private static boolean condition(String at) {
    return at.matches(".*/(if|then|else|dependentSchemas|oneOf|anyOf|allOf|not)(/.*)?");
  }

  private static void walk(JsonNode node, String at, List<String> missing) {
    if (node.isObject() && !condition(at)) {
      JsonNode properties = node.get("properties");
      if (properties != null && properties.isObject()) {
        for (Map.Entry<String, JsonNode> p : properties.properties()) {
          if (!p.getValue().has("title") || !p.getValue().has("description")) {
            missing.add(at + "/properties/" + p.getKey());
          }
        }
      }
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> child : node.properties()) {
        walk(child.getValue(), at + "/" + child.getKey(), missing);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), at + "/" + i, missing);
      }
    }
  }

  /** Gives every property without a title one made from its name: personId is "Person id". */
  private static void titles(JsonNode node, String at) {
    if (node.isObject()) {
      JsonNode properties = node.get("properties");
      if (properties != null && properties.isObject() && !condition(at)) {
        for (Map.Entry<String, JsonNode> p : properties.properties()) {
          if (p.getValue().isObject() && !p.getValue().has("title")) {
            String words = p.getKey().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
            ObjectNode copy = MAPPER.createObjectNode();
            copy.put("title", Character.toUpperCase(words.charAt(0)) + words.substring(1));
            copy.setAll((ObjectNode) p.getValue());
            ((ObjectNode) properties).set(p.getKey(), copy);
          }
        }
      }
      // ajv's strict mode wants the type wherever object keywords are used.
      boolean propertyMap = at.endsWith("/properties");
      if (!propertyMap && (node.has("required") && node.get("required").isArray()
          || node.has("minProperties")) && !node.has("type")) {
        ((ObjectNode) node).put("type", "object");
      }
      for (Map.Entry<String, JsonNode> child : node.properties()) {
        titles(child.getValue(), at + "/" + child.getKey());
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        titles(node.get(i), at + "/" + i);
      }
    }
  }

  private static void write(Path path, JsonNode schema) throws Exception {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER))
        .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
    String text = MAPPER.writer().with(printer).writeValueAsString(schema).replace("\r\n", "\n");
    Files.writeString(path, text + "\n", StandardCharsets.UTF_8);
  }
}
