package fi.lape.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fi.lape.json.LapeJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the published JSON files in {@code examples/data/} equal to what the Java sources say. To
 * regenerate them after changing {@link SampleData} or {@link CustomMunicipalPolicy}, run this test
 * with {@code -Dlape.updateSamples=true}.
 */
class SampleFilesTest {
  private static final Path DATA = Path.of("data");
  private static final boolean UPDATE = Boolean.getBoolean("lape.updateSamples");
  private static final LapeJson JSON = LapeJson.builder().pretty(true).build();

  /** People named in the source documents, who must not appear in the sample. */
  private static final List<String> SEED_NAMES = List.of("Hulkkonen", "Laiho", "Kemppainen",
      "Viertonen", "Mustalahti", "Julkunen", "Pelkonen");

  @Test
  void sampleDatasetFileIsTheBuiltInSample() throws IOException {
    String written = check("sample-dataset.json", JSON.write(SampleData.dataset()));
    assertEquals(SampleData.dataset(), JSON.readDataset(written));
    for (String name : SEED_NAMES) {
      assertFalse(written.contains(name), name);
    }
  }

  @Test
  void akaaPolicyFileIsTheExamplesPolicy() throws IOException {
    String written = check("akaa-policy.json", JSON.write(CustomMunicipalPolicy.policy()));
    assertEquals(CustomMunicipalPolicy.policy(), JSON.readPolicy(written));
  }

  /** The file's content, after checking it is {@code expected} (or writing it, when updating). */
  private static String check(String name, String expected) throws IOException {
    Path file = DATA.resolve(name);
    if (UPDATE) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    String content = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals(expected, content,
        file + " is out of date: run this test with -Dlape.updateSamples=true");
    return content;
  }
}
