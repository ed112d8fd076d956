package fi.lape.rules.testkit;

import fi.lape.testkit.GroupCase;
import fi.lape.testkit.Generators;
import fi.lape.testkit.Property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.Sector;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Policies;
import fi.lape.core.policy.Requirement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example of the README's section "Property checks (lape-testkit)", kept runnable. */
class ReadmeExampleTest {
  // README example starts
  @Test
  void aGroupWithoutAParishMissesOnlyTheParish() {
    CoveragePolicy policy = Policies.nationalBaseline();
    Property.forAllGroups(Generators.failing(policy, "LAPE-M04-PARISH"))
        .named("only the parish is missing")
        .cases(60)
        .check(example -> assertEquals(List.of("LAPE-M04-PARISH"), Oracle.unmet(example, policy)));
  }

  @Test
  void compliantGroupsStayCompliantInAnyOrder() {
    CoveragePolicy policy = Policies.paijatHame2017();
    Property.forAllGroups(Generators.compliant(policy, GroupKind.MUNICIPAL_LAPE_GROUP))
        .named("order does not matter")
        .checkWith((example, rng) ->
            assertEquals(List.of(), Oracle.unmet(example.shuffled(rng), policy)));
  }
  // README example ends

  // README bug example starts
  /** An app's helper with a bug: it counts seats where it should count persons. */
  static boolean hasTwoSchoolPeople(Group group, LocalDate day) {
    return group.activeMemberships(day).stream()
        .filter(m -> m.sectors().contains(Sector.BASIC_EDUCATION))
        .count() >= 2;
  }

  static void checkTheHelper() {
    Requirement twoSchools = Requirement.builder().id("TWO-SCHOOLS")
        .addGroupKind(GroupKind.MUNICIPAL_LAPE_GROUP)
        .anyOf(Criteria.builder().addSector(Sector.BASIC_EDUCATION).build())
        .minMembers(2)
        .build();
    CoveragePolicy policy = CoveragePolicy.builder().from(Policies.nationalBaseline())
        .addRequirement(twoSchools).build();
    Property.forAllGroups(Generators.failing(policy, "TWO-SCHOOLS"))
        .named("groups failing TWO-SCHOOLS do not have two school people")
        .check(example -> assertFalse(hasTwoSchoolPeople(example.group(), example.asOf())));
  }
  // README bug example ends

  @Test
  void theSeatCountingBugIsShownAsOnePersonInTwoSeats() {
    AssertionError e = assertThrows(AssertionError.class, ReadmeExampleTest::checkTheHelper);
    String message = e.getMessage();
    assertTrue(message.contains("-Dlape.seed=0x"), message);
    String example = message.substring(message.indexOf("Minimised example:"));
    // Two seats the helper counts and the rules do not: one person's two seats, or (a deputy
    // never counts) two deputies.
    assertTrue(example.contains(": 2 memberships, 2 active; dataset of 1 groups, "), message);
  }

  @Test
  void aWrongExpectationFailsWithTheSeedAndASmallExample() {
    CoveragePolicy policy = Policies.nationalBaseline();
    AssertionError e = assertThrows(AssertionError.class, () ->
        Property.forAllGroups(Generators.failing(policy, "LAPE-M03"))
            .named("only LAPE-M03 is missing")
            .check(example -> assertEquals(List.of("LAPE-M03"), Oracle.unmet(example, policy))));
    assertTrue(e.getMessage().contains("-Dlape.seed=0x"), e.getMessage());
    // Without an NGO or a parish, LAPE-M04's two warnings are unmet as well; the minimised group
    // keeps no member at all of the civil society or a parish.
    assertTrue(e.getCause().getMessage().contains("LAPE-M04-NGO"), e.getCause().getMessage());
  }
}
