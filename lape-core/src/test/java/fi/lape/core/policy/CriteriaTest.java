package fi.lape.core.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.GroupKind;
import fi.lape.core.OrganisationKind;
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
}
