/**
 * lape's JSON exchange format: reading and writing datasets, policies and assessment reports with
 * Jackson 3, their JSON Schemas, and {@link fi.lape.json.LapeModule} for applications' own
 * mappers (found by {@code findAndAddModules()} through the service below).
 */
module fi.lape.json {
  requires transitive fi.lape.core;
  requires transitive tools.jackson.databind;
  requires tools.jackson.core;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports fi.lape.json;
  // Jackson may bind lape-json's own internal types by reflection.
  opens fi.lape.json.internal to tools.jackson.databind;

  provides tools.jackson.databind.JacksonModule with fi.lape.json.LapeModule;
}
