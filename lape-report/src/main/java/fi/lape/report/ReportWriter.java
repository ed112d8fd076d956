package fi.lape.report;

import fi.lape.core.policy.CoveragePolicy;
import fi.lape.report.internal.HtmlReport;
import fi.lape.report.internal.JUnitReport;
import fi.lape.report.internal.SarifReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes the assessments of one or more datasets as an HTML page, SARIF 2.1.0 or JUnit XML.
 * Immutable and thread-safe; build one per format, language and policy.
 *
 * <pre>{@code
 * ReportWriter html = ReportWriter.builder()
 *     .format(ReportFormat.HTML)
 *     .locale(Locale.forLanguageTag("fi"))
 *     .policy(assessor.policy())
 *     .build();
 * try (Writer out = Files.newBufferedWriter(Path.of("report.html"))) {
 *   html.write(List.of(source), out);
 * }
 * }</pre>
 *
 * <p>Every text taken from the data (names of groups and organisations, ids, messages) is escaped
 * for the format. Persons are shown by membership id; their names only with {@link
 * Builder#showNames(boolean) showNames(true)}, and never in SARIF or JUnit XML.
 */
public final class ReportWriter {
  private final ReportFormat format;
  private final Locale locale;
  private final CoveragePolicy policy;
  private final boolean showNames;
  private final String toolVersion;

  private ReportWriter(Builder b) {
    this.format = Objects.requireNonNull(b.format, "format");
    this.policy = Objects.requireNonNull(b.policy, "policy");
    this.locale = b.locale;
    this.showNames = b.showNames;
    this.toolVersion = b.toolVersion;
  }

  /** A new builder; {@code format} and {@code policy} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The format written. */
  public ReportFormat format() {
    return format;
  }

  /** Writes the report of {@code sources} (in order) to {@code out}, which is left open. */
  public void write(List<AssessedSource> sources, Writer out) {
    try {
      switch (format) {
        case HTML:
          new HtmlReport(locale, policy, showNames).write(sources, out);
          break;
        case SARIF:
          new SarifReport(locale, policy, toolVersion).write(sources, out);
          break;
        case JUNIT:
          new JUnitReport(locale, policy).write(sources, out);
          break;
        default:
          throw new IllegalStateException("unknown format " + format);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the report of {@code sources} to {@code out} in UTF-8, which is left open. */
  public void write(List<AssessedSource> sources, OutputStream out) {
    write(sources, new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /** The report of {@code sources} as a string. */
  public String write(List<AssessedSource> sources) {
    StringWriter out = new StringWriter();
    write(sources, out);
    return out.toString();
  }

  /** Builds a {@link ReportWriter}. */
  public static final class Builder {
    private ReportFormat format;
    private Locale locale = Locale.ENGLISH;
    private CoveragePolicy policy;
    private boolean showNames;
    private String toolVersion = "";

    private Builder() {}

    /** The format to write. */
    public Builder format(ReportFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /** The language of the texts: Finnish, Swedish or English (the default; anything else). */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /** The policy the sources were assessed under: its name, and the rules' severities. */
    public Builder policy(CoveragePolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Whether the HTML report shows the names of persons that the datasets have; not by default. */
    public Builder showNames(boolean showNames) {
      this.showNames = showNames;
      return this;
    }

    /** The version of the tool that assessed, written into SARIF's tool driver; none by default. */
    public Builder toolVersion(String toolVersion) {
      this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
      return this;
    }

    /** The writer. */
    public ReportWriter build() {
      return new ReportWriter(this);
    }
  }
}
