package fi.lape.examples.cli;

import fi.lape.core.Group;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.report.ComplianceTimeline;
import fi.lape.core.report.TimelineInterval;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** Renders a group's compliance timeline: one line per interval with its verdict and errors. */
final class TimelineText {
  private final Messages messages;
  private final Locale locale;

  TimelineText(Messages messages) {
    this.messages = messages;
    this.locale = messages.locale();
  }

  /**
   * The timeline as text; {@code lastChange}, when given, is the day after which no membership of
   * the group changes, said at the end so that the last interval is read as lasting.
   */
  String render(ComplianceTimeline timeline, Group group, CoveragePolicy policy,
      Optional<LocalDate> lastChange) {
    StringBuilder out = new StringBuilder();
    out.append(messages.get("timeline.title", group.id(), group.name(), timeline.from(),
        timeline.to(), policy.displayName(locale), policy.id())).append('\n');
    int verdictWidth = 0;
    int spanWidth = 0;
    for (TimelineInterval interval : timeline.intervals()) {
      verdictWidth = Math.max(verdictWidth, interval.verdict().displayName(locale).length());
      spanWidth = Math.max(spanWidth, span(interval).length());
    }
    for (TimelineInterval interval : timeline.intervals()) {
      StringBuilder line = new StringBuilder("  ")
          .append(AssessmentText.pad(span(interval), spanWidth, false)).append("  ")
          .append(AssessmentText.pad(interval.verdict().displayName(locale), verdictWidth, false));
      if (!interval.errorRuleIds().isEmpty()) {
        line.append("  ").append(messages.get("timeline.errors",
            String.join(", ", interval.errorRuleIds()), interval.errorRuleIds().size()));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    lastChange.ifPresent(
        day -> out.append(messages.get("timeline.lastChange", day)).append('\n'));
    return out.toString();
  }

  /** The interval's first and last day, as the language writes them. */
  private String span(TimelineInterval interval) {
    return messages.get("timeline.interval", interval.start(), interval.end());
  }
}
