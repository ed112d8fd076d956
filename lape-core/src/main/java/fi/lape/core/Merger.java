package fi.lape.core;

import fi.lape.core.internal.Checks;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A municipality merger that abolished a municipality code: from {@link #date()} on, the old
 * municipality is part of its successor and its code is no longer in force.
 *
 * <pre>{@code
 * Merger nastola = Geography.builtIn().merger("532").orElseThrow();
 * nastola.successorCode(); // "398", Lahti
 * nastola.date();          // 2016-01-01
 * }</pre>
 */
@Value.Immutable
public abstract class Merger {
  Merger() {}

  /** The abolished municipality's code. */
  public abstract String oldCode();

  /** The abolished municipality's Finnish name. */
  public abstract String oldName();

  /** The code of the municipality it was merged into. */
  public abstract String successorCode();

  /** The day the merger took effect: the first day on which the old code is not in force. */
  public abstract LocalDate date();

  /** Whether the old code is in force on {@code day}. */
  public final boolean isOldCodeInForceOn(LocalDate day) {
    return day.isBefore(date());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.check(Municipality.isCode(oldCode()), "merger: oldCode '%s' is not a three-digit code",
        Checks.abbreviate(oldCode()));
    Checks.check(Municipality.isCode(successorCode()),
        "merger %s: successorCode '%s' is not a three-digit code", oldCode(),
        Checks.abbreviate(successorCode()));
    Checks.check(!oldCode().equals(successorCode()), "merger %s: merged into itself", oldCode());
    Checks.check(!oldName().isBlank(), "merger %s: oldName is blank", oldCode());
  }

  /** Builds a {@link Merger}; {@code build()} fails fast on a missing or malformed field. */
  public static final class Builder extends ImmutableMerger.Builder {
    Builder() {}
  }
}
