package fi.lape.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Branch;
import fi.lape.core.Dataset;
import fi.lape.core.Duty;
import fi.lape.core.GroupKind;
import fi.lape.core.GroupLink;
import fi.lape.core.Membership;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import fi.lape.core.policy.CoveragePolicy;

import fi.lape.core.policy.Policies;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class MinimiserTest {
  /** Test predicates over the data only: which rules would say so is lape-rules' business. */
  private static boolean twoSotePersons(GroupCase c) {
    Set<String> persons = new HashSet<>();
    for (Membership m : c.activeMemberships()) {
      if (m.sectors().stream().anyMatch(s -> s.branch() == Branch.SOCIAL_HEALTH)) {
        persons.add(m.personId());
      }
    }
    return persons.size() >= 2;
  }

  @Test
  void shrinksToExactlyTheMembershipsAndSectorsThePredicateNeeds() {
    Property.forAll(Generators.compliant(Policies.nationalBaseline(),
            GroupKind.MUNICIPAL_LAPE_GROUP))
        .named("minimiser finds the two sote members")
        .cases(60)
        .check(example -> {
          if (!twoSotePersons(example)) {
            return;
          }
          GroupCase small = Minimiser.minimise(example, MinimiserTest::twoSotePersons);
          assertTrue(twoSotePersons(small));
          assertEquals(2, small.group().memberships().size(), small::toString);
          for (Membership m : small.group().memberships()) {
            assertEquals(1, m.sectors().size(), small::toString);
            assertEquals(Set.of(), m.voices());
            assertEquals(Set.of(), m.duties());
          }
          assertEquals(List.of(), small.group().links());
          assertEquals(1, small.dataset().groups().size(), "other groups removed");
          assertTrue(small.dataset().persons().size() <= 2);
          assertEquals(example.groupId(), small.groupId());
          assertEquals(example.asOf(), small.asOf());
          assertEquals(example.group().kind(), small.group().kind());
          assertEquals(small.dataset(), Dataset.builder().from(small.dataset()).build());
        });
  }

  @Test
  void theResultIsOneMinimalNoSingleRemovalKeepsThePredicate() {
    CoveragePolicy baseline = Policies.nationalBaseline();
    // Holds while the group has a voice somehow (member or link) and at least three members.
    Predicate<GroupCase> holds = c -> (voiced(c) > 0 || !c.group().links().isEmpty())
        && c.activeMemberships().size() >= 3;
    Property.forAllGroups(Generators.barelyMeeting(baseline, "LAPE-M05"))
        .named("minimiser result is 1-minimal")
        .cases(40)
        .check(example -> {
          if (!holds.test(example)) {
            return;
          }
          GroupCase small = Minimiser.minimise(example, holds);
          assertTrue(holds.test(small));
          assertEquals(3, small.group().memberships().size(), small::toString);
          for (GroupCase smaller : singleRemovals(small)) {
            assertFalse(holds.test(smaller), () -> "could shrink further to\n" + smaller);
          }
          assertTrue(voiced(small) <= 1 || small.group().links().isEmpty());
        });
  }

  private static long voiced(GroupCase c) {
    return c.activeMemberships().stream().filter(m -> !m.voices().isEmpty()).count();
  }

  @Test
  void refusesAnExampleForWhichThePredicateDoesNotHold() {
    GroupCase example = Generators.groups().generate(1L, 5);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Minimiser.minimise(example, c -> false));
    assertTrue(e.getMessage().contains("does not hold"));
  }

  @Test
  void keepsDeputiesValidWhenTheMembershipTheyDeputiseForGoes() {
    Property.forAll(Generators.groups())
        .named("minimising never builds an invalid dataset")
        .cases(60)
        .check(example -> {
          boolean hasDeputy = example.group().memberships().stream()
              .anyMatch(m -> m.deputyOf().isPresent());
          if (!hasDeputy) {
            return;
          }
          Predicate<GroupCase> deputyStays = c -> c.group().memberships().stream()
              .anyMatch(m -> m.role() == fi.lape.core.Role.DEPUTY_MEMBER);
          GroupCase small = Minimiser.minimise(example, deputyStays);
          assertEquals(1, small.group().memberships().size());
          assertTrue(small.group().memberships().get(0).deputyOf().isEmpty());
        });
  }

  /** Every case with exactly one membership, sector, voice, duty or link less. */
  private static List<GroupCase> singleRemovals(GroupCase c) {
    List<GroupCase> out = new ArrayList<>();
    List<Membership> all = c.group().memberships();
    for (int i = 0; i < all.size(); i++) {
      Membership removed = all.get(i);
      out.add(c.withoutMemberships(List.of(removed.id())));
      for (Sector s : removed.sectors()) {
        out.add(replace(c, i, Membership.builder().from(removed)
            .sectors(without(removed.sectors(), s)).build()));
      }
      for (Voice v : removed.voices()) {
        out.add(replace(c, i, Membership.builder().from(removed)
            .voices(without(removed.voices(), v)).build()));
      }
      for (Duty d : removed.duties()) {
        out.add(replace(c, i, Membership.builder().from(removed)
            .duties(without(removed.duties(), d)).build()));
      }
    }
    for (GroupLink link : c.group().links()) {
      List<GroupLink> rest = new ArrayList<>(c.group().links());
      rest.remove(link);
      out.add(c.withGroup(fi.lape.core.Group.builder().from(c.group()).links(rest).build()));
    }
    return out;
  }

  private static GroupCase replace(GroupCase c, int index, Membership m) {
    List<Membership> all = new ArrayList<>(c.group().memberships());
    all.set(index, m);
    return c.withMemberships(all);
  }

  private static <T> List<T> without(Set<T> values, T value) {
    List<T> rest = new ArrayList<>(values);
    rest.remove(value);
    return rest;
  }
}
