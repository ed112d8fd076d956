package fi.lape.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.Duty;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.MeetingDay;
import fi.lape.core.MeetingPlaceType;
import fi.lape.core.Membership;
import fi.lape.core.Person;
import fi.lape.core.TimeSlot;
import fi.lape.core.Voice;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleDataTest {
  private final Dataset sample = SampleData.dataset();
  private final LocalDate asOf = SampleData.DEFAULT_AS_OF;

  @Test
  void isBuiltOnceAndHoldsNoPersonalData() {
    assertSame(sample, SampleData.dataset());
    assertFalse(sample.hasPersonalData());
    assertTrue(sample.persons().stream().allMatch(p -> p.id().startsWith("p-")));
  }

  @Test
  void parentsAdvisoryGroupHasSeventeenParentsFromFiveMunicipalitiesInAutumn2017() {
    Group group = sample.group(SampleData.PARENTS_ADVISORY).orElseThrow();
    List<Membership> parents = group.activeMemberships(asOf).stream()
        .filter(m -> m.voices().contains(Voice.PARENTS)).collect(Collectors.toList());
    assertEquals(17, parents.size());
    Set<String> homes = parents.stream()
        .map(m -> sample.person(m.personId()).flatMap(Person::homeMunicipality).orElseThrow())
        .collect(Collectors.toSet());
    assertEquals(5, homes.size());
    assertEquals(List.of(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 7, 1)), group.intakeDates());
    assertEquals(LocalDate.of(2017, 8, 1), group.term().orElseThrow().start());
    assertEquals(LocalDate.of(2017, 12, 31), group.term().orElseThrow().end().orElseThrow());
  }

  @Test
  void parentsAdvisoryGroupMeetsTwoDaysAMonthInThreeFacilitatedSlots() {
    Group group = sample.group(SampleData.PARENTS_ADVISORY).orElseThrow();
    assertEquals(10, group.meetingDays().size());
    for (int month = 8; month <= 12; month++) {
      int m = month;
      assertEquals(2, group.meetingDays().stream().filter(d -> d.date().getMonthValue() == m)
          .count());
    }
    for (MeetingDay day : group.meetingDays()) {
      assertEquals(List.of(TimeSlot.hours(8, 10), TimeSlot.hours(14, 16), TimeSlot.hours(20, 22)),
          day.slots());
      assertEquals(1, day.themes().size());
    }
    assertEquals(1, group.meetingDays().stream().filter(d -> d.facilitatorIds().isEmpty())
        .count());
    assertTrue(group.themes().containsAll(List.of("BULLYING", "FRIENDSHIP_SKILLS",
        "MULTI_PROFESSIONAL_MEETINGS", "PARENTS_PEER_GROUPS", "DIVORCE")));
  }

  @Test
  void orimattilaPanelMaintainersAllSitInTheLapeGroup() {
    Group panel = sample.group(SampleData.ORIMATTILA_PANEL).orElseThrow();
    Group lape = sample.group(SampleData.ORIMATTILA_LAPE).orElseThrow();
    assertEquals(4, panel.maintainerIds().size());
    Set<String> seated = lape.activeMemberships(asOf).stream()
        .map(m -> m.organisationId().orElse("")).collect(Collectors.toSet());
    assertTrue(seated.containsAll(panel.maintainerIds()), seated.toString());
  }

  @Test
  void orimattilaLosesItsSocialAndHealthMembersInMarch2018() {
    Group lape = sample.group(SampleData.ORIMATTILA_LAPE).orElseThrow();
    assertTrue(hasSote(lape, LocalDate.of(2018, 2, 28)));
    assertFalse(hasSote(lape, LocalDate.of(2018, 3, 1)));
    assertTrue(hasSote(lape, LocalDate.of(2018, 4, 1)));
  }

  @Test
  void akaaProjectSteeringGroupHasNoResidents() {
    Group akaa = sample.group(SampleData.AKAA_PROJECT).orElseThrow();
    assertEquals(GroupKind.PROJECT_STEERING_GROUP, akaa.kind());
    assertEquals("06", sample.regionOf(akaa, asOf).orElseThrow());
    assertTrue(akaa.activeMemberships(asOf).stream().allMatch(m -> m.voices().isEmpty()));
  }

  @Test
  void pohjoisSavoHasEveryMeetingPlaceTypeAndOneResponsiblePerson() {
    Set<MeetingPlaceType> types = sample.groups(GroupKind.MEETING_PLACE).stream()
        .map(g -> g.meetingPlaceType().orElseThrow()).collect(Collectors.toSet());
    assertEquals(EnumSet.allOf(MeetingPlaceType.class), types);
    assertTrue(sample.groups(GroupKind.MEETING_PLACE).stream()
        .allMatch(g -> sample.regionOf(g, asOf).orElseThrow().equals("11")));
    assertTrue(responsible(SampleData.SIILINJARVI_LAPE));
    assertFalse(responsible(SampleData.VARKAUS_LAPE));
  }

  private boolean responsible(String groupId) {
    return sample.group(groupId).orElseThrow().activeMemberships(asOf).stream()
        .anyMatch(m -> m.duties().contains(Duty.MEETING_PLACE_RESPONSIBLE));
  }

  private static boolean hasSote(Group group, LocalDate day) {
    return group.activeMemberships(day).stream()
        .anyMatch(m -> m.branches().contains(fi.lape.core.Branch.SOCIAL_HEALTH));
  }
}
