package fi.lape.json;

import fi.lape.core.report.AssessmentReport;
import fi.lape.json.internal.ReportSetStream;
import java.util.List;
import java.util.Objects;

/**
 * Writes a report set, the one document that reports on several dataset files: for each file in
 * turn its assessment report, or the problems that kept it from being read. Each file is written
 * to the stream as soon as it is given, so the set is never held in memory. Not thread-safe.
 *
 * <pre>{@code
 * try (ReportSetWriter set = LapeJson.standard().reportSetWriter(System.out)) {
 *   set.report("a.json", assessor.assess(a, day));
 *   set.problems("b.json", e.problems());
 * }
 * }</pre>
 *
 * <p>The document, {@code "format": "lape-report-set"}, is described in FORMAT.md and has the
 * schema {@link LapeDocument#REPORT_SET_SCHEMA_RESOURCE}.
 */
public final class ReportSetWriter implements AutoCloseable {
  private final ReportSetStream stream;

  ReportSetWriter(ReportSetStream stream) {
    this.stream = stream;
  }

  /** Writes the report of the dataset file {@code source}. */
  public ReportSetWriter report(String source, AssessmentReport report) {
    stream.report(Objects.requireNonNull(source, "source"), Objects.requireNonNull(report,
        "report"));
    return this;
  }

  /** Writes the problems of the file {@code source}, which could not be read. */
  public ReportSetWriter problems(String source, List<JsonProblem> problems) {
    stream.problems(Objects.requireNonNull(source, "source"), List.copyOf(problems));
    return this;
  }

  /** Ends the document and flushes it; the underlying stream stays open. */
  @Override
  public void close() {
    stream.close();
  }
}
