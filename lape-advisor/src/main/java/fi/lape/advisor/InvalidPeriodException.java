package fi.lape.advisor;

import fi.lape.core.LapeValidationException;
import java.time.LocalDate;

/**
 * Thrown by {@link Advisor#whatIf(fi.lape.core.Dataset, Change, LocalDate, LocalDate, LocalDate)}
 * when the timeline's last day, given or by default, comes before its first: {@link #first()} and
 * {@link #last()} are the two days, for a message in the caller's language.
 */
public final class InvalidPeriodException extends LapeValidationException {
  private static final long serialVersionUID = 1L;

  private final LocalDate first;
  private final LocalDate last;

  /** The exception for a period from {@code first} to {@code last}, as the advisor makes it. */
  public InvalidPeriodException(LocalDate first, LocalDate last) {
    super("what-if: the last day " + last + " is before the first " + first);
    this.first = first;
    this.last = last;
  }

  /** The timeline's first day. */
  public LocalDate first() {
    return first;
  }

  /** The timeline's last day, before the first. */
  public LocalDate last() {
    return last;
  }
}
