package fi.lape.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fi.lape.core.Dataset;
import fi.lape.core.LapeValidationException;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Policies;
import fi.lape.core.report.AssessmentReport;
import fi.lape.rules.GroupAssessor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the whole path a municipal app takes: read a document, assess it with lape's rules,
 * write the report. Whatever the bytes: a document that does not read fails with a {@link
 * LapeJsonException} only; a dataset that reads is assessed under every built-in policy, and a
 * policy that reads assesses the built-in example dataset; each report is written, stays within
 * {@link #REPORT_BYTES_PER_INPUT_BYTE} times the input's size (plus a constant), and reads back
 * as the same report. Any other exception, or an unbounded report, fails the test.
 *
 * <p>lape-core, lape-rules and lape-json are all instrumented when fuzzing ({@code
 * jazzer.instrumentation_includes} in this module's pom). A normal build runs the seed corpus in
 * {@code src/test/resources/fi/lape/json/AssessPathFuzzTestInputs/readAssessWrite}, which holds
 * datasets and policies (a policy is assessed against {@link Fixtures#dataset()}); to fuzz, see the README ("JSON (lape-json)").
 */
class AssessPathFuzzTest {
  /** The report's size limit, relative to the document's: one finding per group and variant. */
  static final int REPORT_BYTES_PER_INPUT_BYTE = 200;
  private static final int REPORT_BYTES_CONSTANT = 256 * 1024;
  private static final LapeJson JSON = LapeJson.builder().pretty(false).build();
  private static final List<LocalDate> DAYS =
      List.of(LocalDate.of(2018, 3, 1), LocalDate.of(2024, 1, 1));
  private static final Dataset EXAMPLE = Fixtures.dataset();
  private static final int EXAMPLE_BYTES = JSON.write(EXAMPLE).length();

  @FuzzTest(maxDuration = "5m")
  void readAssessWrite(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    long limit = (long) REPORT_BYTES_PER_INPUT_BYTE * input.length + REPORT_BYTES_CONSTANT;
    Dataset dataset = read(() -> JSON.readDataset(text), LapeDocument.DATASET);
    if (dataset != null) {
      for (CoveragePolicy policy : Policies.all()) {
        assessAndWrite(policy, dataset, dataset.groups().size() % 2, limit);
      }
    }
    CoveragePolicy policy = read(() -> JSON.readPolicy(text), LapeDocument.POLICY);
    if (policy != null) {
      assessAndWrite(policy, EXAMPLE, input.length % 2,
          limit + (long) REPORT_BYTES_PER_INPUT_BYTE * EXAMPLE_BYTES);
    }
  }

  private static void assessAndWrite(CoveragePolicy policy, Dataset dataset, int day, long limit) {
    AssessmentReport report;
    try {
      report = GroupAssessor.of(policy).assess(dataset, DAYS.get(day));
    } catch (LapeValidationException e) {
      // A dataset that reads may still refer to a code the day does not know (a merged
      // municipality after its merger): refused with lape's own message, never a crash.
      assertFalse(e.getMessage().isBlank());
      return;
    }
    String written = JSON.write(report);
    assertTrue(written.length() <= limit,
        () -> "report of " + written.length() + " characters, over the limit " + limit);
    assertEquals(report, JSON.readReport(written), "a written report reads back unchanged");
  }

  private static <T> T read(java.util.function.Supplier<T> reader, LapeDocument kind) {
    try {
      return reader.get();
    } catch (LapeJsonException e) {
      assertEquals(kind, e.document());
      assertFalse(e.problems().isEmpty());
      List<String> blank = new ArrayList<>();
      for (JsonProblem problem : e.problems()) {
        if (problem.message().isBlank() || problem.code() == null) {
          blank.add(problem.toString());
        }
      }
      assertEquals(List.of(), blank, "every problem has a code and a sentence");
      return null;
    }
  }
}
