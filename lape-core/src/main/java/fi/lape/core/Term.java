package fi.lape.core;

import fi.lape.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A period with a start day and an optional end day, both inclusive. An open term runs on
 * indefinitely.
 *
 * <pre>{@code
 * Term autumn = Term.of(LocalDate.of(2017, 8, 1), LocalDate.of(2017, 12, 31));
 * autumn.contains(LocalDate.of(2017, 12, 31)); // true: the end day is inside
 * }</pre>
 */
@Value.Immutable
public abstract class Term {
  Term() {}

  /** The first day of the term. */
  @Value.Parameter
  public abstract LocalDate start();

  /** The last day of the term, or empty for a term without an end. */
  @Value.Parameter
  public abstract Optional<LocalDate> end();

  /** A term from {@code start} to {@code end}, both inclusive. */
  public static Term of(LocalDate start, LocalDate end) {
    return ImmutableTerm.of(start, Optional.of(end));
  }

  /** A term that starts on {@code start} and has no end. */
  public static Term from(LocalDate start) {
    return ImmutableTerm.of(start, Optional.empty());
  }

  /** Whether {@code day} lies within the term, ends included. */
  public final boolean contains(LocalDate day) {
    return !day.isBefore(start()) && end().map(e -> !day.isAfter(e)).orElse(true);
  }

  /** Whether the two terms share at least one day. */
  public final boolean overlaps(Term other) {
    boolean startsBeforeOtherEnds = other.end().map(e -> !start().isAfter(e)).orElse(true);
    boolean otherStartsBeforeThisEnds = end().map(e -> !other.start().isAfter(e)).orElse(true);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  @Value.Check
  final void check() {
    end().ifPresent(
        e -> Checks.check(!e.isBefore(start()), "term: end %s is before start %s", e, start()));
  }

  @Override
  public String toString() {
    return start() + ".." + end().map(LocalDate::toString).orElse("");
  }
}
