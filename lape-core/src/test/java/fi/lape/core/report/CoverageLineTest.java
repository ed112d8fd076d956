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
  void enoughDistinctPersonsSatisfyTheRequirement() {
    CoverageLine l = line(2).addWitnessIds("m1", "m2", "m3").distinctPersons(2).build();
    assertTrue(l.satisfied());
    assertEquals(0, l.deficit());
  }

  @Test
  void theDeficitIsHowManyMorePersonsAreNeeded() {
    CoverageLine l = line(3).addWitnessIds("m1", "m2").distinctPersons(1).build();
    assertFalse(l.satisfied());
    assertEquals(2, l.deficit());
    CoverageLine none = line(1).distinctPersons(0).build();
    assertFalse(none.satisfied());
    assertEquals(1, none.deficit());
  }

  @Test
  void aQualifyingLinkedGroupSatisfiesItWithoutMembers() {
    CoverageLine l = line(1).distinctPersons(0).addLinkedGroupId("orimattila-youth").build();
    assertTrue(l.satisfied());
    assertEquals(0, l.deficit());
  }

  @Test
  void satisfiedAndDeficitCannotBeSetByHand() {
    CoverageLine l = line(1).distinctPersons(0).build();
    CoverageLine copy = CoverageLine.builder().from(l).distinctPersons(1).addWitnessId("m1")
        .build();
    assertTrue(copy.satisfied());
  }

  @Test
  void aRequiredCountBelowOneIsRejectedNamingTheRequirement() {
    assertRejected(() -> line(0).distinctPersons(0).build(), "coverage line LAPE-M02",
        "required 0");
  }

  @Test
  void moreDistinctPersonsThanWitnessesIsRejected() {
    assertRejected(() -> line(1).addWitnessId("m1").distinctPersons(2).build(),
        "coverage line LAPE-M02", "distinctPersons 2", "1 witnesses");
    assertRejected(() -> line(1).distinctPersons(-1).build(), "coverage line LAPE-M02",
        "distinctPersons -1");
  }
}
