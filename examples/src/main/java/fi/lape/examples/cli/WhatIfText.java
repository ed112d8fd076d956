package fi.lape.examples.cli;

import fi.lape.advisor.ChangeStep;
import fi.lape.advisor.WhatIf;
import fi.lape.core.Group;
import fi.lape.core.Membership;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.CoverageLine;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders a what-if: the change's steps, the verdict and findings without and with it, and the
 * timeline with it, each non-compliant stretch with what it lacks ("non-compliant from 2018-03-01
 * until someone joins who counts toward LAPE-M02: social and health").
 */
final class WhatIfText {
  private static final String INDENT = "  ";

  private final Messages messages;
  private final Locale locale;

  WhatIfText(Messages messages) {
    this.messages = messages;
    this.locale = messages.locale();
  }

  String render(WhatIf w, Group group, CoveragePolicy policy) {
    StringBuilder out = new StringBuilder();
    out.append(messages.get("whatIf.title", group.id(), group.name(),
        policy.displayName(locale), policy.id())).append('\n');
    for (ChangeStep step : w.change().steps()) {
      out.append(INDENT).append(step(step)).append('\n');
    }
    out.append(messages.get("whatIf.asOf", w.asOf())).append('\n');
    out.append(INDENT).append(messages.get("whatIf.before", verdict(w.before()))).append('\n');
    out.append(INDENT).append(messages.get("whatIf.after", verdict(w.after()))).append('\n');
    List<Finding> changed = new ArrayList<>();
    for (Finding f : w.after().findings()) {
      if (f.severity() != Severity.INFO && !w.before().findings().contains(f)) {
        changed.add(f);
      }
    }
    if (!changed.isEmpty()) {
      out.append(messages.get("whatIf.newFindings")).append('\n');
      int severityWidth = changed.stream()
          .mapToInt(f -> f.severity().displayName(locale).length()).max().orElse(0);
      int idWidth = changed.stream()
          .mapToInt(f -> f.requirementId().orElse(f.ruleId()).length()).max().orElse(0);
      for (Finding f : changed) {
        out.append(INDENT)
            .append(AssessmentText.pad(f.severity().displayName(locale), severityWidth, false))
            .append("  ")
            .append(AssessmentText.pad(f.requirementId().orElse(f.ruleId()), idWidth, false))
            .append("  ").append(f.message(locale)).append('\n');
      }
    }
    List<String> cleared = new ArrayList<>();
    for (Finding f : w.before().findings()) {
      if (f.severity() != Severity.INFO && !w.after().findings().contains(f)) {
        cleared.add(f.requirementId().orElse(f.ruleId()));
      }
    }
    if (!cleared.isEmpty()) {
      out.append(messages.get("whatIf.cleared", String.join(", ", cleared))).append('\n');
    }
    out.append(new TimelineText(messages).render(w.timelineAfter(), group, policy,
        Optional.empty()).replaceFirst("^[^\n]*\n", messages.get("whatIf.timeline",
            w.timelineAfter().from(), w.timelineAfter().to()) + "\n"));
    AssessmentText criteria = new AssessmentText(messages, false);
    for (WhatIf.Gap gap : w.gaps()) {
      List<String> missing = new ArrayList<>();
      for (CoverageLine line : gap.missing()) {
        missing.add(messages.get("whatIf.missing", line.requirementId(),
            criteria.criteria(line.wouldSatisfy())));
      }
      if (missing.isEmpty()) {
        continue;
      }
      out.append(INDENT).append(gap.lasting()
          ? messages.get("whatIf.gapLasting", gap.start(), String.join("; ", missing))
          : messages.get("whatIf.gap", gap.start(), gap.end(), String.join("; ", missing)))
          .append('\n');
    }
    boolean sameBefore = w.timelineBefore().intervals().equals(w.timelineAfter().intervals());
    out.append(sameBefore ? messages.get("whatIf.timelineSame") + "\n"
        : new TimelineText(messages).render(w.timelineBefore(), group, policy, Optional.empty())
            .replaceFirst("^[^\n]*\n", messages.get("whatIf.timelineBefore") + "\n"));
    return out.toString();
  }

  private String verdict(GroupAssessment a) {
    List<String> errors = new ArrayList<>();
    for (Finding f : a.findings()) {
      if (f.severity() == Severity.ERROR && !errors.contains(f.ruleId())) {
        errors.add(f.ruleId());
      }
    }
    return errors.isEmpty() ? a.verdict().displayName(locale)
        : a.verdict().displayName(locale) + " (" + messages.get("timeline.errors",
            String.join(", ", errors), errors.size()) + ")";
  }

  private String step(ChangeStep step) {
    String id = step.membershipId().orElse("");
    return switch (step.op()) {
      case END -> messages.get("whatIf.end", id, step.day());
      case ADD -> messages.get("whatIf.add", step.membership().map(Membership::id).orElse(""),
          step.day());
      case REPLACE -> messages.get("whatIf.replace", id,
          step.membership().map(Membership::id).orElse(""), step.day());
    };
  }
}
