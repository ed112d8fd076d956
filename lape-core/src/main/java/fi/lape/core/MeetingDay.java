package fi.lape.core;

import fi.lape.core.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A day on which an advisory group meets: the facilitated time slots, the themes discussed and the
 * persons who facilitate (seed 000: two days a month, a project-team member present in slots such as
 * 8-10, 14-16 and 20-22, one theme at a time).
 */
@Value.Immutable
public abstract class MeetingDay {
  MeetingDay() {}

  /** The day. */
  public abstract LocalDate date();

  /** The facilitated time slots. */
  public abstract List<TimeSlot> slots();

  /** The themes discussed, as free codes such as {@code BULLYING} or {@code DIVORCE}. */
  public abstract List<String> themes();

  /** The ids of the persons who facilitate; empty when nobody does (rule LAPE-A04). */
  public abstract Set<String> facilitatorIds();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    List<TimeSlot> slots = slots();
    for (int i = 0; i < slots.size(); i++) {
      for (int j = i + 1; j < slots.size(); j++) {
        TimeSlot a = slots.get(i);
        TimeSlot b = slots.get(j);
        Checks.check(!(a.start().isBefore(b.end()) && b.start().isBefore(a.end())),
            "meeting day %s: slots %s and %s overlap", date(), a, b);
      }
    }
    for (String theme : themes()) {
      Checks.check(!theme.isBlank(), "meeting day %s: a theme is blank", date());
    }
    for (String facilitator : facilitatorIds()) {
      Checks.personId("meeting day", date().toString(), "facilitatorIds", facilitator);
    }
  }

  /** Builds a {@link MeetingDay}; {@code build()} fails fast on a missing or malformed field. */
  public static final class Builder extends ImmutableMeetingDay.Builder {
    Builder() {}
  }
}
