package fi.lape.core.report;

import fi.lape.core.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A group's compliance between two days as consecutive intervals, computed from membership terms:
 * a group that lost its only social-and-health member on 2018-03-01 is non-compliant from that day.
 *
 * <p>Its builder's {@code from(LocalDate)} sets the first day; unlike other builders it has no
 * {@code from(ComplianceTimeline)}.
 */
@Value.Immutable
// The attribute "from" is part of the report format; it takes the builder's from(instance) name.
@SuppressWarnings("immutables:from")
public abstract class ComplianceTimeline {
  ComplianceTimeline() {}

  /** The group's id. */
  public abstract String groupId();

  /** The first day looked at. */
  public abstract LocalDate from();

  /** The last day looked at, inclusive. */
  public abstract LocalDate to();

  /** Consecutive, non-overlapping intervals covering {@code from..to}, merged where equal. */
  public abstract List<TimelineInterval> intervals();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.check(!to().isBefore(from()), "timeline %s: to %s is before from %s", groupId(), to(),
        from());
    LocalDate expected = from();
    for (int i = 0; i < intervals().size(); i++) {
      TimelineInterval interval = intervals().get(i);
      Checks.check(interval.start().equals(expected), "timeline %s: intervals[%d] starts %s, not %s",
          groupId(), i, interval.start(), expected);
      if (i > 0) {
        TimelineInterval previous = intervals().get(i - 1);
        Checks.check(previous.verdict() != interval.verdict()
                || !previous.errorRuleIds().equals(interval.errorRuleIds()),
            "timeline %s: intervals[%d] and [%d] have the same verdict and error rules: merge them",
            groupId(), i - 1, i);
      }
      expected = interval.end().plusDays(1);
    }
    Checks.check(intervals().isEmpty() || expected.equals(to().plusDays(1)),
        "timeline %s: the last interval ends %s, not %s", groupId(), expected.minusDays(1), to());
  }

  /** Builds a {@link ComplianceTimeline}. */
  public static final class Builder extends ImmutableComplianceTimeline.Builder {
    Builder() {}
  }
}
