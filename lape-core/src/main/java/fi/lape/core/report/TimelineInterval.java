package fi.lape.core.report;

import fi.lape.core.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/** One stretch of a {@link ComplianceTimeline} with the same verdict and the same failing rules. */
@Value.Immutable
public abstract class TimelineInterval {
  TimelineInterval() {}

  /** The first day. */
  public abstract LocalDate start();

  /** The last day, inclusive. */
  public abstract LocalDate end();

  /** The verdict throughout. */
  public abstract Verdict verdict();

  /** The ids of the rules with error findings throughout, sorted and distinct (the builder sorts them). */
  public abstract List<String> errorRuleIds();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final TimelineInterval check() {
    Checks.check(!end().isBefore(start()), "timeline interval: end %s is before start %s", end(),
        start());
    // Every error finding carries a rule id, so the verdict and the rule ids cannot disagree.
    Checks.check((verdict() == Verdict.NON_COMPLIANT) != errorRuleIds().isEmpty(),
        "timeline interval %s..%s: verdict %s does not agree with errorRuleIds %s", start(), end(),
        verdict(), errorRuleIds());
    List<String> sorted = errorRuleIds().stream().distinct().sorted().collect(Collectors.toList());
    return sorted.equals(errorRuleIds()) ? this : builder().from(this).errorRuleIds(sorted).build();
  }

  /** Builds a {@link TimelineInterval}. */
  public static final class Builder extends ImmutableTimelineInterval.Builder {
    Builder() {}
  }
}
