/**
 * lape's domain as immutable values: groups, members, sectors, Finland's geography, coverage
 * policies and assessment reports. No Drools, no Jackson, no logging, no run-time dependency.
 *
 * <p>{@code fi.lape.core.internal} is lape's own: exported only to lape's other modules.
 */
@SuppressWarnings("module") // the qualified exports name lape modules that may not be built
module fi.lape.core {
  // Compile time only: Immutables' annotations and the @Generated the processor adds.
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports fi.lape.core;
  exports fi.lape.core.policy;
  exports fi.lape.core.report;
  exports fi.lape.core.internal to
      fi.lape.rules,
      fi.lape.json,
      fi.lape.testkit,
      fi.lape.report,
      fi.lape.sheets,
      fi.lape.server,
      fi.lape.advisor;
}
