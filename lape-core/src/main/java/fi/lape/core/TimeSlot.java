package fi.lape.core;

import fi.lape.core.internal.Checks;
import java.time.LocalTime;
import org.immutables.value.Value;

/** A time of day when a facilitator is present, e.g. 8-10, 14-16 or 20-22 (seed 000). */
@Value.Immutable
public abstract class TimeSlot {
  TimeSlot() {}

  /** When the slot starts. */
  @Value.Parameter
  public abstract LocalTime start();

  /** When the slot ends; after the start. */
  @Value.Parameter
  public abstract LocalTime end();

  /** A slot from {@code start} to {@code end}. */
  public static TimeSlot of(LocalTime start, LocalTime end) {
    return ImmutableTimeSlot.of(start, end);
  }

  /** A slot between two whole hours of the same day (0-23), e.g. {@code TimeSlot.hours(20, 22)}. */
  public static TimeSlot hours(int startHour, int endHour) {
    // LocalTime would throw a DateTimeException that names neither the slot nor the hour's role.
    Checks.check(startHour >= 0 && startHour <= 23, "time slot: start hour %d is not 0-23",
        startHour);
    Checks.check(endHour >= 0 && endHour <= 23, "time slot: end hour %d is not 0-23", endHour);
    return of(LocalTime.of(startHour, 0), LocalTime.of(endHour, 0));
  }

  @Value.Check
  final void check() {
    Checks.check(end().isAfter(start()), "time slot: end %s is not after start %s", end(),
        start());
  }

  @Override
  public String toString() {
    return start() + "-" + end();
  }
}
