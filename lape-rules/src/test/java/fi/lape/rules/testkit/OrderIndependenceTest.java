package fi.lape.rules.testkit;

import fi.lape.testkit.GroupCase;
import fi.lape.testkit.Generators;
import fi.lape.testkit.Property;
import fi.lape.testkit.Gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fi.lape.core.Group;
import fi.lape.core.Membership;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Policies;
import fi.lape.core.policy.Requirement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Core's helpers and the testkit's counting answer the same whatever the order of the data. */
class OrderIndependenceTest {
  @Test
  void coverageAndActiveMembershipsIgnoreTheOrderOfGroupsMembershipsAndSectors() {
    Gen<Object[]> gen = (rng, size) -> new Object[] {
        Generators.policies().generate(rng, size), Generators.groups().generate(rng, size)};
    Property.forAll(gen)
        .named("counting ignores order")
        .cases(60)
        .checkWith((pair, rng) -> {
          CoveragePolicy policy = (CoveragePolicy) pair[0];
          GroupCase example = (GroupCase) pair[1];
          GroupCase shuffled = example.shuffled(rng);
          for (Group g : example.dataset().groups()) {
            Group same = shuffled.dataset().group(g.id()).orElseThrow();
            assertEquals(set(g.memberships()), set(same.memberships()));
            assertEquals(set(g.links()), set(same.links()));
            assertEquals(g.maintainerIds(), same.maintainerIds());
          }
          assertEquals(set(example.activeMemberships()), set(shuffled.activeMemberships()));
          assertEquals(Oracle.unmet(example, policy), Oracle.unmet(shuffled, policy));
          for (Requirement r : policy.requirements()) {
            assertEquals(set(Oracle.witnesses(example, r)), set(Oracle.witnesses(shuffled, r)));
          }
          for (Membership m : example.group().memberships()) {
            Membership same = shuffled.group().membership(m.id()).orElseThrow();
            assertEquals(m, same);
            assertEquals(m.branches(), same.branches());
          }
        });
  }

  @Test
  void shufflingChangesTheOrderButNotTheContent() {
    GroupCase example = Generators.groups().generate(3L, 30);
    GroupCase shuffled = example.shuffled(new SplittableRandom(1));
    List<String> before = example.dataset().groups().stream().map(Group::id).toList();
    List<String> after = shuffled.dataset().groups().stream().map(Group::id).toList();
    assertNotEquals(before, after);
    assertEquals(Set.copyOf(before), Set.copyOf(after));
    assertEquals(Set.copyOf(example.dataset().persons()), Set.copyOf(shuffled.dataset().persons()));
    assertEquals(example.group().memberships().size(), shuffled.group().memberships().size());
    assertEquals(Oracle.unmet(example, Policies.nationalBaseline()),
        Oracle.unmet(shuffled, Policies.nationalBaseline()));
  }

  private static <T> Set<T> set(List<T> values) {
    return new HashSet<>(values);
  }
}
