package fi.lape.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** FORMAT.md shows the example files as they are and documents every member and code. */
class FormatReferenceTest {
  private static final Pattern EXAMPLE =
      Pattern.compile("<!-- example: (\\S+) -->\n```json\n(.*?)```", Pattern.DOTALL);

  private static String reference() throws Exception {
    return Files.readString(Path.of("FORMAT.md"));
  }

  @Test
  void everyExampleInTheReferenceIsTheTestedFile() throws Exception {
    Matcher example = EXAMPLE.matcher(reference());
    List<String> shown = new ArrayList<>();
    while (example.find()) {
      assertEquals(Files.readString(Path.of(example.group(1))), example.group(2),
          example.group(1));
      shown.add(Path.of(example.group(1)).getFileName().toString());
    }
    assertEquals(List.of("minimal-dataset.json", "dataset.json", "policy.json", "report.json"),
        shown);
  }

  @Test
  void theReadmeExampleIsAValidDataset() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    int section = readme.indexOf("## JSON (lape-json)");
    assertTrue(section >= 0, "README has no JSON (lape-json) section");
    Matcher block = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(block.find(section), "no JSON example in the README section");
    Dataset dataset = LapeJson.standard().readDataset(block.group(1));
    assertEquals(2, dataset.groups().get(0).memberships().size());
  }

  @ParameterizedTest
  @EnumSource(LapeDocument.class)
  void everySchemaMemberAndCodeIsDocumented(LapeDocument kind) throws Exception {
    String reference = reference();
    TreeSet<String> missing = new TreeSet<>();
    collect(JsonMapper.shared().readTree(LapeJson.schema(kind)), reference, missing);
    assertTrue(missing.isEmpty(), "FORMAT.md does not mention " + missing);
  }

  private static void collect(JsonNode node, String reference, TreeSet<String> missing) {
    if (node.isObject()) {
      JsonNode properties = node.get("properties");
      if (properties != null && properties.isObject()) {
        for (String name : properties.propertyNames()) {
          if (!reference.contains("`" + name + "`")) {
            missing.add(name);
          }
        }
      }
      JsonNode codes = node.get("enum");
      if (codes != null) {
        codes.forEach(code -> {
          if (!reference.contains("`" + code.asString() + "`")) {
            missing.add(code.asString());
          }
        });
      }
      node.forEach(child -> collect(child, reference, missing));
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, reference, missing));
    }
  }
}
