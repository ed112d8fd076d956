package fi.lape.report;

/** What {@link ReportWriter} writes. */
public enum ReportFormat {
  /**
   * One self-contained HTML page for people: no scripts, no network, inline CSS, A4 when printed.
   */
  HTML,
  /** SARIF 2.1.0 for code-scanning pipelines: one result per finding. */
  SARIF,
  /** JUnit XML for CI test reports: one test case per group, a failure per error finding. */
  JUNIT
}
