package fi.lape.rules.testkit;

import fi.lape.testkit.GroupCase;
import fi.lape.testkit.Generators;
import fi.lape.testkit.Property;
import fi.lape.testkit.Gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.GroupKind;
import fi.lape.core.Membership;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Policies;
import fi.lape.core.policy.Requirement;
import fi.lape.core.policy.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TargetedGeneratorsTest {
  private static final CoveragePolicy BASELINE = Policies.nationalBaseline();

  /** A generated policy and a target in it, for properties over users' policies. */
  private record Targeted(CoveragePolicy policy, Requirement target, GroupCase example) {
    @Override
    public String toString() {
      return "target " + target.id() + " of " + policy + "\n" + example;
    }
  }

  private static Gen<Targeted> targetedIn(Gen<CoveragePolicy> policies,
      TriGen maker) {
    return (rng, size) -> {
      CoveragePolicy policy = policies.generate(rng, size);
      List<Requirement> usable = new ArrayList<>();
      for (Requirement r : policy.requirements()) {
        if (policy.isEnabled(r) && !(r.municipality().isPresent()
            && r.groupKinds().equals(Set.of(GroupKind.REGIONAL_STEERING_GROUP)))) {
          usable.add(r);
        }
      }
      Requirement target = usable.get(rng.nextInt(usable.size()));
      return new Targeted(policy, target, maker.gen(policy, target.id()).generate(rng, size));
    };
  }

  private interface TriGen {
    Gen<GroupCase> gen(CoveragePolicy policy, String requirementId);
  }

  @ParameterizedTest
  @EnumSource(GroupKind.class)
  void compliantGroupsMeetEveryBuiltInRequirementAndKeepTheFixedRulesQuiet(GroupKind kind) {
    for (CoveragePolicy policy : Policies.all()) {
      Property.forAllGroups(Generators.compliant(policy, kind))
          .named("compliant " + kind + " under " + policy.id())
          .cases(12)
          .check(example -> {
            assertEquals(kind, example.group().kind());
            assertEquals(List.of(), Oracle.unmet(example, policy));
            assertEquals(List.of(), FixedRules.violations(example, policy));
          });
    }
  }

  @Test
  void compliantGroupsMeetEveryRequirementOfGeneratedPolicies() {
    Gen<Object[]> gen = (rng, size) -> {
      CoveragePolicy policy = Generators.policies().generate(rng, size);
      GroupKind kind = GroupKind.values()[rng.nextInt(GroupKind.values().length)];
      return new Object[] {policy, Generators.compliant(policy, kind).generate(rng, size)};
    };
    Property.forAll(gen).named("compliant under generated policies").cases(60).check(pair -> {
      CoveragePolicy policy = (CoveragePolicy) pair[0];
      GroupCase example = (GroupCase) pair[1];
      assertEquals(List.of(), Oracle.unmet(example, policy), () -> policy + "\n" + example);
      assertEquals(List.of(), FixedRules.violations(example, policy), () -> policy + "\n" + example);
    });
  }

  @Test
  void failingLapeM04ParishFailsAloneBecauseAnNgoKeepsM03Met() {
    Property.forAllGroups(Generators.failing(BASELINE, "LAPE-M04-PARISH"))
        .named("LAPE-M04-PARISH fails alone")
        .cases(40)
        .check(example -> {
          assertEquals(List.of("LAPE-M04-PARISH"), Oracle.unmet(example, BASELINE));
          assertEquals(List.of(), FixedRules.violations(example, BASELINE));
        });
  }

  @Test
  void failingAnyErrorRequirementOfABuiltInPolicyLeavesNoOtherErrorUnmetInTheBaseline() {
    for (Requirement target : BASELINE.requirements()) {
      if (target.severity() != Severity.ERROR) {
        continue;
      }
      Property.forAllGroups(Generators.failing(BASELINE, target.id()))
          .named("only " + target.id() + " errs")
          .cases(12)
          .check(example -> {
            List<String> errors = new ArrayList<>();
            for (String id : Oracle.unmet(example, BASELINE)) {
              if (BASELINE.severityOf(BASELINE.requirement(id).orElseThrow()) == Severity.ERROR) {
                errors.add(id);
              }
            }
            assertEquals(List.of(target.id()), errors);
          });
    }
  }

  @Test
  void failingGroupsFailTheTargetAndOnlyWhatCannotBeMetWithoutIt() {
    List<CoveragePolicy> policies = Policies.all();
    for (CoveragePolicy policy : policies) {
      for (Requirement target : policy.requirements()) {
        if (!policy.isEnabled(target)) {
          continue;
        }
        Property.forAllGroups(Generators.failing(policy, target.id()))
            .named(target.id() + " fails under " + policy.id())
            .cases(10)
            .check(example -> checkFailing(policy, target, example));
      }
    }
    Property.forAll(targetedIn(Generators.policies(), Generators::failing))
        .named("failing under generated policies")
        .cases(80)
        .check(t -> checkFailing(t.policy(), t.target(), t.example()));
  }

  private static void checkFailing(CoveragePolicy policy, Requirement target, GroupCase example) {
    List<String> unmet = Oracle.unmet(example, policy);
    assertTrue(unmet.contains(target.id()), () -> unmet.toString());
    for (String id : unmet) {
      Requirement other = policy.requirement(id).orElseThrow();
      assertTrue(id.equals(target.id())
              || !FixedRules.meetableWithout(target, other, example.group().kind()),
          () -> id + " could have been met without " + target.id());
    }
    List<String> violations = FixedRules.violations(example, policy);
    assertEquals(List.of(), violations);
    Set<String> persons = new HashSet<>();
    for (Membership m : Oracle.witnesses(example, target)) {
      persons.add(m.personId());
    }
    assertTrue(persons.size() < target.minMembers());
  }

  @Test
  void failingGroupsOneShortOfSeveralPersonsSometimesSeatAWitnessTwice() {
    Requirement twoSchools = Requirement.builder().id("TWO-SCHOOLS")
        .addGroupKind(GroupKind.MUNICIPAL_LAPE_GROUP)
        .anyOf(Criteria.builder().addSector(fi.lape.core.Sector.BASIC_EDUCATION).build())
        .minMembers(2).build();
    CoveragePolicy policy = CoveragePolicy.builder().from(BASELINE).addRequirement(twoSchools)
        .build();
    int twiceSeated = 0;
    for (long seed = 0; seed < 200; seed++) {
      GroupCase example = Generators.failing(policy, "TWO-SCHOOLS").generate(seed, 10);
      List<Membership> witnesses = Oracle.witnesses(example, twoSchools);
      long persons = witnesses.stream().map(Membership::personId).distinct().count();
      assertTrue(persons <= 1, example::toString);
      if (witnesses.size() >= 2) {
        twiceSeated++;
      }
    }
    assertTrue(twiceSeated > 0, "a witness of a two-person requirement is never seated twice");
  }

  @Test
  void barelyMetRequirementsLoseCoverageWhenAnyWitnessLeaves() {
    for (CoveragePolicy policy : Policies.all()) {
      for (Requirement target : policy.requirements()) {
        Property.forAllGroups(Generators.barelyMeeting(policy, target.id()))
            .named(target.id() + " barely met under " + policy.id())
            .cases(10)
            .check(example -> checkBarely(policy, target, example));
      }
    }
    Property.forAll(targetedIn(Generators.policies(), Generators::barelyMeeting))
        .named("barely met under generated policies")
        .cases(60)
        .check(t -> checkBarely(t.policy(), t.target(), t.example()));
  }

  private static void checkBarely(CoveragePolicy policy, Requirement target, GroupCase example) {
    assertFalse(Oracle.unmet(example, policy).contains(target.id()));
    Set<String> persons = new HashSet<>();
    for (Membership m : Oracle.witnesses(example, target)) {
      persons.add(m.personId());
    }
    assertEquals(target.minMembers(), persons.size());
    for (String person : persons) {
      List<String> seats = new ArrayList<>();
      for (Membership m : example.group().memberships()) {
        if (m.personId().equals(person)) {
          seats.add(m.id());
        }
      }
      assertTrue(Oracle.unmet(example.withoutMemberships(seats), policy).contains(target.id()),
          () -> "still met without " + person);
    }
    assertEquals(List.of(), FixedRules.violations(example, policy));
  }

  @Test
  void onTheLastDayTheRequirementIsMetAndTheDayAfterItIsNot() {
    for (Requirement target : Policies.pohjoisSavo2017().requirements()) {
      CoveragePolicy policy = Policies.pohjoisSavo2017();
      Property.forAllGroups(Generators.lastDay(policy, target.id()))
          .named(target.id() + " on its last day")
          .cases(10)
          .check(example -> {
            assertFalse(Oracle.unmet(example, policy).contains(target.id()));
            for (Membership m : Oracle.witnesses(example, target)) {
              assertEquals(example.asOf(), m.term().end().orElseThrow());
            }
            GroupCase dayAfter = new GroupCase(example.dataset(), example.groupId(),
                example.asOf().plusDays(1));
            assertTrue(Oracle.unmet(dayAfter, policy).contains(target.id()));
          });
    }
  }

  @Test
  void aMembershipEndingOnTheAssessmentDateIsCommonInBarelyMetGroups() {
    int endingOnTheDay = 0;
    for (long seed = 0; seed < 100; seed++) {
      GroupCase example = Generators.barelyMeeting(BASELINE, "LAPE-M02").generate(seed, 5);
      Requirement m02 = BASELINE.requirement("LAPE-M02").orElseThrow();
      for (Membership m : Oracle.witnesses(example, m02)) {
        if (m.term().end().map(example.asOf()::equals).orElse(false)) {
          endingOnTheDay++;
        }
      }
    }
    assertTrue(endingOnTheDay > 10, endingOnTheDay + " of 100");
  }

  @Test
  void addingAnActiveMemberNeverRemovesCoverage() {
    Property.forAllGroups(Generators.groups())
        .named("adding an active member keeps coverage")
        .cases(40)
        .checkWith((example, rng) -> {
          GroupCase more = Generators.withActiveMember(example, rng);
          assertEquals(example.group().memberships().size() + 1,
              more.group().memberships().size());
          assertEquals(example.activeMemberships().size() + 1, more.activeMemberships().size());
          assertTrue(Oracle.unmet(example, BASELINE).containsAll(Oracle.unmet(more, BASELINE)));
        });
  }

  @Test
  void aMunicipalityUnknownToTheBuiltInGeographyIsAddedToTheDataset() {
    Requirement own = Requirement.builder().id("INVENTED-POLICE")
        .addGroupKind(GroupKind.MUNICIPAL_LAPE_GROUP).municipality("999")
        .anyOf(Criteria.builder().addSector(fi.lape.core.Sector.POLICE).build()).build();
    CoveragePolicy policy = CoveragePolicy.builder().from(BASELINE).addRequirement(own).build();
    Property.forAllGroups(Generators.barelyMeeting(policy, "INVENTED-POLICE"))
        .named("unknown municipality")
        .cases(10)
        .check(example -> {
          assertEquals("999", example.group().scope().municipality().orElseThrow());
          assertEquals(List.of("999"), example.dataset().municipalities().stream()
              .map(fi.lape.core.Municipality::code).toList());
          assertEquals(1, Oracle.witnesses(example, own).stream().map(Membership::personId).distinct()
              .count());
        });
    for (long seed = 0; seed < 30; seed++) {
      GroupCase example = Generators.compliant(policy, GroupKind.MUNICIPAL_LAPE_GROUP)
          .generate(seed, 10);
      assertEquals(List.of(), Oracle.unmet(example, policy));
    }
  }

  @Test
  void targetsThatCannotBeGeneratedAreRejectedWithTheReason() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> Generators.failing(BASELINE, "LAPE-X99"));
    assertTrue(unknown.getMessage().contains("LAPE-X99"));
    CoveragePolicy off = CoveragePolicy.builder().from(BASELINE).addDisabledRule("LAPE-M06")
        .build();
    assertThrows(IllegalArgumentException.class, () -> Generators.failing(off, "LAPE-M06-SCHOOL"));
    Requirement impossible = Requirement.builder().id("REGIONAL-IN-ORIMATTILA")
        .addGroupKind(GroupKind.REGIONAL_STEERING_GROUP).municipality("560")
        .anyOf(Criteria.builder().addSector(fi.lape.core.Sector.POLICE).build()).build();
    CoveragePolicy odd = CoveragePolicy.builder().from(BASELINE).addRequirement(impossible).build();
    assertThrows(IllegalArgumentException.class,
        () -> Generators.barelyMeeting(odd, "REGIONAL-IN-ORIMATTILA"));
    assertThrows(IllegalArgumentException.class,
        () -> Generators.datasets().generate(RandomGenerator.getDefault(), -1));
  }
}
