/**
 * lape-advisor: whom to invite so that a LAPE group complies, what a planned change would do, and
 * the JSON documents of suggestions, changes, what-if answers and compliance timelines.
 */
module fi.lape.advisor {
  requires transitive fi.lape.core;
  requires transitive fi.lape.rules;
  requires tools.jackson.databind;
  requires org.slf4j;

  exports fi.lape.advisor;
  // Jackson binds the documents' classes by reflection.
  opens fi.lape.advisor.internal to tools.jackson.databind;
  opens fi.lape.advisor to tools.jackson.databind;
}
