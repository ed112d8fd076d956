package fi.lape.core;

import static fi.lape.core.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MembershipTest {
  private static final LocalDate START = LocalDate.of(2017, 8, 1);
  private static final LocalDate END = LocalDate.of(2017, 12, 31);

  private static Membership.Builder seat() {
    return Membership.builder().id("m1").personId("p1").term(Term.of(START, END));
  }

  @Test
  void theRoleIsMemberUnlessSet() {
    assertEquals(Role.MEMBER, seat().build().role());
  }

  @Test
  void isActiveOnBothEndsOfItsTermAndNowhereElse() {
    Membership m = seat().build();
    assertTrue(m.isActiveOn(START));
    assertTrue(m.isActiveOn(END));
    assertFalse(m.isActiveOn(START.minusDays(1)));
    assertFalse(m.isActiveOn(END.plusDays(1)));
  }

  @Test
  void branchesAreThoseOfItsSectors() {
    Membership m = seat().organisationId("phhyky")
        .addSectors(Sector.CHILD_HEALTH_CLINIC, Sector.CHILD_PROTECTION, Sector.YOUTH_WORK).build();
    assertEquals(EnumSet.of(Branch.SOCIAL_HEALTH, Branch.EDUCATION_CULTURE), m.branches());
  }

  @Test
  void aVoiceAddsTheResidentsVoiceBranch() {
    Membership parent = seat().addVoice(Voice.PARENTS).build();
    assertEquals(Set.of(Branch.RESIDENTS_VOICE), parent.branches());
    Membership both = seat().addVoice(Voice.CUSTOMERS).addSector(Sector.PARISH).build();
    assertEquals(EnumSet.of(Branch.PARISH, Branch.RESIDENTS_VOICE), both.branches());
  }

  @Test
  void aSeatRepresentingNothingHasNoBranch() {
    assertTrue(seat().role(Role.SECRETARY).build().branches().isEmpty());
  }

  @Test
  void aParentNeedsNoOrganisation() {
    assertTrue(seat().addVoice(Voice.PARENTS).build().organisationId().isEmpty());
  }

  @Test
  void aMalformedIdIsRejected() {
    assertRejected(() -> seat().id("m 1").build(), "membership", "'m 1'");
  }

  @Test
  void aMalformedPersonIdIsRejectedNamingTheMembershipAndTheFieldButNotTheValue() {
    assertRejected(() -> seat().personId(Rejections.NAME).build(), "membership m1", "personId",
        "not shown");
  }

  @Test
  void aMalformedOrganisationIdIsRejectedNamingTheMembershipAndTheField() {
    assertRejected(() -> seat().organisationId("").build(), "membership m1", "organisationId");
  }

  @Test
  void aMalformedDeputyOfIsRejectedNamingTheMembershipAndTheField() {
    assertRejected(() -> seat().role(Role.DEPUTY_MEMBER).deputyOf("m 2").build(),
        "membership m1", "deputyOf", "'m 2'");
  }

  @Test
  void aDeputyOfItselfIsRejected() {
    assertRejected(() -> seat().role(Role.DEPUTY_MEMBER).deputyOf("m1").build(),
        "membership m1", "deputyOf", "itself");
  }

  @Test
  void deputyOfRequiresTheDeputyMemberRole() {
    assertRejected(() -> seat().deputyOf("m2").build(),
        "membership m1", "deputyOf", "MEMBER", "DEPUTY_MEMBER");
  }

  @Test
  void aMissingTermIsRejectedNamingTheField() {
    assertRejected(() -> Membership.builder().id("m1").personId("p1").build(),
        "Membership", "term");
  }
}
