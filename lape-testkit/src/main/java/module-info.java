/**
 * Reproducible generators of valid LAPE data for property checks, with a small runner and a
 * minimiser; no test framework needed.
 */
module fi.lape.testkit {
  requires transitive fi.lape.core;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports fi.lape.testkit;
}
