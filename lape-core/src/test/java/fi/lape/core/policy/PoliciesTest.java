package fi.lape.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Branch;
import fi.lape.core.Duty;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.Scope;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PoliciesTest {
  private static final Group KUOPIO_LAPE = Group.builder().id("kuopio-lape")
      .kind(GroupKind.MUNICIPAL_LAPE_GROUP).name("Kuopion LAPE-ryhmä")
      .scope(Scope.municipality("297")).build();
  private static final Group PH_STEERING = Group.builder().id("ph-steering")
      .kind(GroupKind.REGIONAL_STEERING_GROUP).name("Päijät-Hämeen LAPE-ohjausryhmä")
      .scope(Scope.region("07")).build();

  private static List<String> ruleIds(CoveragePolicy policy) {
    return policy.requirements().stream().map(Requirement::ruleId).distinct()
        .collect(Collectors.toList());
  }

  private static Requirement requirement(CoveragePolicy policy, String id) {
    return policy.requirement(id).orElseThrow(() -> new AssertionError(id + " missing"));
  }

  @Test
  void theBuiltInsHaveStableIdsAndAreFoundById() {
    assertEquals(List.of("national-baseline", "paijat-hame-2017", "pohjois-savo-2017"),
        Policies.all().stream().map(CoveragePolicy::id).collect(Collectors.toList()));
    assertSame(Policies.nationalBaseline(), Policies.byId(Policies.NATIONAL_BASELINE).orElseThrow());
    assertSame(Policies.paijatHame2017(), Policies.byId("paijat-hame-2017").orElseThrow());
    assertSame(Policies.pohjoisSavo2017(), Policies.byId("pohjois-savo-2017").orElseThrow());
    assertEquals(Optional.empty(), Policies.byId("uusimaa-2017"));
  }

  @Test
  void theBaselineCoversTheRequirementDrivenCatalogueRulesExceptTheRegionalAndMunicipalOnes() {
    assertEquals(List.of("LAPE-M01", "LAPE-M02", "LAPE-M03", "LAPE-M04", "LAPE-M05", "LAPE-M06",
        "LAPE-R01", "LAPE-R02"), ruleIds(Policies.nationalBaseline()));
    for (Requirement r : Policies.nationalBaseline().requirements()) {
      Rule rule = Rule.byId(r.ruleId()).orElseThrow();
      assertTrue(rule.isRequirementDriven(), r.id());
      assertTrue(r.id().startsWith(rule.id()), r.id());
      assertEquals(rule.citation(), r.citation(), r.id());
      assertTrue(rule.groupKinds().containsAll(r.groupKinds()), r.id());
    }
  }

  @Test
  void theBaselineKeepsTheCatalogueSeverities() {
    CoveragePolicy p = Policies.nationalBaseline();
    assertTrue(p.severityOverrides().isEmpty());
    assertTrue(p.disabledRules().isEmpty());
    assertEquals(Severity.ERROR, p.severityOf(requirement(p, "LAPE-M01")));
    assertEquals(Severity.WARNING, p.severityOf(requirement(p, "LAPE-M04-NGO")));
    assertEquals(Severity.WARNING, p.severityOf(requirement(p, "LAPE-M04-PARISH")));
    assertEquals(Severity.ERROR, p.severityOf(requirement(p, "LAPE-M05")));
    assertEquals(Severity.WARNING, p.severityOf(requirement(p, "LAPE-M05-PARENTS")));
    assertEquals(Severity.WARNING, p.severityOf(requirement(p, "LAPE-M06-CLINIC")));
    assertEquals(Severity.WARNING, p.severityOf(requirement(p, "LAPE-R02-PARISH")));
  }

  @Test
  void theResidentsVoiceIsHeardByAMemberOrALinkedVoiceGroup() {
    Criteria voice = requirement(Policies.nationalBaseline(), "LAPE-M05").anyOf();
    assertEquals(java.util.Set.of(Voice.CHILDREN, Voice.YOUNG_PEOPLE, Voice.PARENTS),
        voice.voices());
    for (GroupKind kind : List.of(GroupKind.YOUTH_COUNCIL, GroupKind.PARENTS_ADVISORY_GROUP,
        GroupKind.YOUTH_ADVISORY_GROUP, GroupKind.PUPIL_COUNCIL, GroupKind.PARENTS_ASSOCIATION,
        GroupKind.CUSTOMER_PANEL)) {
      assertTrue(voice.linkedGroupKinds().contains(kind), kind.code());
    }
    assertFalse(voice.linkedGroupKinds().contains(GroupKind.MEETING_PLACE));
    Criteria children = requirement(Policies.nationalBaseline(), "LAPE-M05-CHILDREN").anyOf();
    assertTrue(children.linkedGroupKinds().contains(GroupKind.PUPIL_COUNCIL));
    assertFalse(children.linkedGroupKinds().contains(GroupKind.YOUTH_COUNCIL));
  }

  @Test
  void theUniversalServicesAreTheClinicAndTheSchool() {
    CoveragePolicy p = Policies.nationalBaseline();
    assertEquals(java.util.Set.of(Sector.CHILD_HEALTH_CLINIC),
        requirement(p, "LAPE-M06-CLINIC").anyOf().sectors());
    assertEquals(java.util.Set.of(Sector.BASIC_EDUCATION),
        requirement(p, "LAPE-M06-SCHOOL").anyOf().sectors());
    assertEquals(java.util.Set.of(Branch.CIVIL_SOCIETY, Branch.PARISH),
        requirement(p, "LAPE-M03").anyOf().branches());
  }

  @Test
  void m12IsOnlyInPohjoisSavo() {
    assertFalse(ruleIds(Policies.nationalBaseline()).contains("LAPE-M12"));
    assertFalse(ruleIds(Policies.paijatHame2017()).contains("LAPE-M12"));
    Requirement m12 = requirement(Policies.pohjoisSavo2017(), "LAPE-M12");
    assertEquals("LAPE-M12", m12.ruleId());
    assertEquals(java.util.Set.of(Duty.MEETING_PLACE_RESPONSIBLE), m12.anyOf().duties());
    assertEquals(Severity.WARNING, Policies.pohjoisSavo2017().severityOf(m12));
    assertEquals(java.util.Set.of(GroupKind.MUNICIPAL_LAPE_GROUP), m12.groupKinds());
    assertEquals(java.util.Optional.of("11"), m12.region());
  }

  @Test
  void pohjoisSavoIsTheBaselinePlusM12() {
    List<Requirement> expected = new java.util.ArrayList<>(
        Policies.nationalBaseline().requirements());
    expected.add(requirement(Policies.pohjoisSavo2017(), "LAPE-M12"));
    assertEquals(expected, Policies.pohjoisSavo2017().requirements());
    assertTrue(Policies.pohjoisSavo2017().severityOverrides().isEmpty());
  }

  @Test
  void paijatHameMakesNgoAndParishCoverageErrors() {
    CoveragePolicy p = Policies.paijatHame2017();
    assertEquals(Policies.nationalBaseline().requirements(), p.requirements());
    for (String id : List.of("LAPE-M04-NGO", "LAPE-M04-PARISH", "LAPE-R02-NGO",
        "LAPE-R02-PARISH")) {
      assertEquals(Severity.ERROR, p.severityOf(requirement(p, id)), id);
    }
    assertEquals(Severity.WARNING, p.severityOf(requirement(p, "LAPE-M06-SCHOOL")));
    assertEquals(Severity.WARNING, p.severityOf(requirement(p, "LAPE-M05-CHILDREN")));
  }

  @Test
  void everyBuiltInHasADescription() {
    for (CoveragePolicy p : Policies.all()) {
      assertFalse(p.description().orElse("").isBlank(), p.id());
      assertFalse(p.name().isBlank(), p.id());
    }
  }
}
