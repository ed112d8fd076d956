package fi.lape.json.internal;

import fi.lape.core.report.AssessmentReport;
import fi.lape.json.JsonProblem;
import java.util.List;

/**
 * Writes the report set document, {@code lape-report-set}, file by file to a generator: for each
 * dataset file the report document, or the problems that kept it from being read.
 */
public final class ReportSetStream {
  /** The format name of the report set document. */
  public static final String FORMAT = "lape-report-set";

  private final DocumentWriter writer;
  private final Out out;
  private boolean closed;

  ReportSetStream(DocumentWriter writer, Out out, Options options) {
    this.writer = writer;
    this.out = out;
    out.startObject();
    out.string("format", FORMAT);
    out.string("version", "1.0");
    out.string("language", options.languageTag());
    out.name("files");
    out.g.writeStartArray();
  }

  /** The report of the dataset file {@code source}. */
  public void report(String source, AssessmentReport report) {
    out.startObject();
    out.string("source", source);
    out.name("report");
    writer.report(out, report, true);
    out.endObject();
    out.g.flush();
  }

  /** The problems of the file {@code source}, which could not be read. */
  public void problems(String source, List<JsonProblem> problems) {
    out.startObject();
    out.string("source", source);
    out.name("problems");
    out.g.writeStartArray();
    for (JsonProblem p : problems) {
      out.startInlineObject();
      out.string("code", p.code().code());
      out.string("pointer", p.pointer());
      out.integer("line", p.line());
      out.integer("column", p.column());
      out.string("message", p.message(writer.language()));
      out.endObject();
    }
    out.g.writeEndArray();
    out.endObject();
    out.g.flush();
  }

  /** Ends the document and flushes it; the stream stays open. */
  public void close() {
    if (!closed) {
      closed = true;
      out.g.writeEndArray();
      out.endObject();
      if (out.printer() != null) {
        out.g.writeRaw('\n');
      }
      out.g.close();
    }
  }
}
