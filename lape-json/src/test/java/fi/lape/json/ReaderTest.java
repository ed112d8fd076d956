package fi.lape.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderTest {
  private final LapeJson json = LapeJson.standard();
  private final String minimal = Resources.text("/examples/minimal-dataset.json");

  private static LapeJsonException failure(org.junit.jupiter.api.function.Executable read) {
    return assertThrows(LapeJsonException.class, read);
  }

  @Test
  void unknownMembersAreProblemsUnlessAllowed() {
    String extended = minimal.replace("\"role\": \"CHAIR\",", "\"role\": \"CHAIR\", \"x-seat\": 4,")
        .replace("\"version\": \"1.0\",", "\"version\": \"1.0\", \"generator\": \"app\",");
    LapeJsonException e = failure(() -> json.readDataset(extended));
    assertEquals(List.of("/generator", "/groups/0/memberships/0/x-seat"),
        e.problems().stream().map(JsonProblem::pointer).collect(java.util.stream.Collectors.toList()));
    Dataset lenient = LapeJson.builder().allowUnknownFields(true).build().readDataset(extended);
    assertEquals(json.readDataset(minimal), lenient);
  }

  @Test
  void aLaterMinorVersionIsReadWhenUnknownMembersAreAllowed() {
    String later = minimal.replace("\"version\": \"1.0\"", "\"version\": \"1.3\"")
        .replace("{\"id\": \"p1\"}", "{\"id\": \"p1\", \"pronouns\": \"they\"}");
    assertEquals(json.readDataset(minimal),
        LapeJson.builder().allowUnknownFields(true).build().readDataset(later));
    assertEquals("/version", failure(() -> json.readDataset(later)).problems().get(0).pointer());
    String major = minimal.replace("\"version\": \"1.0\"", "\"version\": \"2.0\"");
    assertThrows(LapeJsonException.class,
        () -> LapeJson.builder().allowUnknownFields(true).build().readDataset(major));
  }

  @Test
  void aMissingFileIsAnIoFailureNotADocumentProblem(@TempDir Path dir) {
    assertThrows(UncheckedIOException.class, () -> json.readDataset(dir.resolve("none.json")));
  }

  @Test
  void problemMessagesNeverQuoteNamesOrContactDetails() {
    String secret = "Maija Esimerkki";
    List<String> documents = List.of(
        minimal.replace("{\"id\": \"p1\"}", "{\"id\": \"p1\", \"name\": " + secret.replace(" ", "")
            + "}"),
        minimal.replace("{\"id\": \"p1\"}", "{\"id\": \"p1\", \"name\": \"" + secret + "\"}")
            .replace("\"CHAIR\"", "\"PUHEENJOHTAJA\""),
        minimal.replace("{\"id\": \"p1\"}", "{\"id\": \"p1\", \"email\": \"" + secret
            + "@example.fi\", \"phone\": 358400000001}"),
        minimal.replace("\"personId\": \"p1\"", "\"personId\": \"" + secret + "\"")
            .replace("{\"id\": \"p1\"}", "{\"id\": \"" + secret + "\", \"homeMunicipality\": \""
                + secret + "\"}")
            .replace("\"2017-08-01\"", "\"" + secret + "\"")
            .replace("\"CHAIR\"", "\"" + secret + "\""));
    LapeJson limited = LapeJson.builder().limits(JsonLimits.builder().stringLength(8).build())
        .build();
    for (String document : documents) {
      for (LapeJson reader : List.of(json, limited)) {
        LapeJsonException e = failure(() -> reader.readDataset(document));
        assertFalse(e.getMessage().contains("Maija"), e.getMessage());
        assertFalse(e.getMessage().contains("Esimerkki"), e.getMessage());
        assertFalse(e.getMessage().contains("358400000001"), e.getMessage());
      }
    }
  }

  @Test
  void atMostAThousandProblemsAreCollected() {
    StringBuilder persons = new StringBuilder();
    for (int i = 0; i < 1500; i++) {
      persons.append(i == 0 ? "" : ",\n").append("{\"id\": \"p 1\"}");
    }
    String document = "{\"format\": \"lape-dataset\", \"version\": \"1.0\", \"persons\": [\n"
        + persons + "]}";
    LapeJsonException e = failure(() -> json.readDataset(document));
    assertEquals(1001, e.problems().size());
    assertTrue(e.problems().get(1000).message().startsWith("too many problems"));
    assertTrue(e.getMessage().contains("... and 981 more"), e::getMessage);
  }

  @Test
  void deepNestingIsAProblemNotAStackOverflow() {
    String deep = "[".repeat(200_000) + "]".repeat(200_000);
    for (String document : List.of(deep, "{\"format\": " + deep + "}")) {
      LapeJsonException e = failure(() -> json.readDataset(document));
      assertEquals(1, e.problems().size());
      assertTrue(e.problems().get(0).message().contains("nested deeper than the limit of 32"),
          e::getMessage);
    }
  }

  @Test
  void theDocumentSizeLimitAppliesToStreams() {
    LapeJson small = LapeJson.builder().limits(JsonLimits.builder().documentSize(100).build())
        .build();
    byte[] bytes = minimal.getBytes(StandardCharsets.UTF_8);
    LapeJsonException e = failure(() -> small.readDataset(new ByteArrayInputStream(bytes)));
    assertEquals("the document is larger than the limit of 100 bytes",
        e.problems().get(0).message());
    assertEquals(json.readDataset(minimal),
        json.readDataset(new ByteArrayInputStream(bytes)));
  }

  @Test
  void defaultLimitsAreTheDocumentedOnes() {
    JsonLimits limits = JsonLimits.defaults();
    assertEquals(32L * 1024 * 1024, limits.documentSize());
    assertEquals(32, limits.nestingDepth());
    assertEquals(65_536, limits.stringLength());
    assertEquals(10_000, limits.membersPerGroup());
    assertEquals(limits, LapeJson.standard().limits());
    assertThrows(IllegalArgumentException.class, () -> JsonLimits.builder().stringLength(0));
    assertThrows(IllegalArgumentException.class,
        () -> JsonLimits.builder().nestingDepth(JsonLimits.MAX_NESTING_DEPTH + 1));
  }

  @Test
  void documentKindsAreFoundByFormatName() {
    assertEquals(Optional.of(LapeDocument.REPORT), LapeDocument.byFormatName("lape-report"));
    assertEquals(Optional.empty(), LapeDocument.byFormatName("popolo"));
  }

  @Test
  void problemsNameTheirPlaceInTheExceptionMessage() {
    String bad = minimal.replace("\"CHAIR\"", "\"CHAIRMAN\"");
    LapeJsonException e = failure(() -> json.readDataset(bad));
    assertEquals(LapeDocument.DATASET, e.document());
    assertTrue(e.getMessage().startsWith("invalid lape-dataset document (1 problem):\n  line 36,"
        + " column 19 at /groups/0/memberships/0/role: unknown code \"CHAIRMAN\""), e::getMessage);
  }
}
