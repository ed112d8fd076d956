/**
 * Reports of lape assessments: {@link fi.lape.report.ReportWriter} writes the assessments of one
 * or more datasets ({@link fi.lape.report.AssessedSource}) as a self-contained HTML page for
 * people, or as SARIF 2.1.0 or JUnit XML for pipelines ({@link fi.lape.report.ReportFormat}).
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false))
package fi.lape.report;

import org.immutables.value.Value;
