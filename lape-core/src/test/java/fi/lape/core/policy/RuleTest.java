package fi.lape.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.GroupKind;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleTest {
  @Test
  void idsAreStableUniqueAndNamedAfterTheConstant() {
    Set<String> ids = new HashSet<>();
    for (Rule rule : Rule.values()) {
      assertEquals("LAPE-" + rule.name(), rule.id());
      assertTrue(ids.add(rule.id()), rule.id());
      assertEquals(Optional.of(rule), Rule.byId(rule.id()));
    }
    assertEquals(25, ids.size());
    assertEquals(Optional.empty(), Rule.byId("M01"));
  }

  @Test
  void everyRuleCitesItsSource() {
    for (Rule rule : Rule.values()) {
      assertFalse(rule.citation().isBlank(), rule.id());
      assertFalse(rule.groupKinds().isEmpty(), rule.id());
    }
    // Sources are cited by their title and date, never by an internal file number.
    assertTrue(Rule.M12.citation().startsWith("Kohtaamispaikkojen kehittäminen Pohjois-Savossa"
        + " 11.12.2017: "), Rule.M12.citation());
    assertTrue(Rule.A02.citation().startsWith("Neuvonantajavanhemmat (LAPE Päijät-Häme), syksy"
        + " 2017: "), Rule.A02.citation());
    assertTrue(Rule.M01.citation().startsWith("Päijät-Hämeen LAPE-ohjausryhmä 10.10.2017: "),
        Rule.M01.citation());
    // The data-integrity rules rest on lape's own guide, which is in the repository.
    assertTrue(Rule.D01.citation().contains("docs/DOMAIN.md"), Rule.D01.citation());
    for (Rule rule : Rule.values()) {
      assertFalse(rule.citation().contains("seed"), rule.id() + ": " + rule.citation());
    }
  }

  @Test
  void defaultSeveritiesFollowTheCatalogue() {
    assertEquals(Severity.ERROR, Rule.M01.defaultSeverity());
    assertEquals(Severity.WARNING, Rule.M04.defaultSeverity());
    assertEquals(Severity.INFO, Rule.M13.defaultSeverity());
    assertEquals(Severity.WARNING, Rule.M12.defaultSeverity());
    assertEquals(Severity.INFO, Rule.R04.defaultSeverity());
    assertEquals(Severity.ERROR, Rule.D01.defaultSeverity());
  }

  @Test
  void dataIntegrityRulesLookAtEveryKindAndOthersAtTheirOwn() {
    assertEquals(Set.of(GroupKind.values()), Rule.D01.groupKinds());
    assertEquals(Set.of(GroupKind.MUNICIPAL_LAPE_GROUP), Rule.M01.groupKinds());
    assertEquals(Set.of(GroupKind.PARENTS_ADVISORY_GROUP, GroupKind.YOUTH_ADVISORY_GROUP),
        Rule.A01.groupKinds());
    assertEquals(Set.of(GroupKind.CUSTOMER_PANEL), Rule.C01.groupKinds());
  }

  @Test
  void theGenderBalanceIsAnOptionalStatutoryRuleOfThePlanningBodies() {
    assertTrue(Rule.L01.isOptional());
    assertEquals(1, java.util.Arrays.stream(Rule.values()).filter(Rule::isOptional).count());
    assertTrue(Rule.L01.citation().startsWith("Laki naisten ja miesten välisestä tasa-arvosta"
        + " (609/1986) 4 a §: "), Rule.L01.citation());
    assertEquals(Set.of(GroupKind.REGIONAL_STEERING_GROUP, GroupKind.MUNICIPAL_LAPE_GROUP,
        GroupKind.PROJECT_STEERING_GROUP), Rule.L01.groupKinds());
    assertEquals(Severity.ERROR, Rule.L01.defaultSeverity("members"));
    assertEquals(Severity.ERROR, Rule.L01.defaultSeverity("deputies"));
    for (String advice : List.of("membersUnknown", "deputiesUnknown", "membersWaived",
        "deputiesWaived")) {
      assertTrue(Rule.L01.isAdvice(advice), advice);
      assertEquals(Severity.INFO, Rule.L01.defaultSeverity(advice), advice);
    }
    assertFalse(Rule.M10.isAdvice("none"));
  }
}
