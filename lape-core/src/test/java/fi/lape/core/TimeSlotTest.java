package fi.lape.core;

import static fi.lape.core.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TimeSlotTest {
  @Test
  void wholeHourSlotsMatchTheSeedsTimes() {
    TimeSlot evening = TimeSlot.hours(20, 22);
    assertEquals(LocalTime.of(20, 0), evening.start());
    assertEquals(LocalTime.of(22, 0), evening.end());
    assertEquals("20:00-22:00", evening.toString());
  }

  @Test
  void anEndBeforeTheStartIsRejected() {
    assertRejected(() -> TimeSlot.hours(10, 8), "time slot", "end 08:00", "start 10:00");
  }

  @Test
  void anEmptySlotIsRejected() {
    assertRejected(() -> TimeSlot.hours(8, 8), "time slot", "end 08:00 is not after start 08:00");
  }

  @Test
  void anHourOutsideTheDayIsRejectedAsAValidationError() {
    assertRejected(() -> TimeSlot.hours(22, 24), "time slot", "24");
    assertRejected(() -> TimeSlot.hours(-1, 2), "time slot", "-1");
  }
}
