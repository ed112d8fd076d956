package fi.lape.core;

import static fi.lape.core.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GroupTest {
  private static final LocalDate JAN_1 = LocalDate.of(2018, 1, 1);

  private static Group.Builder lape() {
    return Group.builder().id("orimattila-lape").kind(GroupKind.MUNICIPAL_LAPE_GROUP)
        .name("Orimattilan LAPE-ryhmä").scope(Scope.municipality("560"));
  }

  private static Membership seat(String id, Term term) {
    return Membership.builder().id(id).personId("p-" + id).term(term).build();
  }

  @Test
  void activeMembershipsAreThoseWhoseTermContainsTheDayInTheirOriginalOrder() {
    Membership ended = seat("m1", Term.of(LocalDate.of(2017, 1, 1), JAN_1.minusDays(1)));
    Membership endsToday = seat("m2", Term.of(LocalDate.of(2017, 1, 1), JAN_1));
    Membership startsToday = seat("m3", Term.from(JAN_1));
    Membership future = seat("m4", Term.from(JAN_1.plusDays(1)));
    Membership open = seat("m5", Term.from(LocalDate.of(2016, 1, 1)));
    Group g = lape().addMemberships(ended, endsToday, startsToday, future, open).build();
    assertEquals(List.of(endsToday, startsToday, open), g.activeMemberships(JAN_1));
    assertEquals(List.of(ended, endsToday, open), g.activeMemberships(JAN_1.minusDays(1)));
  }

  @Test
  void aGenderBalanceWaiverKeepsItsReasonOutOfToString() {
    String reason = "Jäsenet nimetään virka-aseman perusteella";
    Group g = lape().genderBalanceWaiver(GenderBalanceWaiver.of(reason)).build();
    assertEquals(reason, g.genderBalanceWaiver().orElseThrow().reason());
    assertTrue(!g.toString().contains("virka-aseman"), g.toString());
    assertEquals(Optional.empty(), lape().build().genderBalanceWaiver());
    assertRejected(() -> GenderBalanceWaiver.of(" "), "genderBalanceWaiver", "reason", "blank");
  }

  @Test
  void findsAMembershipById() {
    Membership m = seat("m1", Term.from(JAN_1));
    Group g = lape().addMembership(m).build();
    assertEquals(Optional.of(m), g.membership("m1"));
    assertEquals(Optional.empty(), g.membership("m2"));
  }

  @Test
  void aMalformedIdIsRejected() {
    assertRejected(() -> lape().id("orimattila lape").build(), "group", "'orimattila lape'");
  }

  @Test
  void anOverlongIdIsQuotedAbbreviated() {
    String id = "g".repeat(200);
    LapeValidationException e = assertRejected(() -> lape().id(id).build(), "group",
        "'" + "g".repeat(61) + "...'");
    assertTrue(e.getMessage().length() < 200, e.getMessage());
  }

  @Test
  void aBlankNameIsRejectedNamingTheGroup() {
    assertRejected(() -> lape().name("").build(), "group orimattila-lape", "name is blank");
  }

  @Test
  void aRegionalSteeringGroupMustHaveARegionalScope() {
    assertRejected(() -> lape().kind(GroupKind.REGIONAL_STEERING_GROUP).build(),
        "group orimattila-lape", "scope", "REGIONAL_STEERING_GROUP", "region");
  }

  @Test
  void aMunicipalLapeGroupMustHaveAMunicipalScope() {
    assertRejected(() -> lape().scope(Scope.region("07")).build(),
        "group orimattila-lape", "scope", "MUNICIPAL_LAPE_GROUP", "municipality");
  }

  @Test
  void otherKindsMayWorkInEitherScope() {
    Group.builder().id("ph-parents").kind(GroupKind.PARENTS_ADVISORY_GROUP)
        .name("Neuvonantajavanhemmat").scope(Scope.region("07")).build();
    Group.builder().id("akaa-project").kind(GroupKind.PROJECT_STEERING_GROUP)
        .name("Onnistunut työ tekee hyvää").scope(Scope.municipality("020")).build();
  }

  @Test
  void aCapacityBelowOneIsRejectedNamingTheGroupAndTheValue() {
    assertRejected(() -> lape().capacity(0).build(), "group orimattila-lape", "capacity 0");
    assertRejected(() -> lape().capacity(-3).build(), "group orimattila-lape", "capacity -3");
  }

  @Test
  void aMeetingPlaceTypeOnAnotherKindIsRejected() {
    assertRejected(() -> lape().meetingPlaceType(MeetingPlaceType.MLL_FAMILY_CAFE).build(),
        "group orimattila-lape", "meetingPlaceType", "MUNICIPAL_LAPE_GROUP", "MEETING_PLACE");
  }

  @Test
  void aMeetingPlaceTakesAMeetingPlaceType() {
    Group cafe = Group.builder().id("kaavi-cafe").kind(GroupKind.MEETING_PLACE)
        .name("Perhekahvila").scope(Scope.municipality("204"))
        .meetingPlaceType(MeetingPlaceType.MLL_FAMILY_CAFE).build();
    assertEquals(Optional.of(MeetingPlaceType.MLL_FAMILY_CAFE), cafe.meetingPlaceType());
  }

  @Test
  void aMembershipIdUsedTwiceIsRejectedNamingTheIndexAndTheId() {
    assertRejected(() -> lape()
            .addMemberships(seat("m1", Term.from(JAN_1)), seat("m1", Term.from(JAN_1))).build(),
        "group orimattila-lape", "memberships[1]", "id m1", "twice");
  }

  @Test
  void aDeputyOfAnotherGroupsMembershipIsRejected() {
    Membership deputy = Membership.builder().id("m2").personId("p2").role(Role.DEPUTY_MEMBER)
        .deputyOf("elsewhere-1").term(Term.from(JAN_1)).build();
    assertRejected(() -> lape().addMembership(deputy).build(),
        "group orimattila-lape", "membership m2", "deputyOf elsewhere-1");
  }

  @Test
  void aDeputyOfAMembershipOfTheSameGroupIsAccepted() {
    Membership deputy = Membership.builder().id("m2").personId("p2").role(Role.DEPUTY_MEMBER)
        .deputyOf("m1").term(Term.from(JAN_1)).build();
    Group g = lape().addMemberships(deputy, seat("m1", Term.from(JAN_1))).build();
    assertEquals(2, g.memberships().size());
  }

  @Test
  void aMalformedLinkIsRejectedNamingTheLinkIndex() {
    assertRejected(() -> lape().addLink(GroupLink.of("youth council", LinkRelation.CONSULTS))
        .build(), "group orimattila-lape", "links[0].groupId", "'youth council'");
  }

  @Test
  void aLinkToItselfIsRejected() {
    assertRejected(() -> lape()
            .addLink(GroupLink.of("orimattila-youth", LinkRelation.CONSULTS))
            .addLink(GroupLink.of("orimattila-lape", LinkRelation.COORDINATES_WITH)).build(),
        "group orimattila-lape", "links[1]", "itself");
  }

  @Test
  void aMalformedMaintainerIdIsRejected() {
    assertRejected(() -> lape().addMaintainerId("the parish").build(),
        "group orimattila-lape", "maintainerIds", "'the parish'");
  }

  @Test
  void aBlankThemeIsRejectedNamingTheGroup() {
    assertRejected(() -> lape().addTheme("DIVORCE").addTheme("").build(),
        "group orimattila-lape", "themes[1]", "blank");
  }

  @Test
  void missingRequiredAttributesAreNamed() {
    LapeValidationException e = assertRejected(
        () -> Group.builder().id("g1").build(), "Group", "kind", "name", "scope");
    assertTrue(e.getMessage().contains("required"), e.getMessage());
  }

  @Test
  void voiceKindsCarryTheirVoices() {
    assertTrue(GroupKind.YOUTH_COUNCIL.isVoiceKind());
    assertEquals(java.util.Set.of(Voice.CHILDREN, Voice.YOUNG_PEOPLE),
        GroupKind.PUPIL_COUNCIL.voices());
    assertTrue(GroupKind.MUNICIPAL_LAPE_GROUP.voices().isEmpty());
    assertTrue(GroupKind.MUNICIPAL_LAPE_GROUP.isPlanningKind());
    assertTrue(GroupKind.PARENTS_ADVISORY_GROUP.isAdvisoryKind());
    assertTrue(!GroupKind.CUSTOMER_PANEL.isAdvisoryKind());
  }
}
