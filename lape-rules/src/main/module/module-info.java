/**
 * Assesses LAPE groups with Drools: the rule catalogue compiled into Drools' executable model when
 * lape is built, and users' own DRL compiled at run time.
 *
 * <p>The module is open: Drools instantiates the rule classes it generated into lape's packages by
 * reflection, and their package names are Drools' choice.
 */
@SuppressWarnings("requires-automatic") // Drools 10 ships automatic modules
open module fi.lape.rules {
  requires transitive fi.lape.core;
  requires org.slf4j;
  requires org.kie.api;
  requires org.drools.canonicalmodel;
  requires org.drools.modelcompiler;
  requires org.drools.core;
  // Run-time DRL compilation only (GroupAssessor.builder().addRules(...)).
  requires static org.drools.model.codegen;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports fi.lape.rules;
  exports fi.lape.rules.facts;
}
