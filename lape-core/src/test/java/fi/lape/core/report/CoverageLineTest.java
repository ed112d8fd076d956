package fi.lape.core.report;

import static fi.lape.core.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Branch;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Severity;
import org.junit.jupiter.api.Test;

class CoverageLineTest {
  private static CoverageLine.Builder line(int required) {
    return CoverageLine.builder().requirementId("LAPE-M02").ruleId("LAPE-M02")
        .severity(Severity.ERROR).required(required)
        .wouldSatisfy(Criteria.builder().addBranch(Branch.SOCIAL_HEALTH).build());
  }

  @Test
  void satisfiedIsTheRulesConclusionAsSet() {
    CoverageLine l = line(2).addWitnessIds("m1", "m2", "m3").distinctPersons(2).satisfied(true)
        .build();
    assertTrue(l.satisfied());
    assertEquals(0, l.deficit());
  }

  @Test
  void theDeficitIsHowManyMorePersonsAreNeeded() {
    CoverageLine l = line(3).addWitnessIds("m1", "m2").distinctPersons(1).satisfied(false)
        .build();
    assertFalse(l.satisfied());
    assertEquals(2, l.deficit());
    CoverageLine none = line(1).distinctPersons(0).satisfied(false).build();
    assertEquals(1, none.deficit());
    CoverageLine organisationsShort = line(1).addWitnessId("m1").distinctPersons(1)
        .requiredOrganisations(2).distinctOrganisations(1).satisfied(false).build();
    assertEquals(0, organisationsShort.deficit());
  }

  @Test
  void aLinkedGroupLineIsSatisfiedWithoutMembers() {
    CoverageLine l = line(1).distinctPersons(0).addLinkedGroupId("orimattila-youth")
        .satisfied(true).build();
    assertEquals(0, l.deficit());
  }

  @Test
  void aRequiredCountBelowOneIsRejectedNamingTheRequirement() {
    assertRejected(() -> line(0).distinctPersons(0).satisfied(false).build(), "coverage line LAPE-M02",
        "required 0");
  }

  @Test
  void moreDistinctPersonsThanWitnessesIsRejected() {
    assertRejected(() -> line(1).addWitnessId("m1").distinctPersons(2).satisfied(true).build(),
        "coverage line LAPE-M02", "distinctPersons 2", "1 witnesses");
    assertRejected(() -> line(1).distinctPersons(-1).satisfied(false).build(), "coverage line LAPE-M02",
        "distinctPersons -1");
  }
}
