package fi.lape.rules;

import static fi.lape.rules.Check.added;
import static fi.lape.rules.Check.assess;
import static fi.lape.rules.Check.changed;
import static fi.lape.rules.Check.findings;
import static fi.lape.rules.Check.none;
import static fi.lape.rules.Check.only;
import static fi.lape.rules.Check.without;
import static fi.lape.rules.SeedData.DAY;
import static fi.lape.rules.SeedData.INTAKE_1;
import static fi.lape.rules.SeedData.ORIMATTILA_LAPE;
import static fi.lape.rules.SeedData.ORIMATTILA_PANEL;
import static fi.lape.rules.SeedData.PH_PARENTS;
import static fi.lape.rules.SeedData.PH_STEERING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.MeetingDay;
import fi.lape.core.Membership;
import fi.lape.core.Organisation;
import fi.lape.core.OrganisationKind;
import fi.lape.core.Role;
import fi.lape.core.Scope;
import fi.lape.core.Sector;
import fi.lape.core.Term;
import fi.lape.core.TimeSlot;
import fi.lape.core.Voice;
import fi.lape.core.policy.Policies;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The regional steering group, advisory group, panel and data-integrity rules. */
class OtherRulesTest {

  @Test
  void theSeedSteeringGroupPanelAndAdvisoryGroupHaveNoWarningOrError() {
    Dataset seeds = SeedData.dataset();
    assertEquals(List.of(), assess(seeds, PH_STEERING).findings());
    assertEquals(List.of(), assess(seeds, ORIMATTILA_PANEL).findings());
    GroupAssessment parents = assess(seeds, PH_PARENTS);
    assertEquals(List.of("LAPE-A03"), parents.findings().stream().map(Finding::ruleId).toList());
  }

  private static Dataset withOrganisation(Organisation organisation) {
    return Dataset.builder().from(SeedData.dataset()).addOrganisation(organisation).build();
  }

  /** A municipal LAPE group of {@code municipality} with one member nobody else has. */
  private static Group lapeGroup(String id, String municipality) {
    return Group.builder().id(id).kind(GroupKind.MUNICIPAL_LAPE_GROUP).name("LAPE " + id)
        .scope(Scope.municipality(municipality))
        .addMembership(SeedData.member(id + "-m1", "ph-12").role(Role.CHAIR).build())
        .build();
  }

  @Nested
  class R01 {
    @Test
    void firesWhenTheSteeringGroupHasNoSoteMember() {
      GroupAssessment a = assess(without(PH_STEERING, "ph-s1"), PH_STEERING);
      Finding f = only(a, "LAPE-R01");
      assertEquals("LAPE-R01-SOCIAL_HEALTH", f.requirementId().orElseThrow());
      assertEquals(Severity.ERROR, f.severity());
      assertFalse(a.isCompliant());
    }

    @Test
    void isQuietWithSiviSoteAndCivilSociety() {
      none(assess(SeedData.dataset(), PH_STEERING), "LAPE-R01");
    }
  }

  @Nested
  class R02 {
    @Test
    void warnsWithoutParishesAndIsAnErrorInPaijatHame() {
      Dataset noParish = without(PH_STEERING, "ph-s4");
      Finding f = only(assess(noParish, PH_STEERING), "LAPE-R02");
      assertEquals("LAPE-R02-PARISH", f.requirementId().orElseThrow());
      assertEquals(Severity.WARNING, f.severity());
      assertEquals(Severity.ERROR, only(Check.assess(Policies.paijatHame2017(), noParish,
          PH_STEERING, DAY), "LAPE-R02").severity());
    }

    @Test
    void isQuietWithNgosAndParishes() {
      none(assess(SeedData.dataset(), PH_STEERING), "LAPE-R02");
    }
  }

  @Nested
  class R03 {
    @Test
    void warnsAboutAMunicipalLapeGroupOfTheRegionWithoutASteeringGroupMember() {
      Dataset hollola = SeedData.plus(SeedData.dataset(), lapeGroup("hollola-lape", "098"));
      Finding f = only(assess(hollola, PH_STEERING), "LAPE-R03");
      assertEquals(List.of("1", "hollola-lape", "0"), f.arguments());
      assertEquals(Severity.WARNING, f.severity());
    }

    @Test
    void isQuietWhenASteeringGroupMemberSitsInTheMunicipalGroup() {
      none(assess(SeedData.dataset(), PH_STEERING), "LAPE-R03");
    }

    @Test
    void followsIittiFromKymenlaaksoToPaijatHameIn2021() {
      Dataset iitti = SeedData.plus(SeedData.dataset(), lapeGroup("iitti-lape", "142"));
      none(Check.BASELINE.assess(iitti, PH_STEERING, LocalDate.of(2020, 6, 1)), "LAPE-R03");
      assertEquals(List.of("1", "iitti-lape", "0"), only(Check.BASELINE.assess(iitti, PH_STEERING,
          LocalDate.of(2021, 6, 1)), "LAPE-R03").arguments());
    }
  }

  @Nested
  class R04 {
    @Test
    void advisesWhenNoMemberLinksToTheSotePreparation() {
      Finding f = only(assess(changed(PH_STEERING, "ph-s1", m -> m.duties(List.of())),
          PH_STEERING), "LAPE-R04");
      assertEquals(Severity.INFO, f.severity());
    }

    @Test
    void isQuietWithALiaison() {
      none(assess(SeedData.dataset(), PH_STEERING), "LAPE-R04");
    }
  }

  @Nested
  class A01 {
    @Test
    void staffWhoDoNotFacilitateAreAnError() {
      Dataset staff = added(PH_PARENTS, Membership.builder().id("ph-a30").personId("ph-6")
          .organisationId("phhyky").addSector(Sector.FAMILY_SOCIAL_WORK)
          .term(Term.from(SeedData.TERM_START)).build());
      Finding f = only(assess(staff, PH_PARENTS), "LAPE-A01");
      assertEquals("finding.LAPE-A01.staff", f.messageKey());
      assertEquals(List.of("ph-a30"), f.membershipIds());
      assertEquals(List.of("ph-6"), f.personIds());
      assertEquals(Severity.ERROR, f.severity());
    }

    @Test
    void aMemberWhoDoesNotSpeakForParentsIsAnError() {
      Dataset young = added(PH_PARENTS, Membership.builder().id("ph-a30").personId("parent-18")
          .addVoice(Voice.YOUNG_PEOPLE).term(Term.from(SeedData.TERM_START)).build());
      Finding f = only(assess(young, PH_PARENTS), "LAPE-A01");
      assertEquals("finding.LAPE-A01.voice", f.messageKey());
      assertEquals(List.of("ph-a30", "PARENTS"), f.arguments());
    }

    @Test
    void isQuietForParentsAndAStaffFacilitator() {
      none(assess(SeedData.dataset(), PH_PARENTS), "LAPE-A01");
    }
  }

  @Nested
  class A02 {
    @Test
    void moreParentsThanPlacesIsAnError() {
      Finding f = only(assess(Check.group(PH_PARENTS, g -> g.capacity(16)), PH_PARENTS),
          "LAPE-A02");
      assertEquals("finding.LAPE-A02.capacity", f.messageKey());
      assertEquals(List.of("17", "16"), f.arguments());
      assertEquals(Severity.ERROR, f.severity());
    }

    @Test
    void joiningBetweenIntakeDatesIsAWarning() {
      Dataset late = added(PH_PARENTS, Membership.builder().id("ph-a30").personId("parent-18")
          .addVoice(Voice.PARENTS).term(Term.from(LocalDate.of(2017, 9, 15))).build());
      Finding f = only(assess(late, PH_PARENTS), "LAPE-A02");
      assertEquals("finding.LAPE-A02.intake", f.messageKey());
      assertEquals(List.of("ph-a30", "2017-09-15"), f.arguments());
      assertEquals(Severity.WARNING, f.severity());
    }

    @Test
    void isQuietForParentsJoiningOnAnIntakeDateWithinCapacity() {
      Dataset refilled = added(PH_PARENTS, Membership.builder().id("ph-a30")
          .personId("parent-18").addVoice(Voice.PARENTS).term(Term.from(INTAKE_1)).build());
      none(Check.BASELINE.assess(refilled, PH_PARENTS, LocalDate.of(2018, 2, 1)), "LAPE-A02");
      none(assess(SeedData.dataset(), PH_PARENTS), "LAPE-A02");
    }
  }

  @Nested
  class A03 {
    @Test
    void countsSeventeenParentsFromFiveMunicipalities() {
      Finding f = only(assess(SeedData.dataset(), PH_PARENTS), "LAPE-A03");
      assertEquals(Severity.INFO, f.severity());
      assertEquals(List.of("17", "5", "0"), f.arguments());
      assertTrue(f.message(java.util.Locale.ENGLISH).contains("17"));
    }

    @Test
    void isQuietBeforeAnyoneHasJoined() {
      none(Check.BASELINE.assess(SeedData.dataset(), PH_PARENTS, LocalDate.of(2017, 7, 1)),
          "LAPE-A03");
    }
  }

  @Nested
  class A04 {
    @Test
    void warnsAboutAMeetingDayWithoutAFacilitator() {
      Dataset alone = Check.group(PH_PARENTS, g -> g.addMeetingDay(MeetingDay.builder()
          .date(LocalDate.of(2017, 11, 7)).addSlot(TimeSlot.hours(20, 22)).addTheme("DIVORCE")
          .build()));
      Finding f = only(assess(alone, PH_PARENTS), "LAPE-A04");
      assertEquals(List.of("2017-11-07"), f.arguments());
      assertEquals(Severity.WARNING, f.severity());
    }

    @Test
    void isQuietWhenEveryMeetingDayIsFacilitated() {
      none(assess(SeedData.dataset(), PH_PARENTS), "LAPE-A04");
    }
  }

  @Nested
  class C01 {
    @Test
    void warnsWhenOnlyOneOrganisationMaintainsThePanel() {
      Finding f = only(assess(Check.group(ORIMATTILA_PANEL,
          g -> g.maintainerIds(Set.of("mll-orimattila"))), ORIMATTILA_PANEL), "LAPE-C01");
      assertEquals(List.of("1", "1"), f.arguments());
    }

    @Test
    void warnsWhenTheMaintainersShareOneBranch() {
      Dataset sameBranch = SeedData.with(withOrganisation(Organisation.builder().id("mll-2")
          .name("MLL 2").kind(OrganisationKind.NGO).addSector(Sector.NGO).build()),
          ORIMATTILA_PANEL, g -> g.maintainerIds(Set.of("mll-orimattila", "mll-2")));
      assertEquals(List.of("2", "1"), only(assess(sameBranch, ORIMATTILA_PANEL), "LAPE-C01")
          .arguments());
    }

    @Test
    void isQuietForOrimattilasFourMaintainers() {
      none(assess(SeedData.dataset(), ORIMATTILA_PANEL), "LAPE-C01");
    }
  }

  @Nested
  class D01 {
    @Test
    void theSameRoleTwiceAtOnceIsAnError() {
      Dataset twice = added(ORIMATTILA_LAPE, SeedData.member("ori-m11", "ori-5")
          .organisationId("mll-orimattila").addSector(Sector.NGO).build());
      Finding f = only(assess(twice, ORIMATTILA_LAPE), "LAPE-D01");
      assertEquals(List.of("ori-m5", "ori-m11"), f.membershipIds());
      assertEquals(List.of("ori-5"), f.personIds());
      assertEquals(List.of("ori-5", "MEMBER"), f.arguments());
      assertEquals(Severity.ERROR, f.severity());
    }

    @Test
    void isQuietForConsecutiveTermsAndForDifferentRoles() {
      Dataset consecutive = added(ORIMATTILA_LAPE, SeedData.member("ori-m11", "ori-5")
          .organisationId("mll-orimattila").addSector(Sector.NGO)
          .term(Term.of(LocalDate.of(2016, 1, 1), SeedData.SINCE.minusDays(1))).build());
      none(assess(consecutive, ORIMATTILA_LAPE), "LAPE-D01");
      Dataset secretary = added(ORIMATTILA_LAPE, SeedData.member("ori-m11", "ori-5")
          .role(Role.SECRETARY).build());
      none(assess(secretary, ORIMATTILA_LAPE), "LAPE-D01");
    }
  }

  @Nested
  class D02 {
    @Test
    void warnsWhenAMemberRepresentsASectorItsOrganisationDoesNotProvide() {
      Finding f = only(assess(changed(ORIMATTILA_LAPE, "ori-m5",
          m -> m.addSector(Sector.CHILD_PROTECTION)), ORIMATTILA_LAPE), "LAPE-D02");
      assertEquals(List.of("ori-m5", "mll-orimattila", "CHILD_PROTECTION"), f.arguments());
      assertEquals(Severity.WARNING, f.severity());
    }

    @Test
    void isQuietForProvidedSectorsAndOrganisationsThatListNone() {
      none(assess(SeedData.dataset(), ORIMATTILA_LAPE), "LAPE-D02");
      Dataset unlisted = changed(withOrganisation(Organisation.builder().id("mll-2")
          .name("MLL 2").kind(OrganisationKind.NGO).build()), ORIMATTILA_LAPE, "ori-m5",
          m -> m.organisationId("mll-2").addSector(Sector.CHILD_PROTECTION));
      none(assess(unlisted, ORIMATTILA_LAPE), "LAPE-D02");
    }
  }

  @Test
  void dataIntegrityRulesApplyToEveryKindOfGroup() {
    Dataset twice = added(SeedData.AKAA_PROJECT, SeedData.member("akaa-j9", "akaa-9")
        .organisationId("akaa").addSector(Sector.CHILD_PROTECTION).build());
    assertEquals(1, findings(assess(twice, SeedData.AKAA_PROJECT), "LAPE-D01").size());
  }
}
