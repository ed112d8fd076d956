package fi.lape.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Branch;
import fi.lape.core.GroupKind;
import fi.lape.core.OrganisationKind;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Criteria are data; whether a membership counts is decided by lape-rules (RequirementRulesTest). */
class CriteriaTest {
  @Test
  void emptyCriteriaListNothing() {
    assertTrue(Criteria.builder().build().isEmpty());
  }

  @Test
  void anOrganisationKindOrALinkedKindIsSomething() {
    assertFalse(Criteria.builder().addOrganisationKind(OrganisationKind.NGO).build().isEmpty());
    assertFalse(Criteria.builder().addLinkedGroupKind(GroupKind.YOUTH_COUNCIL).build().isEmpty());
  }

  @Test
  void describesWhatCountsInTheLanguageAskedForOrganisationKindsAndLinkedGroupsIncluded() {
    Criteria c = Criteria.builder().addBranch(Branch.CIVIL_SOCIETY)
        .addOrganisationKind(OrganisationKind.PARISH).addLinkedGroupKind(GroupKind.YOUTH_COUNCIL)
        .build();
    Locale fi = Locale.forLanguageTag("fi");
    assertEquals(Branch.CIVIL_SOCIETY.displayName(fi) + " / "
        + OrganisationKind.PARISH.displayName(fi) + " / yhteys ryhmään ("
        + GroupKind.YOUTH_COUNCIL.displayName(fi) + ")", c.describe(fi));
  }
}
