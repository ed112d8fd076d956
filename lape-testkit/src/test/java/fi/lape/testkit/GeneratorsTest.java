package fi.lape.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.Geography;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.Membership;
import fi.lape.core.Organisation;
import fi.lape.core.Person;
import fi.lape.core.policy.CoveragePolicy;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GeneratorsTest {
  private static final Geography BUILT_IN = Geography.builtIn();

  @Test
  void generatedDatasetsAreValidUseOnlyBuiltInCodesAndHaveEveryGroupKind() {
    Property.forAll(Generators.datasets())
        .named("generated datasets are valid")
        .cases(150)
        .check(dataset -> {
          assertEquals(dataset, Dataset.builder().from(dataset).build(), "rebuilds unchanged");
          assertEquals(List.of(), dataset.municipalities(), "no codes beyond the built-in ones");
          assertEquals(List.of(), dataset.regions());
          EnumSet<GroupKind> kinds = EnumSet.noneOf(GroupKind.class);
          for (Group g : dataset.groups()) {
            kinds.add(g.kind());
            g.scope().municipality().ifPresent(c -> assertTrue(BUILT_IN.municipality(c).isPresent(), c));
            g.scope().region().ifPresent(c -> assertTrue(BUILT_IN.region(c).isPresent(), c));
          }
          assertEquals(EnumSet.allOf(GroupKind.class), kinds);
          for (Organisation o : dataset.organisations()) {
            o.municipality().ifPresent(c -> assertTrue(BUILT_IN.municipality(c).isPresent(), c));
            o.region().ifPresent(c -> assertTrue(BUILT_IN.region(c).isPresent(), c));
          }
          assertFalse(dataset.hasPersonalData());
        });
  }

  @Test
  void theSameSeedAndSizeGiveAnEqualValue() {
    for (long seed = 0; seed < 20; seed++) {
      assertEquals(Generators.datasets().generate(seed, 25), Generators.datasets().generate(seed, 25));
      assertEquals(Generators.policies().generate(seed, 5), Generators.policies().generate(seed, 5));
      assertEquals(Generators.groups().generate(seed, 12), Generators.groups().generate(seed, 12));
    }
    assertNotEquals(Generators.datasets().generate(1, 25), Generators.datasets().generate(2, 25));
  }

  @ParameterizedTest
  @EnumSource(GroupKind.class)
  void randomGroupsHaveTheAskedKindAndActiveAndInactiveMemberships(GroupKind kind) {
    int active = 0;
    int inactive = 0;
    for (long seed = 0; seed < 40; seed++) {
      GroupCase example = Generators.groups(kind).generate(seed, 20);
      assertEquals(kind, example.group().kind());
      for (Membership m : example.group().memberships()) {
        if (m.isActiveOn(example.asOf())) {
          active++;
        } else {
          inactive++;
        }
      }
    }
    assertTrue(active > 0 && inactive > 0, active + " active, " + inactive + " inactive");
  }

  @Test
  void personalDataIsGeneratedOnlyWhenAskedAndNeverDescribed() {
    Property.forAll(Generators.datasetsWithPersonalData())
        .named("fake personal data stays out of descriptions")
        .cases(40)
        .check(dataset -> {
          Set<String> secrets = Generators.personalData(dataset);
          assertTrue(dataset.persons().stream().allMatch(p -> p.name().isPresent()));
          assertFalse(secrets.isEmpty());
          for (Group g : dataset.groups()) {
            String described = new GroupCase(dataset, g.id(), LocalDate.of(2018, 1, 1)).toString();
            for (String secret : secrets) {
              assertFalse(described.contains(secret), "described a person's personal data");
            }
          }
          assertEquals(Set.of(), Generators.personalData(dataset.withoutPersonalData()));
        });
    for (long seed = 0; seed < 20; seed++) {
      assertFalse(Generators.persons().generate(seed, 0).hasPersonalData());
      assertTrue(Generators.personsWithPersonalData().generate(seed, 0).name().isPresent());
    }
  }

  @Test
  void generatedPoliciesAreValidAndVaried() {
    Property.forAll(Generators.policies())
        .named("generated policies are valid")
        .cases(200)
        .check(policy -> assertEquals(policy, CoveragePolicy.builder().from(policy).build()));
    Set<Integer> requirementCounts = new java.util.HashSet<>();
    Set<String> overridden = new java.util.HashSet<>();
    for (long seed = 0; seed < 100; seed++) {
      CoveragePolicy policy = Generators.policies().generate(seed, 10);
      requirementCounts.add(policy.requirements().size());
      overridden.addAll(policy.severityOverrides().keySet());
    }
    assertTrue(requirementCounts.size() > 3, "requirement counts " + requirementCounts);
    assertTrue(overridden.size() > 5, "overrides " + overridden);
  }

  @Test
  void singleValuesAreValidAndMembershipTermsTakeEveryShape() {
    LocalDate day = LocalDate.of(2018, 3, 1);
    int endsOnTheDay = 0;
    int startsOnTheDay = 0;
    int inactive = 0;
    for (long seed = 0; seed < 300; seed++) {
      Organisation o = Generators.organisations().generate(seed, 0);
      assertFalse(o.sectors().isEmpty(), o.id());
      Person p = Generators.persons().generate(seed, 0);
      assertTrue(p.id().startsWith("p-"));
      Membership m = Generators.memberships(day).generate(seed, 0);
      endsOnTheDay += m.term().end().map(day::equals).orElse(false) ? 1 : 0;
      startsOnTheDay += m.term().start().equals(day) ? 1 : 0;
      inactive += m.isActiveOn(day) ? 0 : 1;
    }
    assertTrue(endsOnTheDay > 0 && startsOnTheDay > 0 && inactive > 0);
  }

  @Test
  void generatorsTerminateOnAnExhaustedFuzzerThatOnlyGivesZeros() {
    RandomGenerator zeros = () -> 0L;
    for (int size : new int[] {0, 1, 7, 30}) {
      Dataset dataset = Generators.datasets().generate(zeros, size);
      assertFalse(dataset.groups().isEmpty());
      Generators.policies().generate(zeros, size);
      for (GroupKind kind : GroupKind.values()) {
        Generators.groups(kind).generate(zeros, size);
        Generators.compliant(fi.lape.core.policy.Policies.nationalBaseline(), kind)
            .generate(zeros, size);
      }
      Generators.failing(fi.lape.core.policy.Policies.nationalBaseline(), "LAPE-M05")
          .generate(zeros, size);
    }
  }
}
