package fi.lape.testkit.internal;

import fi.lape.core.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes membership terms of a given {@link TermShape} around an assessment date. For an advisory
 * group the terms start on the group's term start or an intake date (rule LAPE-A02), so generated
 * advisory groups stay clean.
 */
public final class Terms {
  private final LocalDate asOf;
  private final List<LocalDate> starts;
  private final Optional<LocalDate> end;
  private final int futureFrom;

  private Terms(LocalDate asOf, List<LocalDate> starts, Optional<LocalDate> end, int futureFrom) {
    this.asOf = asOf;
    this.starts = starts;
    this.end = end;
    this.futureFrom = futureFrom;
  }

  /** Free terms around {@code asOf}; future terms start at least {@code futureFrom} days after it. */
  public static Terms around(LocalDate asOf, int futureFrom) {
    return new Terms(asOf, List.of(), Optional.empty(), futureFrom);
  }

  /**
   * Terms inside a group's term {@code groupTerm}, which must start before {@code asOf} and end
   * after it, that start on the group's start or one of {@code intakeDates}.
   */
  public static Terms within(LocalDate asOf, Term groupTerm, List<LocalDate> intakeDates) {
    if (!groupTerm.start().isBefore(asOf) || groupTerm.end().map(e -> !e.isAfter(asOf)).orElse(false)) {
      throw new IllegalArgumentException("group term " + groupTerm + " must run from before "
          + asOf + " to after it");
    }
    List<LocalDate> starts = new ArrayList<>();
    starts.add(groupTerm.start());
    starts.addAll(intakeDates);
    return new Terms(asOf, starts, groupTerm.end(), 1);
  }

  /** The assessment date. */
  public LocalDate asOf() {
    return asOf;
  }

  /** A term of {@code shape}. */
  public Term make(Rng rng, TermShape shape) {
    return starts.isEmpty() ? free(rng, shape) : bounded(rng, shape);
  }

  private Term free(Rng rng, TermShape shape) {
    switch (shape) {
      case ACTIVE:
        return maybeOpen(rng, asOf.minusDays(rng.between(0, 730)), asOf.plusDays(rng.between(1, 730)));
      case STARTS_ON:
        return maybeOpen(rng, asOf, asOf.plusDays(rng.between(1, 730)));
      case ENDS_ON:
        return Term.of(asOf.minusDays(rng.between(0, 730)), asOf);
      case ENDED: {
        LocalDate last = asOf.minusDays(rng.between(1, 365));
        return Term.of(last.minusDays(rng.between(0, 730)), last);
      }
      default: {
        LocalDate first = asOf.plusDays(rng.between(futureFrom, futureFrom + 365));
        return maybeOpen(rng, first, first.plusDays(rng.between(0, 730)));
      }
    }
  }

  private Term bounded(Rng rng, TermShape shape) {
    List<LocalDate> past = new ArrayList<>();
    List<LocalDate> future = new ArrayList<>();
    for (LocalDate s : starts) {
      if (!s.isAfter(asOf)) {
        past.add(s);
      } else if (end.map(e -> !s.isAfter(e)).orElse(true)) {
        future.add(s);
      }
    }
    LocalDate groupStart = starts.get(0);
    switch (shape) {
      case STARTS_ON:
        if (past.contains(asOf)) {
          return end.map(e -> Term.of(asOf, e)).orElse(Term.from(asOf));
        }
        return bounded(rng, TermShape.ACTIVE);
      case ENDS_ON:
        return Term.of(rng.pick(past), asOf);
      case ENDED:
        return Term.of(groupStart, asOf.minusDays(1));
      case FUTURE: {
        if (future.isEmpty()) {
          return Term.of(groupStart, asOf.minusDays(1));
        }
        LocalDate first = rng.pick(future);
        return end.map(e -> Term.of(first, e)).orElse(Term.from(first));
      }
      default: {
        LocalDate first = rng.pick(past);
        return end.map(e -> Term.of(first, e)).orElse(Term.from(first));
      }
    }
  }

  private static Term maybeOpen(Rng rng, LocalDate start, LocalDate end) {
    return rng.percent(35) ? Term.from(start) : Term.of(start, end);
  }
}
