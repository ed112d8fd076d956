package fi.lape.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Fuzzes the readers: whatever the bytes, reading either returns a value that survives a write and
 * a second read unchanged, or throws a {@link LapeJsonException} with positioned problems. Any
 * other exception fails the test.
 *
 * <p>A normal build runs this in regression mode over the seed corpus in {@code
 * src/test/resources/fi/lape/json/ReaderFuzzTestInputs/readersThrowOnlyLapeJsonException}. To
 * fuzz, see the README ("JSON (lape-json)").
 */
class ReaderFuzzTest {
  private static final List<LapeJson> SETTINGS = List.of(LapeJson.standard(),
      LapeJson.builder().allowUnknownFields(true).pretty(false)
          .limits(JsonLimits.builder().nestingDepth(8).stringLength(256).membersPerGroup(4)
              .build())
          .build());

  @FuzzTest(maxDuration = "5m")
  void readersThrowOnlyLapeJsonException(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    for (LapeJson json : SETTINGS) {
      check(json, LapeDocument.DATASET, () -> json.readDataset(new ByteArrayInputStream(input)),
          () -> json.readDataset(text), v -> json.readDataset(json.write(v)), json::write);
      check(json, LapeDocument.POLICY, () -> json.readPolicy(new ByteArrayInputStream(input)),
          () -> json.readPolicy(text), v -> json.readPolicy(json.write(v)), json::write);
      check(json, LapeDocument.REPORT, () -> json.readReport(new ByteArrayInputStream(input)),
          () -> json.readReport(text), v -> json.readReport(json.write(v)), json::write);
    }
  }

  private static <T> void check(LapeJson json, LapeDocument kind,
      java.util.function.Supplier<T> fromBytes, java.util.function.Supplier<T> fromText,
      Function<T, T> rewrite, Function<T, String> write) {
    for (java.util.function.Supplier<T> read : List.of(fromBytes, fromText)) {
      T value;
      try {
        value = read.get();
      } catch (LapeJsonException e) {
        assertEquals(kind, e.document());
        assertFalse(e.problems().isEmpty());
        for (JsonProblem problem : e.problems()) {
          assertTrue(problem.line() >= 1 && problem.column() >= 1, problem::toString);
          assertFalse(problem.message().isBlank(), problem::toString);
        }
        continue;
      }
      T again = rewrite.apply(value);
      assertEquals(value, again, "read(write(x)) differs from x");
      assertEquals(write.apply(value), write.apply(again));
    }
  }
}
