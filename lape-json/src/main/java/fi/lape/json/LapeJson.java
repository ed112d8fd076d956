package fi.lape.json;

import fi.lape.core.Dataset;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.report.AssessmentReport;
import fi.lape.json.internal.DocumentReader;
import fi.lape.json.internal.DocumentWriter;
import fi.lape.json.internal.Options;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads and writes lape's three JSON documents, the dataset, the policy and the assessment report,
 * from and to strings, streams, readers, writers and files. Immutable and thread-safe: build one
 * and share it.
 *
 * <p>Reading checks the whole document in one pass and either returns a complete value or throws
 * a {@link LapeJsonException} listing every problem with its JSON Pointer, line and column. Writing
 * gives the canonical document: members in a fixed order, defaults and empty lists left out, sets
 * sorted, two-space indentation (or compact with {@code pretty(false)}). The format is described in
 * {@code lape-json/FORMAT.md}; the JSON Schemas come from {@link #schema(LapeDocument)}.
 *
 * <p>I/O failures of the source or target (a missing file, a closed stream) are thrown as {@link
 * UncheckedIOException}: they say nothing about the document.
 *
 * <pre>{@code
 * LapeJson json = LapeJson.standard();
 * Dataset dataset = json.readDataset(Path.of("orimattila.json"));
 * String shared = LapeJson.builder().omitPersonalData(true).build().write(dataset);
 *
 * LapeJson finnish = LapeJson.builder().language(Locale.forLanguageTag("fi")).build();
 * finnish.write(report, Path.of("report.json"));
 * }</pre>
 */
public final class LapeJson {
  private static final LapeJson STANDARD = new LapeJson(Options.STANDARD);

  private final Options options;
  private final DocumentReader reader;
  private final DocumentWriter writer;

  private LapeJson(Options options) {
    this.options = options;
    this.reader = new DocumentReader(options);
    this.writer = new DocumentWriter(options);
  }

  /**
   * The defaults: unknown members are problems, personal data is written, output is indented,
   * report messages are in English, and the {@linkplain JsonLimits#defaults() default limits}.
   */
  public static LapeJson standard() {
    return STANDARD;
  }

  /** A builder starting from the defaults of {@link #standard()}. */
  public static Builder builder() {
    return new Builder(Options.STANDARD);
  }

  /** A builder starting from this instance's settings. */
  public Builder toBuilder() {
    return new Builder(options);
  }

  /** The JSON Schema (draft 2020-12) of {@code kind}, as text. */
  public static String schema(LapeDocument kind) {
    try (InputStream in = LapeJson.class.getResourceAsStream(kind.schemaResource())) {
      if (in == null) {
        throw new IllegalStateException("lape-json: missing resource " + kind.schemaResource());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Jackson module with this instance's settings, for an application's own mapper. */
  public LapeModule module() {
    return new LapeModule(options);
  }

  /** Whether members the format does not define are ignored instead of being problems. */
  public boolean allowsUnknownFields() {
    return options.allowUnknownFields();
  }

  /** Whether persons' names and contact details are left out when writing. */
  public boolean omitsPersonalData() {
    return options.omitPersonalData();
  }

  /** Whether written documents are indented. */
  public boolean isPretty() {
    return options.pretty();
  }

  /** The language of rendered messages in written reports. */
  public Locale language() {
    return options.language();
  }

  /** The reading limits. */
  public JsonLimits limits() {
    return options.limits();
  }

  // ---- datasets ----

  /** The dataset document in {@code json}. */
  public Dataset readDataset(String json) {
    return reader.dataset(json);
  }

  /** The dataset document read from {@code in} to its end; the reader is not closed. */
  public Dataset readDataset(Reader in) {
    return reader.dataset(reader.text(in, LapeDocument.DATASET));
  }

  /** The dataset document read from {@code in} (UTF-8) to its end; the stream is not closed. */
  public Dataset readDataset(InputStream in) {
    return reader.dataset(reader.bytes(in, LapeDocument.DATASET));
  }

  /** The dataset document in the UTF-8 file {@code path}. */
  public Dataset readDataset(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return reader.dataset(reader.bytes(in, LapeDocument.DATASET));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The dataset document in {@code json}, with the place (JSON Pointer, line, column) of each of
   * its groups and memberships, e.g. for a report that points into the file.
   */
  public LocatedDataset readLocatedDataset(String json) {
    return reader.locatedDataset(json);
  }

  /** Like {@link #readLocatedDataset(String)}, from {@code in} (UTF-8); it is not closed. */
  public LocatedDataset readLocatedDataset(InputStream in) {
    return reader.locatedDataset(reader.text(in, LapeDocument.DATASET));
  }

  /** Like {@link #readLocatedDataset(String)}, from {@code in}; it is not closed. */
  public LocatedDataset readLocatedDataset(Reader in) {
    return reader.locatedDataset(reader.text(in, LapeDocument.DATASET));
  }

  /** Like {@link #readLocatedDataset(String)}, from the UTF-8 file {@code path}. */
  public LocatedDataset readLocatedDataset(Path path) {
    return reader.locatedDataset(text(path, LapeDocument.DATASET));
  }

  /** {@code dataset} as a canonical dataset document. */
  public String write(Dataset dataset) {
    return writer.write(Objects.requireNonNull(dataset, "dataset"), LapeDocument.DATASET);
  }

  /** Writes {@code dataset} to {@code out}; the writer is flushed, not closed. */
  public void write(Dataset dataset, Writer out) {
    writer.write(Objects.requireNonNull(dataset, "dataset"), LapeDocument.DATASET, out);
  }

  /** Writes {@code dataset} to {@code out} in UTF-8; the stream is flushed, not closed. */
  public void write(Dataset dataset, OutputStream out) {
    writer.write(Objects.requireNonNull(dataset, "dataset"), LapeDocument.DATASET, out);
  }

  /** Writes {@code dataset} to the file {@code path} in UTF-8, replacing it. */
  public void write(Dataset dataset, Path path) {
    write(Objects.requireNonNull(dataset, "dataset"), LapeDocument.DATASET, path);
  }

  // ---- policies ----

  /** The policy document in {@code json}. */
  public CoveragePolicy readPolicy(String json) {
    return reader.policy(json);
  }

  /** The policy document read from {@code in} to its end; the reader is not closed. */
  public CoveragePolicy readPolicy(Reader in) {
    return reader.policy(reader.text(in, LapeDocument.POLICY));
  }

  /** The policy document read from {@code in} (UTF-8) to its end; the stream is not closed. */
  public CoveragePolicy readPolicy(InputStream in) {
    return reader.policy(reader.text(in, LapeDocument.POLICY));
  }

  /** The policy document in the UTF-8 file {@code path}. */
  public CoveragePolicy readPolicy(Path path) {
    return reader.policy(text(path, LapeDocument.POLICY));
  }

  /** {@code policy} as a canonical policy document. */
  public String write(CoveragePolicy policy) {
    return writer.write(Objects.requireNonNull(policy, "policy"), LapeDocument.POLICY);
  }

  /** Writes {@code policy} to {@code out}; the writer is flushed, not closed. */
  public void write(CoveragePolicy policy, Writer out) {
    writer.write(Objects.requireNonNull(policy, "policy"), LapeDocument.POLICY, out);
  }

  /** Writes {@code policy} to {@code out} in UTF-8; the stream is flushed, not closed. */
  public void write(CoveragePolicy policy, OutputStream out) {
    writer.write(Objects.requireNonNull(policy, "policy"), LapeDocument.POLICY, out);
  }

  /** Writes {@code policy} to the file {@code path} in UTF-8, replacing it. */
  public void write(CoveragePolicy policy, Path path) {
    write(Objects.requireNonNull(policy, "policy"), LapeDocument.POLICY, path);
  }

  // ---- reports ----

  /**
   * The report document in {@code json}. Derived values written in the document (compliant,
   * verdict, deficit) are recomputed; one that disagrees is a problem. The rules' conclusions
   * (multidisciplinary, satisfied) are required and read as written.
   * Rendered messages and reasons are not read back: they are recomputed from the message keys.
   */
  public AssessmentReport readReport(String json) {
    return reader.report(json);
  }

  /** The report document read from {@code in} to its end; the reader is not closed. */
  public AssessmentReport readReport(Reader in) {
    return reader.report(reader.text(in, LapeDocument.REPORT));
  }

  /** The report document read from {@code in} (UTF-8) to its end; the stream is not closed. */
  public AssessmentReport readReport(InputStream in) {
    return reader.report(reader.text(in, LapeDocument.REPORT));
  }

  /** The report document in the UTF-8 file {@code path}. */
  public AssessmentReport readReport(Path path) {
    return reader.report(text(path, LapeDocument.REPORT));
  }

  /** {@code report} as a canonical report document, messages in {@link #language()}. */
  public String write(AssessmentReport report) {
    return writer.write(Objects.requireNonNull(report, "report"), LapeDocument.REPORT);
  }

  /** Writes {@code report} to {@code out}; the writer is flushed, not closed. */
  public void write(AssessmentReport report, Writer out) {
    writer.write(Objects.requireNonNull(report, "report"), LapeDocument.REPORT, out);
  }

  /** Writes {@code report} to {@code out} in UTF-8; the stream is flushed, not closed. */
  public void write(AssessmentReport report, OutputStream out) {
    writer.write(Objects.requireNonNull(report, "report"), LapeDocument.REPORT, out);
  }

  /** Writes {@code report} to the file {@code path} in UTF-8, replacing it. */
  public void write(AssessmentReport report, Path path) {
    write(Objects.requireNonNull(report, "report"), LapeDocument.REPORT, path);
  }

  /**
   * A writer of the report set document ({@code lape-report-set}) to {@code out} in UTF-8, which
   * stays open: several files' reports and problems in one document, streamed file by file.
   */
  public ReportSetWriter reportSetWriter(OutputStream out) {
    return new ReportSetWriter(writer.reportSet(Objects.requireNonNull(out, "out")));
  }

  /** Like {@link #reportSetWriter(OutputStream)}, to {@code out}, which stays open. */
  public ReportSetWriter reportSetWriter(Writer out) {
    return new ReportSetWriter(writer.reportSet(Objects.requireNonNull(out, "out")));
  }

  private String text(Path path, LapeDocument kind) {
    try (InputStream in = Files.newInputStream(path)) {
      return reader.text(in, kind);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(Object value, LapeDocument kind, Path path) {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path))) {
      writer.write(value, kind, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "LapeJson" + options;
  }

  /** Builds a {@link LapeJson}. */
  public static final class Builder {
    private boolean allowUnknownFields;
    private boolean omitPersonalData;
    private boolean pretty;
    private Locale language;
    private JsonLimits limits;

    private Builder(Options from) {
      this.allowUnknownFields = from.allowUnknownFields();
      this.omitPersonalData = from.omitPersonalData();
      this.pretty = from.pretty();
      this.language = from.language();
      this.limits = from.limits();
    }

    /** Whether members the format does not define are ignored on read (default false). */
    public Builder allowUnknownFields(boolean allow) {
      this.allowUnknownFields = allow;
      return this;
    }

    /**
     * Whether persons' names, e-mail addresses and phone numbers are left out on write (default
     * false), so that a dataset can be shared pseudonymised.
     */
    public Builder omitPersonalData(boolean omit) {
      this.omitPersonalData = omit;
      return this;
    }

    /** Whether written documents are indented (default true) or compact. */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * The language of finding messages and multidisciplinarity reasons in written reports: Finnish,
     * Swedish or English (default); other languages get English.
     */
    public Builder language(Locale language) {
      this.language = Objects.requireNonNull(language, "language");
      return this;
    }

    /** The reading limits (default {@link JsonLimits#defaults()}). */
    public Builder limits(JsonLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** The configured {@link LapeJson}. */
    public LapeJson build() {
      return new LapeJson(
          new Options(allowUnknownFields, omitPersonalData, pretty, language, limits));
    }
  }
}
