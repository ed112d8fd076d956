package fi.lape.core.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Branch;
import fi.lape.core.Duty;
import fi.lape.core.GroupKind;
import fi.lape.core.Membership;
import fi.lape.core.Role;
import fi.lape.core.Sector;
import fi.lape.core.Term;
import fi.lape.core.Voice;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CriteriaTest {
  private static Membership.Builder seat() {
    return Membership.builder().id("m1").personId("p1")
        .term(Term.of(LocalDate.of(2010, 1, 1), LocalDate.of(2010, 12, 31)));
  }

  @Test
  void aSectorCountsWhenListed() {
    Criteria clinic = Criteria.builder().addSector(Sector.CHILD_HEALTH_CLINIC).build();
    assertTrue(clinic.countsMembership(seat().addSector(Sector.CHILD_HEALTH_CLINIC).build()));
    assertFalse(clinic.countsMembership(seat().addSector(Sector.SCHOOL_HEALTH_CARE).build()));
  }

  @Test
  void anySectorOfAListedBranchCounts() {
    Criteria sote = Criteria.builder().addBranch(Branch.SOCIAL_HEALTH).build();
    assertTrue(sote.countsMembership(seat().addSector(Sector.FAMILY_MEDIATION).build()));
    assertTrue(sote.countsMembership(
        seat().addSectors(Sector.YOUTH_WORK, Sector.CHILD_PROTECTION).build()));
    assertFalse(sote.countsMembership(seat().addSector(Sector.YOUTH_WORK).build()));
  }

  @Test
  void theResidentsVoiceBranchCountsAnyVoice() {
    Criteria residents = Criteria.builder().addBranch(Branch.RESIDENTS_VOICE).build();
    for (Voice voice : Voice.values()) {
      assertTrue(residents.countsMembership(seat().addVoice(voice).build()), voice.code());
    }
    assertFalse(residents.countsMembership(seat().addSector(Sector.NGO).build()));
  }

  @Test
  void aVoiceCountsOnlyWhenListed() {
    Criteria parents = Criteria.builder().addVoice(Voice.PARENTS).build();
    assertTrue(parents.countsMembership(seat().addVoice(Voice.PARENTS).build()));
    assertFalse(parents.countsMembership(seat().addVoice(Voice.YOUNG_PEOPLE).build()));
  }

  @Test
  void aDutyOrARoleCounts() {
    Criteria responsible = Criteria.builder().addDuty(Duty.MEETING_PLACE_RESPONSIBLE).build();
    assertTrue(responsible.countsMembership(
        seat().addDuties(Duty.PANEL_MAINTAINER, Duty.MEETING_PLACE_RESPONSIBLE).build()));
    assertFalse(responsible.countsMembership(seat().addDuty(Duty.PANEL_MAINTAINER).build()));
    Criteria chair = Criteria.builder().addRole(Role.CHAIR).build();
    assertTrue(chair.countsMembership(seat().role(Role.CHAIR).build()));
    assertFalse(chair.countsMembership(seat().build()));
  }

  @Test
  void theTermIsNotLookedAt() {
    Criteria ngo = Criteria.builder().addSector(Sector.NGO).build();
    Membership past = seat().addSector(Sector.NGO).build();
    assertFalse(past.isActiveOn(LocalDate.of(2020, 1, 1)));
    assertTrue(ngo.countsMembership(past));
  }

  @Test
  void linkedGroupKindsCountOnlyForLinks() {
    Criteria youth = Criteria.builder().addLinkedGroupKind(GroupKind.YOUTH_COUNCIL).build();
    assertTrue(youth.countsLinkedGroup(GroupKind.YOUTH_COUNCIL));
    assertFalse(youth.countsLinkedGroup(GroupKind.PUPIL_COUNCIL));
    assertFalse(youth.countsMembership(seat().addVoice(Voice.YOUNG_PEOPLE).build()));
    assertFalse(youth.isEmpty());
  }

  @Test
  void emptyCriteriaCountNothing() {
    Criteria none = Criteria.builder().build();
    assertTrue(none.isEmpty());
    assertFalse(none.countsMembership(seat().role(Role.CHAIR).addSector(Sector.NGO)
        .addVoice(Voice.PARENTS).addDuty(Duty.PANEL_MAINTAINER).build()));
  }
}
