package fi.lape.core.policy;

import static fi.lape.core.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
  void aSwitchedOffRequirementLeavesItsSiblingsOn() {
    CoveragePolicy p = policy().addDisabledRule("LAPE-M04-PARISH").build();
    assertFalse(p.isEnabled(M04_PARISH));
    assertTrue(p.isEnabled(NGO));
    assertTrue(p.isEnabled("LAPE-M04"));
  }

  @Test
  void requirementsForAGroupFollowItsKindMunicipalityAndSwitchesInPolicyOrder() {
    CoveragePolicy p = policy().build();
    assertEquals(List.of("LAPE-M02", "LAPE-M04-NGO", "LAPE-M04-PARISH", "ORIMATTILA-PARISH"),
        ids(p.requirementsFor(group(GroupKind.MUNICIPAL_LAPE_GROUP, Scope.municipality("560")))));
    assertEquals(List.of("LAPE-M02", "LAPE-M04-NGO", "LAPE-M04-PARISH"),
        ids(p.requirementsFor(group(GroupKind.MUNICIPAL_LAPE_GROUP, Scope.municipality("098")))));
    assertEquals(List.of("LAPE-R01-SOTE"),
        ids(p.requirementsFor(group(GroupKind.REGIONAL_STEERING_GROUP, Scope.region("07")))));
    assertEquals(List.of(),
        ids(p.requirementsFor(group(GroupKind.CUSTOMER_PANEL, Scope.municipality("560")))));
    CoveragePolicy off = policy().addDisabledRule("LAPE-M09").addDisabledRule("LAPE-M04-NGO")
        .build();
    assertEquals(List.of("LAPE-M02", "LAPE-M04-PARISH"),
        ids(off.requirementsFor(group(GroupKind.MUNICIPAL_LAPE_GROUP, Scope.municipality("560")))));
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
