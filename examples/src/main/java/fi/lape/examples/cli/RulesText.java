package fi.lape.examples.cli;

import fi.lape.core.GroupKind;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Rule;
import fi.lape.core.policy.Severity;
import fi.lape.rules.RuleBase;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders the rule catalogue: every rule's id, its severity under a policy, the kinds of group it
 * looks at, its description and the source it rests on.
 */
final class RulesText {
  private final Messages messages;
  private final Locale locale;

  RulesText(Messages messages) {
    this.messages = messages;
    this.locale = messages.locale();
  }

  String render(CoveragePolicy policy) {
    StringBuilder out = new StringBuilder();
    out.append(messages.get("rules.title", Rule.values().length, policy.displayName(locale),
        policy.id()))
        .append('\n');
    int severityWidth = 0;
    for (Severity s : Severity.values()) {
      severityWidth = Math.max(severityWidth, s.displayName(locale).length());
    }
    for (Rule rule : Rule.values()) {
      Severity severity = policy.severityOf(rule.id(), rule.defaultSeverity());
      out.append('\n').append(rule.id()).append("  ")
          .append(AssessmentText.pad(severity.displayName(locale), severityWidth, false))
          .append("  ").append(rule.description(locale)).append('\n');
      String indent = " ".repeat(rule.id().length() + 2 + severityWidth + 2);
      if (!policy.isEnabled(rule.id())) {
        boolean optional = rule.isOptional() && !policy.disabledRules().contains(rule.id());
        out.append(indent).append(messages.get(optional ? "rules.optionalOff" : "rules.disabled"))
            .append('\n');
      }
      out.append(indent).append(appliesTo(rule.groupKinds())).append('\n');
      if (rule.isRequirementDriven()) {
        List<String> requirements = policy.requirements().stream()
            .filter(r -> r.ruleId().equals(rule.id()) && policy.isEnabled(r))
            .map(r -> r.id() + " (" + policy.severityOf(r).displayName(locale) + ")")
            .collect(Collectors.toList());
        out.append(indent).append(requirements.isEmpty() ? messages.get("rules.requirementsNone")
            : messages.get("rules.requirements", String.join(", ", requirements))).append('\n');
      }
      out.append(indent).append(messages.get("rules.source", rule.citation())).append('\n');
      for (RuleBase.Decision decision : RuleBase.decisions(rule.id())) {
        out.append(indent).append(messages.get("rules.decidedIn", decision.file(),
            decision.rule())).append('\n');
      }
    }
    return out.toString();
  }

  private String appliesTo(Set<GroupKind> kinds) {
    if (kinds.equals(EnumSet.allOf(GroupKind.class))) {
      return messages.get("rules.appliesToAll");
    }
    return messages.get("rules.appliesTo", EnumSet.copyOf(kinds).stream()
        .map(k -> k.displayName(locale)).collect(Collectors.joining(", ")));
  }
}
