package fi.lape.rules;

import static fi.lape.rules.Check.added;
import static fi.lape.rules.Check.assess;
import static fi.lape.rules.Check.changed;
import static fi.lape.rules.Check.findings;
import static fi.lape.rules.Check.line;
import static fi.lape.rules.Check.none;
import static fi.lape.rules.Check.only;
import static fi.lape.rules.Check.without;
import static fi.lape.rules.SeedData.AKAA_LAPE;
import static fi.lape.rules.SeedData.AKAA_PROJECT;
import static fi.lape.rules.SeedData.DAY;
import static fi.lape.rules.SeedData.KUOPIO_LAPE;
import static fi.lape.rules.SeedData.ORIMATTILA_LAPE;
import static fi.lape.rules.SeedData.ORIMATTILA_PANEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.Duty;
import fi.lape.core.GroupKind;
import fi.lape.core.Role;
import fi.lape.core.Sector;
import fi.lape.core.Term;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Policies;
import fi.lape.core.policy.Requirement;
import fi.lape.core.policy.Severity;
import fi.lape.core.policy.Thresholds;
import fi.lape.core.report.CoverageLine;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The municipal LAPE group's rules, LAPE-M01..M13, on the seed situations. */
class MunicipalRulesTest {

  @Test
  void theSeedLapeGroupsAreCompliantAndMultidisciplinaryWithoutAnyFinding() {
    Dataset seeds = SeedData.dataset();
    for (String id : List.of(ORIMATTILA_LAPE, AKAA_LAPE, KUOPIO_LAPE)) {
      GroupAssessment assessment = assess(seeds, id);
      assertTrue(assessment.isCompliant(), id);
      assertTrue(assessment.multidisciplinarity().multidisciplinary(), id);
      assertEquals(List.of(), assessment.findings(), id);
    }
  }

  @Nested
  class M01 {
    @Test
    void firesWhenNoActiveMemberRepresentsEducationAndCulture() {
      GroupAssessment a = assess(without(ORIMATTILA_LAPE, "ori-m1", "ori-m2", "ori-m7"),
          ORIMATTILA_LAPE);
      Finding f = only(a, "LAPE-M01");
      assertEquals(Severity.ERROR, f.severity());
      assertEquals("LAPE-M01", f.requirementId().orElseThrow());
      assertFalse(a.isCompliant());
      assertEquals(List.of("LAPE-M01"), a.multidisciplinarity().failedRules());
      assertFalse(a.multidisciplinarity().multidisciplinary());
    }

    @Test
    void isQuietAndNamesTheWitnessesWhenEducationIsCovered() {
      GroupAssessment a = assess(SeedData.dataset(), ORIMATTILA_LAPE);
      none(a, "LAPE-M01");
      CoverageLine line = line(a, "LAPE-M01");
      assertTrue(line.satisfied());
      assertEquals(List.of("ori-m1", "ori-m2", "ori-m7"), line.witnessIds());
      assertEquals(3, line.distinctPersons());
      assertEquals(Policies.nationalBaseline().requirement("LAPE-M01").orElseThrow().anyOf(),
          line.wouldSatisfy());
    }
  }

  @Nested
  class M02 {
    @Test
    void firesWhenTheSoteMembersTermsHaveEnded() {
      Term ended = Term.of(SeedData.SINCE, LocalDate.of(2017, 10, 31));
      Dataset dataset = changed(changed(ORIMATTILA_LAPE, "ori-m3", m -> m.term(ended)),
          ORIMATTILA_LAPE, "ori-m6", m -> m.term(ended));
      GroupAssessment a = assess(dataset, ORIMATTILA_LAPE);
      assertEquals(Severity.ERROR, only(a, "LAPE-M02").severity());
      assertEquals(1, line(a, "LAPE-M02").deficit());
      assertEquals(List.of("LAPE-M02"), a.multidisciplinarity().failedRules());
    }

    @Test
    void isQuietWhileTheSoteMembersAreActive() {
      GroupAssessment a = assess(SeedData.dataset(), ORIMATTILA_LAPE);
      none(a, "LAPE-M02");
      assertEquals(List.of("ori-m3", "ori-m6"), line(a, "LAPE-M02").witnessIds());
    }
  }

  @Nested
  class M03 {
    @Test
    void firesWithoutParishAndNgo() {
      GroupAssessment a = assess(without(ORIMATTILA_LAPE, "ori-m4", "ori-m5"), ORIMATTILA_LAPE);
      assertEquals(Severity.ERROR, only(a, "LAPE-M03").severity());
      assertEquals(2, findings(a, "LAPE-M04").size());
    }

    @Test
    void isQuietWithTheParishAlone() {
      GroupAssessment a = assess(without(ORIMATTILA_LAPE, "ori-m5"), ORIMATTILA_LAPE);
      none(a, "LAPE-M03");
      assertEquals(List.of("ori-m4"), line(a, "LAPE-M03").witnessIds());
    }
  }

  @Nested
  class M04 {
    @Test
    void warnsWhenTheNgoIsMissingAndIsAnErrorInPaijatHame() {
      Dataset noMll = without(ORIMATTILA_LAPE, "ori-m5");
      Finding warning = only(assess(noMll, ORIMATTILA_LAPE), "LAPE-M04");
      assertEquals(Severity.WARNING, warning.severity());
      assertEquals("LAPE-M04-NGO", warning.requirementId().orElseThrow());
      assertEquals("finding.LAPE-M04.NGO", warning.messageKey());
      GroupAssessment strict = assess(Policies.paijatHame2017(), noMll, ORIMATTILA_LAPE, DAY);
      assertEquals(Severity.ERROR, only(strict, "LAPE-M04").severity());
      assertFalse(strict.isCompliant());
    }

    @Test
    void isQuietWithBothNgoAndParish() {
      none(assess(Policies.paijatHame2017(), SeedData.dataset(), ORIMATTILA_LAPE, DAY),
          "LAPE-M04");
    }
  }

  @Nested
  class M05 {
    /** Akaa's LAPE group staffed like its project steering group: no residents yet (seed 002). */
    private Dataset noResidents() {
      return Check.group(AKAA_LAPE, g -> g.memberships(g.build().memberships().stream()
          .filter(m -> m.voices().isEmpty()).toList()).links(List.of()));
    }

    @Test
    void firesWithNoResidentMemberAndNoLinkedVoiceGroup() {
      GroupAssessment a = assess(noResidents(), AKAA_LAPE);
      List<Finding> m05 = findings(a, "LAPE-M05");
      assertEquals(List.of("LAPE-M05", "LAPE-M05-CHILDREN", "LAPE-M05-PARENTS",
          "LAPE-M05-YOUNG_PEOPLE"), m05.stream().map(f -> f.requirementId().orElseThrow()).toList());
      assertEquals(Severity.ERROR, m05.get(0).severity());
      assertTrue(m05.subList(1, 4).stream().allMatch(f -> f.severity() == Severity.WARNING));
      assertEquals(List.of("LAPE-M05"), a.multidisciplinarity().failedRules());
    }

    @Test
    void isQuietForTheProjectSteeringGroupItself() {
      GroupAssessment project = assess(SeedData.dataset(), AKAA_PROJECT);
      none(project, "LAPE-M05");
      assertEquals(List.of(), project.coverage());
    }

    @Test
    void aLinkedYouthCouncilHearsResidentsButOnlyYoungPeople() {
      Dataset linked = Check.group(AKAA_LAPE, g -> g.memberships(g.build().memberships().stream()
          .filter(m -> m.voices().isEmpty()).toList()));
      GroupAssessment a = assess(linked, AKAA_LAPE);
      CoverageLine main = line(a, "LAPE-M05");
      assertTrue(main.satisfied());
      assertEquals(List.of(SeedData.AKAA_YOUTH_COUNCIL), main.linkedGroupIds());
      assertEquals(0, main.distinctPersons());
      assertEquals(List.of("LAPE-M05-CHILDREN", "LAPE-M05-PARENTS"), findings(a, "LAPE-M05")
          .stream().map(f -> f.requirementId().orElseThrow()).toList());
      assertTrue(a.isCompliant());
    }
  }

  @Nested
  class M06 {
    @Test
    void warnsWhenTheChildHealthClinicIsMissing() {
      GroupAssessment a = assess(without(KUOPIO_LAPE, "kuo-m2"), KUOPIO_LAPE);
      Finding f = only(a, "LAPE-M06");
      assertEquals("LAPE-M06-CLINIC", f.requirementId().orElseThrow());
      assertEquals(Severity.WARNING, f.severity());
    }

    @Test
    void isQuietWithClinicAndSchool() {
      none(assess(SeedData.dataset(), KUOPIO_LAPE), "LAPE-M06");
    }
  }

  @Nested
  class M07 {
    @Test
    void warnsWhenTheSoteSideOfTheMunicipalInterfaceIsMissing() {
      Finding f = only(assess(without(KUOPIO_LAPE, "kuo-m2"), KUOPIO_LAPE), "LAPE-M07");
      assertEquals("finding.LAPE-M07.municipalSote", f.messageKey());
      assertEquals(Severity.WARNING, f.severity());
    }

    @Test
    void warnsWhenCivilSocietyAndParishesAreMissing() {
      List<Finding> found = findings(assess(without(KUOPIO_LAPE, "kuo-m3", "kuo-m4"),
          KUOPIO_LAPE), "LAPE-M07");
      assertEquals(List.of("finding.LAPE-M07.publicCivil"),
          found.stream().map(Finding::messageKey).toList());
    }

    @Test
    void warnsWithOnlyOneMunicipalSector() {
      Finding f = only(assess(without(KUOPIO_LAPE, "kuo-m5"), KUOPIO_LAPE), "LAPE-M07");
      assertEquals("finding.LAPE-M07.municipalSectors", f.messageKey());
      assertEquals(List.of("1"), f.arguments());
    }

    @Test
    void isQuietWhenEveryInterfaceHasBothSides() {
      none(assess(SeedData.dataset(), KUOPIO_LAPE), "LAPE-M07");
    }
  }

  @Nested
  class M08 {
    private final CoveragePolicy fiveOrganisations = CoveragePolicy.builder()
        .from(Policies.nationalBaseline()).id("five-organisations")
        .thresholds(Thresholds.builder().minOrganisations(5).build()).build();

    @Test
    void firesWhenTooFewOrganisationsTakePart() {
      GroupAssessment a = assess(fiveOrganisations, SeedData.dataset(), KUOPIO_LAPE, DAY);
      Finding f = only(a, "LAPE-M08");
      assertEquals(Severity.ERROR, f.severity());
      assertEquals(List.of("5", "3", "4", "5"), f.arguments());
      assertFalse(a.multidisciplinarity().multidisciplinary());
      assertEquals(List.of(), a.multidisciplinarity().failedRules());
      assertFalse(a.isCompliant());
    }

    @Test
    void isQuietWhenMultidisciplinary() {
      GroupAssessment a = assess(SeedData.dataset(), KUOPIO_LAPE);
      none(a, "LAPE-M08");
      assertTrue(a.multidisciplinarity().multidisciplinary());
      assertEquals(4, a.multidisciplinarity().organisations());
    }

    @Test
    void switchedOffItLeavesTheVerdictOfMultidisciplinarity() {
      CoveragePolicy off = CoveragePolicy.builder().from(fiveOrganisations)
          .addDisabledRule("LAPE-M08").build();
      GroupAssessment a = assess(off, SeedData.dataset(), KUOPIO_LAPE, DAY);
      none(a, "LAPE-M08");
      assertFalse(a.multidisciplinarity().multidisciplinary());
      assertTrue(a.isCompliant());
    }

    @Test
    void isNotReportedForOtherKindsOfGroup() {
      GroupAssessment project = assess(SeedData.dataset(), AKAA_PROJECT);
      none(project, "LAPE-M08");
      assertFalse(project.multidisciplinarity().multidisciplinary());
    }
  }

  @Nested
  class M09 {
    private CoveragePolicy orimattila(int maintainers) {
      return CoveragePolicy.builder().from(Policies.nationalBaseline()).id("orimattila")
          .addRequirement(Requirement.builder().id("ORIMATTILA-PANEL").municipality("560")
              .addGroupKind(GroupKind.MUNICIPAL_LAPE_GROUP)
              .anyOf(Criteria.builder().addDuty(Duty.PANEL_MAINTAINER).build())
              .minMembers(maintainers).severity(Severity.WARNING)
              .citation("Orimattila: the panel's maintainers sit in the LAPE group (seed 000)")
              .build())
          .build();
    }

    @Test
    void warnsWhenTheMunicipalitysOwnRequirementIsNotMet() {
      GroupAssessment a = assess(orimattila(5), SeedData.dataset(), ORIMATTILA_LAPE, DAY);
      Finding f = only(a, "LAPE-M09");
      assertEquals("ORIMATTILA-PANEL", f.requirementId().orElseThrow());
      assertEquals(Severity.WARNING, f.severity());
      assertEquals("Orimattila: the panel's maintainers sit in the LAPE group (seed 000)",
          f.citation());
      assertEquals(1, line(a, "ORIMATTILA-PANEL").deficit());
    }

    @Test
    void isQuietWhenMetAndDoesNotApplyToOtherMunicipalities() {
      none(assess(orimattila(4), SeedData.dataset(), ORIMATTILA_LAPE, DAY), "LAPE-M09");
      GroupAssessment akaa = assess(orimattila(5), SeedData.dataset(), AKAA_LAPE, DAY);
      assertTrue(akaa.coverage().stream().noneMatch(l -> l.requirementId().startsWith("ORI")));
    }
  }

  @Nested
  class M10 {
    @Test
    void twoChairsAtOnceAreAnError() {
      GroupAssessment a = assess(changed(ORIMATTILA_LAPE, "ori-m7", m -> m.role(Role.CHAIR)),
          ORIMATTILA_LAPE);
      Finding f = only(a, "LAPE-M10");
      assertEquals(Severity.ERROR, f.severity());
      assertEquals(List.of("ori-m1", "ori-m7"), f.membershipIds());
      assertEquals(List.of("ori-1", "ori-7"), f.personIds());
    }

    @Test
    void noChairIsAWarning() {
      Finding f = only(assess(changed(ORIMATTILA_LAPE, "ori-m1", m -> m.role(Role.MEMBER)),
          ORIMATTILA_LAPE), "LAPE-M10");
      assertEquals(Severity.WARNING, f.severity());
      assertEquals("finding.LAPE-M10.none", f.messageKey());
    }

    @Test
    void isQuietWithOneChairEvenWhenAFormerChairsTermHasEnded() {
      Dataset handOver = added(ORIMATTILA_LAPE, SeedData.member("ori-m11", "ori-10")
          .role(Role.CHAIR).organisationId("orimattila").addSector(Sector.CULTURE_LEISURE)
          .term(Term.of(SeedData.SINCE, LocalDate.of(2017, 5, 31))).build());
      none(assess(handOver, ORIMATTILA_LAPE), "LAPE-M10");
    }
  }

  @Nested
  class M11 {
    @Test
    void warnsWhenAPanelMaintainerHasNoMemberInTheLapeGroup() {
      Finding f = only(assess(without(ORIMATTILA_LAPE, "ori-m5"), ORIMATTILA_LAPE), "LAPE-M11");
      assertEquals(List.of("1", "mll-orimattila", "0"), f.arguments());
      assertEquals(Severity.WARNING, f.severity());
    }

    @Test
    void isQuietWhenTheMaintainersSitInTheLapeGroup() {
      none(assess(SeedData.dataset(), ORIMATTILA_LAPE), "LAPE-M11");
    }
  }

  @Nested
  class M12 {
    @Test
    void warnsInPohjoisSavoWhenNobodyIsResponsibleForMeetingPlaces() {
      Dataset nobody = changed(KUOPIO_LAPE, "kuo-m5", m -> m.duties(List.of()));
      Finding f = only(assess(Policies.pohjoisSavo2017(), nobody, KUOPIO_LAPE, DAY), "LAPE-M12");
      assertEquals(Severity.WARNING, f.severity());
      assertTrue(f.citation().startsWith("Kohtaamispaikkojen kehittäminen Pohjois-Savossa"),
          f.citation());
    }

    @Test
    void isQuietWithTheResponsiblePersonAndOutsidePohjoisSavosPolicy() {
      GroupAssessment a = assess(Policies.pohjoisSavo2017(), SeedData.dataset(), KUOPIO_LAPE, DAY);
      none(a, "LAPE-M12");
      assertEquals(List.of("kuo-m5"), line(a, "LAPE-M12").witnessIds());
      Dataset nobody = changed(KUOPIO_LAPE, "kuo-m5", m -> m.duties(List.of()));
      none(assess(nobody, KUOPIO_LAPE), "LAPE-M12");
    }
  }

  @Nested
  class M13 {
    @Test
    void advisesToCoordinateWithAnUnlinkedProjectSteeringGroup() {
      Dataset unlinked = Check.group(AKAA_LAPE, g -> g.links(g.build().links().stream()
          .filter(l -> !l.groupId().equals(AKAA_PROJECT)).toList()));
      Finding f = only(assess(unlinked, AKAA_LAPE), "LAPE-M13");
      assertEquals(Severity.INFO, f.severity());
      assertEquals("finding.LAPE-M13.remit", f.messageKey());
      assertEquals(List.of("1", AKAA_PROJECT, "0"), f.arguments());
    }

    @Test
    void advisesWhenAnotherGroupSharesHalfTheMembers() {
      Dataset shared = added(ORIMATTILA_PANEL, SeedData.member("ori-p20", "ori-1")
          .organisationId("orimattila").addSector(Sector.BASIC_EDUCATION).build());
      Finding f = only(assess(shared, ORIMATTILA_LAPE), "LAPE-M13");
      assertEquals("finding.LAPE-M13.members", f.messageKey());
      assertEquals(List.of("1", ORIMATTILA_PANEL, "0", "10"), f.arguments());
    }

    @Test
    void isQuietWhenLinkedAndSharingLessThanHalf() {
      none(assess(SeedData.dataset(), AKAA_LAPE), "LAPE-M13");
      none(assess(SeedData.dataset(), ORIMATTILA_LAPE), "LAPE-M13");
    }
  }

  @Test
  void aMemberRepresentingTwoSectorsCountsOnceTowardARequirementOfTwoMembers() {
    CoveragePolicy twoEducators = CoveragePolicy.builder().from(Policies.nationalBaseline())
        .id("two").addRequirement(Requirement.builder().id("TWO-EDUCATORS")
            .addGroupKind(GroupKind.MUNICIPAL_LAPE_GROUP)
            .anyOf(Criteria.builder().addSector(Sector.BASIC_EDUCATION)
                .addSector(Sector.OPEN_EARLY_CHILDHOOD_EDUCATION).build())
            .minMembers(2).build())
        .build();
    // kuo-1 teaches and runs open early childhood education, alone or in a second seat.
    Dataset oneSeat = changed(without(KUOPIO_LAPE, "kuo-m5"), KUOPIO_LAPE, "kuo-m1",
        m -> m.addSector(Sector.OPEN_EARLY_CHILDHOOD_EDUCATION));
    Dataset twoSeats = added(KUOPIO_LAPE, SeedData.member("kuo-m7", "kuo-1")
        .organisationId("kuopio").addSector(Sector.OPEN_EARLY_CHILDHOOD_EDUCATION).build());
    twoSeats = SeedData.with(twoSeats, KUOPIO_LAPE, g -> g.memberships(g.build().memberships()
        .stream().filter(m -> !m.id().equals("kuo-m5")).toList()));
    for (Dataset dataset : List.of(oneSeat, twoSeats)) {
      GroupAssessment a = assess(twoEducators, dataset, KUOPIO_LAPE, DAY);
      assertEquals(1, line(a, "TWO-EDUCATORS").deficit());
      Finding f = only(a, "TWO-EDUCATORS");
      assertEquals("finding.requirement", f.messageKey());
      assertEquals(List.of("TWO-EDUCATORS", "1", "2", "1", "0"), f.arguments());
    }
    assertEquals(List.of("kuo-m1", "kuo-m7"),
        line(assess(twoEducators, twoSeats, KUOPIO_LAPE, DAY), "TWO-EDUCATORS").witnessIds());
    GroupAssessment twoPersons = assess(twoEducators, SeedData.dataset(), KUOPIO_LAPE, DAY);
    assertTrue(line(twoPersons, "TWO-EDUCATORS").satisfied());
    none(twoPersons, "TWO-EDUCATORS");
  }

  @Test
  void aMemberWhoseTermHasNotStartedCountsAsAbsent() {
    Dataset later = changed(KUOPIO_LAPE, "kuo-m6", m -> m.term(Term.from(DAY.plusDays(1))));
    GroupAssessment a = assess(later, KUOPIO_LAPE);
    assertEquals(4, findings(a, "LAPE-M05").size());
    assertEquals(0, line(a, "LAPE-M05").distinctPersons());
    GroupAssessment next = Check.BASELINE.assess(later, KUOPIO_LAPE, DAY.plusDays(1));
    assertTrue(next.isCompliant());
  }
}
