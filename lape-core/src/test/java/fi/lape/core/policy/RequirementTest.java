package fi.lape.core.policy;

import static fi.lape.core.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.GroupKind;
import fi.lape.core.Sector;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequirementTest {
  private static final Criteria PARISH = Criteria.builder().addSector(Sector.PARISH).build();

  private static Requirement.Builder orimattilaParish() {
    return Requirement.builder().id("ORIMATTILA-PARISH")
        .addGroupKind(GroupKind.MUNICIPAL_LAPE_GROUP).municipality("560").anyOf(PARISH);
  }

  @Test
  void defaultsAreOneMemberAnErrorAndNoCitation() {
    Requirement r = Requirement.builder().id("X").anyOf(PARISH).build();
    assertEquals(1, r.minMembers());
    assertEquals(Severity.ERROR, r.severity());
    assertEquals("", r.citation());
    assertEquals("X", r.ruleId());
  }

  @Test
  void aMunicipalitysOwnRequirementBelongsToM09() {
    assertEquals("LAPE-M09", orimattilaParish().build().ruleId());
  }

  @Test
  void aCatalogueIdKeepsItsOwnRuleEvenForOneMunicipality() {
    assertEquals("LAPE-M06-CLINIC",
        orimattilaParish().id("LAPE-M06-CLINIC").build().ruleId());
    assertEquals("LAPE-M06", orimattilaParish().id("LAPE-M06-CLINIC").ruleId("LAPE-M06").build()
        .ruleId());
  }

  @Test
  void aMunicipalitysOwnRequirementHasM09sCatalogueSeverity() {
    Requirement r = Requirement.builder().id("AKAA-1").municipality("020").anyOf(PARISH).build();
    assertEquals("LAPE-M09", r.ruleId());
    assertEquals(Severity.WARNING, r.severity());
    Requirement elsewhere = Requirement.builder().id("X").anyOf(PARISH).build();
    assertEquals(Severity.ERROR, elsewhere.severity());
  }

  @Test
  void aRequirementNeedsSomethingThatCounts() {
    assertThrows(IllegalArgumentException.class, () -> Requirement.builder().id("X").build());
    Requirement all = Requirement.builder().id("X")
        .addAllOf(Criteria.builder().addOrganisationKind(fi.lape.core.OrganisationKind.PARISH)
            .build())
        .build();
    assertTrue(all.anyOf().isEmpty());
  }

  @Test
  void aMalformedIdIsRejected() {
    assertRejected(() -> orimattilaParish().id("Orimattila parish").build(), "requirement",
        "'Orimattila parish'");
  }

  @Test
  void aMalformedRuleIdIsRejectedNamingTheRequirement() {
    assertRejected(() -> orimattilaParish().ruleId("LAPE M09").build(),
        "requirement ORIMATTILA-PARISH", "ruleId", "'LAPE M09'");
  }

  @Test
  void minMembersBelowOneIsRejected() {
    assertRejected(() -> orimattilaParish().minMembers(0).build(),
        "requirement ORIMATTILA-PARISH", "minMembers 0");
  }

  @Test
  void criteriaThatCountNothingAreRejected() {
    assertRejected(() -> orimattilaParish().anyOf(Criteria.builder().build()).build(),
        "requirement ORIMATTILA-PARISH", "anyOf");
  }

  @Test
  void aMalformedMunicipalityIsRejected() {
    assertRejected(() -> orimattilaParish().municipality("Orimattila").build(),
        "requirement ORIMATTILA-PARISH", "municipality", "'Orimattila'");
  }

  @Test
  void missingCriteriaAreRejectedNamingTheField() {
    assertRejected(() -> Requirement.builder().id("X").build(), "requirement X", "anyOf");
  }
}
