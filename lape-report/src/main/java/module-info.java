/**
 * Renders lape's assessments for people and pipelines: a self-contained HTML report, SARIF 2.1.0
 * and JUnit XML. See {@link fi.lape.report.ReportWriter}.
 */
module fi.lape.report {
  requires transitive fi.lape.core;
  requires transitive fi.lape.json;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires gg.jte.runtime;
  requires java.xml;
  requires static org.immutables.value.annotations;
  // The compiled templates carry @javax.annotation.processing.Generated (source retention).
  requires static java.compiler;

  exports fi.lape.report;
  // jte finds the templates it compiled at build time by reflection.
  opens fi.lape.report.internal.html to gg.jte.runtime;
}
