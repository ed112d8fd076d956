package fi.lape.examples.cli;

import fi.lape.core.Group;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.report.ComplianceTimeline;
import fi.lape.core.report.TimelineInterval;
import java.util.Locale;

/** Renders a group's compliance timeline: one line per interval with its verdict and errors. */
final class TimelineText {
  private final Messages messages;
  private final Locale locale;

  TimelineText(Messages messages) {
    this.messages = messages;
    this.locale = messages.locale();
  }

  String render(ComplianceTimeline timeline, Group group, CoveragePolicy policy) {
    StringBuilder out = new StringBuilder();
    out.append(messages.get("timeline.title", group.id(), group.name(), timeline.from(),
        timeline.to(), policy.name(), policy.id())).append('\n');
    int verdictWidth = 0;
    for (TimelineInterval interval : timeline.intervals()) {
      verdictWidth = Math.max(verdictWidth, interval.verdict().displayName(locale).length());
    }
    for (TimelineInterval interval : timeline.intervals()) {
      StringBuilder line = new StringBuilder("  ")
          .append(interval.start()).append(" .. ").append(interval.end()).append("  ")
          .append(AssessmentText.pad(interval.verdict().displayName(locale), verdictWidth, false));
      if (!interval.errorRuleIds().isEmpty()) {
        line.append("  ").append(messages.get("timeline.errors",
            String.join(", ", interval.errorRuleIds())));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
