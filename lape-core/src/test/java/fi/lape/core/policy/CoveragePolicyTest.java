package fi.lape.core.policy;

import static fi.lape.core.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Branch;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.Scope;
import fi.lape.core.Sector;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CoveragePolicyTest {
  private static final Criteria PARISH = Criteria.builder().addSector(Sector.PARISH).build();
  private static final Requirement SOTE = Requirement.builder().id("LAPE-M02")
      .addGroupKind(GroupKind.MUNICIPAL_LAPE_GROUP)
      .anyOf(Criteria.builder().addBranch(Branch.SOCIAL_HEALTH).build()).build();
  private static final Requirement NGO = Requirement.builder().id("LAPE-M04-NGO")
      .ruleId("LAPE-M04").addGroupKind(GroupKind.MUNICIPAL_LAPE_GROUP)
      .anyOf(Criteria.builder().addSector(Sector.NGO).build()).severity(Severity.WARNING).build();
  private static final Requirement M04_PARISH = Requirement.builder().id("LAPE-M04-PARISH")
      .ruleId("LAPE-M04").addGroupKind(GroupKind.MUNICIPAL_LAPE_GROUP).anyOf(PARISH)
      .severity(Severity.WARNING).build();
  private static final Requirement ORIMATTILA_PARISH = Requirement.builder()
      .id("ORIMATTILA-PARISH").addGroupKind(GroupKind.MUNICIPAL_LAPE_GROUP).municipality("560")
      .anyOf(PARISH).severity(Severity.WARNING).build();
  private static final Requirement STEERING_SOTE = Requirement.builder().id("LAPE-R01-SOTE")
      .ruleId("LAPE-R01").addGroupKind(GroupKind.REGIONAL_STEERING_GROUP)
      .anyOf(Criteria.builder().addBranch(Branch.SOCIAL_HEALTH).build()).build();

  private static CoveragePolicy.Builder policy() {
    return CoveragePolicy.builder().id("test").name("Test")
        .addRequirements(SOTE, NGO, M04_PARISH, ORIMATTILA_PARISH, STEERING_SOTE);
  }

  private static Group group(GroupKind kind, Scope scope) {
    return Group.builder().id("g").kind(kind).name("G").scope(scope).build();
  }

  private static List<String> ids(List<Requirement> requirements) {
    return requirements.stream().map(Requirement::id).collect(Collectors.toList());
  }

  @Test
  void aRequirementIdOverrideBeatsARuleIdOverrideWhichBeatsTheDefault() {
    CoveragePolicy p = policy()
        .putSeverityOverride("LAPE-M04", Severity.ERROR)
        .putSeverityOverride("LAPE-M04-PARISH", Severity.INFO)
        .build();
    assertEquals(Severity.INFO, p.severityOf(M04_PARISH));
    assertEquals(Severity.ERROR, p.severityOf(NGO));
    assertEquals(Severity.ERROR, p.severityOf(SOTE));
    assertEquals(Severity.WARNING, policy().build().severityOf(NGO));
  }

  @Test
  void theSeverityOfAFixedRuleFindingFollowsTheRuleOverride() {
    CoveragePolicy p = policy().putSeverityOverride("LAPE-M10", Severity.WARNING).build();
    assertEquals(Severity.WARNING, p.severityOf("LAPE-M10", Severity.ERROR));
    assertEquals(Severity.INFO, p.severityOf("LAPE-M13", Severity.INFO));
  }

  @Test
  void aSwitchedOffRuleSwitchesOffItsRequirements() {
    CoveragePolicy p = policy().addDisabledRule("LAPE-M04").build();
    assertFalse(p.isEnabled("LAPE-M04"));
    assertFalse(p.isEnabled(NGO));
    assertFalse(p.isEnabled(M04_PARISH));
    assertTrue(p.isEnabled(SOTE));
    assertTrue(p.isEnabled("LAPE-M13"));
  }

  @Test
  void anOptionalRuleIsOffUntilAPolicySwitchesItOn() {
    for (CoveragePolicy builtIn : Policies.all()) {
      assertFalse(builtIn.isEnabled("LAPE-L01"), builtIn.id());
      assertTrue(builtIn.isEnabled("LAPE-M10"), builtIn.id());
    }
    CoveragePolicy on = CoveragePolicy.extending(Policies.nationalBaseline()).id("balanced")
        .name("Balanced").addEnabledRule("LAPE-L01").build();
    assertTrue(on.isEnabled("LAPE-L01"));
    CoveragePolicy extended = CoveragePolicy.extending(on).id("balanced-2").name("Balanced 2")
        .build();
    assertTrue(extended.isEnabled("LAPE-L01"));
    CoveragePolicy offAgain = CoveragePolicy.builder().from(on).addDisabledRule("LAPE-L01")
        .build();
    assertFalse(offAgain.isEnabled("LAPE-L01"));
  }

  @Test
  void onlyOptionalRulesCanBeSwitchedOn() {
    assertRejected(() -> policy().addEnabledRule("LAPE-M10").build(), "enabledRules",
        "LAPE-M10", "LAPE-L01");
    assertRejected(() -> policy().addEnabledRule("OWN-01").build(), "enabledRules", "OWN-01");
  }

  @Test
  void aSwitchedOffRequirementLeavesItsSiblingsOn() {
    CoveragePolicy p = policy().addDisabledRule("LAPE-M04-PARISH").build();
    assertFalse(p.isEnabled(M04_PARISH));
    assertTrue(p.isEnabled(NGO));
    assertTrue(p.isEnabled("LAPE-M04"));
  }

  @Test
  void anUnknownCatalogueIdInASwitchOrAnOverrideIsAnErrorNamingItsPlace() {
    IllegalArgumentException off = assertThrows(IllegalArgumentException.class,
        () -> policy().addDisabledRule("LAPE-M99").build());
    assertTrue(off.getMessage().contains("disabledRules: LAPE-M99"), off.getMessage());
    IllegalArgumentException severity = assertThrows(IllegalArgumentException.class,
        () -> policy().putSeverityOverride("LAPE-X01", Severity.INFO).build());
    assertTrue(severity.getMessage().contains("severityOverrides: LAPE-X01"),
        severity.getMessage());
  }

  @Test
  void aPolicyExtendsABuiltInOne() {
    CoveragePolicy akaa = CoveragePolicy.extending(Policies.paijatHame2017())
        .id("akaa-2018").name("Akaa 2018")
        .addRequirement(Requirement.builder().id("AKAA-1").municipality("020")
            .anyOf(Criteria.builder().addSector(Sector.PARISH).build()).build())
        .build();
    assertEquals(Optional.of("paijat-hame-2017"), akaa.extendsPolicy());
    assertEquals(Policies.paijatHame2017().requirements().size() + 1,
        akaa.requirements().size());
    assertEquals(Severity.ERROR, akaa.severityOf("LAPE-M04", Severity.WARNING));
  }

  @Test
  void findsARequirementById() {
    assertEquals(Optional.of(NGO), policy().build().requirement("LAPE-M04-NGO"));
    assertEquals(Optional.empty(), policy().build().requirement("LAPE-M99"));
  }

  @Test
  void thresholdsDefaultToThreeBranchesAndTwoOrganisations() {
    CoveragePolicy p = policy().build();
    assertEquals(3, p.thresholds().minBranches());
    assertEquals(2, p.thresholds().minOrganisations());
    assertEquals(Thresholds.defaults(), p.thresholds());
  }

  @Test
  void aMalformedIdIsRejected() {
    assertRejected(() -> policy().id("my policy").build(), "policy", "'my policy'");
  }

  @Test
  void aBlankNameIsRejectedNamingThePolicy() {
    assertRejected(() -> policy().name(" ").build(), "policy test", "name is blank");
  }

  @Test
  void aRequirementIdUsedTwiceIsRejectedNamingTheIndex() {
    assertRejected(() -> policy().addRequirement(NGO).build(),
        "policy test", "requirements[5]", "LAPE-M04-NGO", "twice");
  }

  @Test
  void aMalformedOverrideKeyIsRejectedNamingTheField() {
    assertRejected(() -> policy().putSeverityOverride("LAPE M04", Severity.ERROR).build(),
        "policy test", "severityOverrides", "'LAPE M04'");
  }

  @Test
  void aMalformedDisabledRuleIsRejectedNamingTheField() {
    assertRejected(() -> policy().addDisabledRule("").build(),
        "policy test", "disabledRules", "''");
  }

  @Test
  void negativeThresholdsAreRejectedNamingTheField() {
    assertRejected(() -> Thresholds.builder().minBranches(-1).build(), "thresholds",
        "minBranches -1");
    assertRejected(() -> Thresholds.builder().minOrganisations(-2).build(), "thresholds",
        "minOrganisations -2");
  }
}
