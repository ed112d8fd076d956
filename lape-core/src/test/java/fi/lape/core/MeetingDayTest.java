package fi.lape.core;

import static fi.lape.core.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingDayTest {
  private static final LocalDate DAY = LocalDate.of(2017, 9, 5);

  @Test
  void theSeedsThreeSlotsFitOneDay() {
    MeetingDay day = MeetingDay.builder().date(DAY)
        .addSlots(TimeSlot.hours(8, 10), TimeSlot.hours(14, 16), TimeSlot.hours(20, 22))
        .addTheme("BULLYING").addFacilitatorId("p-team-1").build();
    assertEquals(3, day.slots().size());
    assertEquals(List.of("BULLYING"), day.themes());
  }

  @Test
  void slotsThatOnlyTouchDoNotOverlap() {
    MeetingDay.builder().date(DAY).addSlots(TimeSlot.hours(8, 10), TimeSlot.hours(10, 12)).build();
  }

  @Test
  void overlappingSlotsAreRejectedNamingTheDayAndBothSlots() {
    assertRejected(() -> MeetingDay.builder().date(DAY)
            .addSlots(TimeSlot.hours(8, 10), TimeSlot.hours(14, 16), TimeSlot.hours(9, 11)).build(),
        "meeting day 2017-09-05", "08:00-10:00", "09:00-11:00", "overlap");
  }

  @Test
  void aBlankThemeIsRejectedNamingTheDay() {
    assertRejected(() -> MeetingDay.builder().date(DAY).addTheme(" ").build(),
        "meeting day 2017-09-05", "theme", "blank");
  }

  @Test
  void aMalformedFacilitatorIdIsRejectedNamingTheDayAndTheFieldButNotTheValue() {
    assertRejected(() -> MeetingDay.builder().date(DAY).addFacilitatorId(Rejections.NAME).build(),
        "meeting day 2017-09-05", "facilitatorIds", "not shown");
  }

  @Test
  void aMissingDateIsRejectedNamingTheField() {
    assertRejected(() -> MeetingDay.builder().build(), "MeetingDay", "date");
  }
}
