package fi.lape.rules.properties;

import fi.lape.core.policy.CoveragePolicy;
import fi.lape.testkit.Gen;
import fi.lape.testkit.Generators;
import fi.lape.testkit.GroupCase;
import fi.lape.testkit.Minimiser;
import fi.lape.testkit.Property;

/**
 * A generated group case with the policy to assess it under; minimising shrinks the group and
 * keeps the policy.
 *
 * @param policy the policy
 * @param example the group case
 */
record PolicyCase(CoveragePolicy policy, GroupCase example) {
  /** A random group of any kind under a built-in or generated policy. */
  static final Gen<PolicyCase> ANY_GROUP = (rng, size) -> new PolicyCase(
      Assessments.POLICIES.generate(rng, size), Generators.groups().generate(rng, size));

  /** A property over {@code gen} whose failures are minimised with {@link Minimiser}. */
  static Property<PolicyCase> forAll(Gen<PolicyCase> gen) {
    return Property.forAll(gen).minimisedBy((failing, stillFails) -> new PolicyCase(
        failing.policy(), Minimiser.minimise(failing.example(),
            c -> stillFails.test(new PolicyCase(failing.policy(), c)))));
  }

  @Override
  public String toString() {
    return "policy " + policy.id() + "\n" + example;
  }
}
