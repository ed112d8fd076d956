package fi.lape.json;

import java.util.Optional;

/**
 * The three lape JSON documents. Every document starts with its {@linkplain #formatName() format
 * name} and {@linkplain #version() version}, e.g. {@code "format": "lape-dataset", "version":
 * "1.0"}; its JSON Schema (draft 2020-12) ships in this jar under {@link #schemaResource()}.
 *
 * <pre>{@code
 * String schema = LapeJson.schema(LapeDocument.POLICY);
 * LapeDocument.byFormatName("lape-report"); // Optional[REPORT]
 * }</pre>
 */
public enum LapeDocument {
  /** Regions, municipalities, organisations, persons and groups: {@code fi.lape.core.Dataset}. */
  DATASET("lape-dataset", "dataset"),
  /** A coverage policy: {@code fi.lape.core.policy.CoveragePolicy}. */
  POLICY("lape-policy", "policy"),
  /** An assessment report: {@code fi.lape.core.report.AssessmentReport}. */
  REPORT("lape-report", "report");

  /**
   * The class-path resource of the JSON Schema of the report set document ({@code
   * lape-report-set}), which {@link ReportSetWriter} writes for several dataset files.
   */
  public static final String REPORT_SET_SCHEMA_RESOURCE =
      "/fi/lape/json/schema/report-set-1.schema.json";

  private static final String VERSION = "1.0";
  private static final String MAJOR = "1";

  private final String formatName;
  private final String shortName;

  LapeDocument(String formatName, String shortName) {
    this.formatName = formatName;
    this.shortName = shortName;
  }

  /** The value of the document's {@code format} member, e.g. {@code lape-dataset}. */
  public String formatName() {
    return formatName;
  }

  /** The format version this library writes and reads, {@code 1.0}. */
  public String version() {
    return VERSION;
  }

  /**
   * The class-path resource of the document's JSON Schema, stable across releases of the same
   * major version, e.g. {@code /fi/lape/json/schema/dataset-1.schema.json}.
   */
  public String schemaResource() {
    return "/fi/lape/json/schema/" + shortName + "-" + MAJOR + ".schema.json";
  }

  /**
   * The schema's {@code $id}, e.g. {@code https://lape.fi/schema/dataset-1.schema.json}: an
   * absolute URL, which every validator loads (ajv, Python's jsonschema, networknt). It names the
   * schema; the schema itself comes from this jar or {@code lape schema}.
   */
  public String schemaId() {
    return "https://lape.fi/schema/" + shortName + "-" + MAJOR + ".schema.json";
  }

  /** The document kind whose format name is {@code formatName}. */
  public static Optional<LapeDocument> byFormatName(String formatName) {
    for (LapeDocument kind : values()) {
      if (kind.formatName.equals(formatName)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
