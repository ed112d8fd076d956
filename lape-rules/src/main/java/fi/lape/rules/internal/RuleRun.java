package fi.lape.rules.internal;

import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Rule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * Runs lape's rules over the facts of a dataset in sessions that are always disposed, and hands
 * back every fact the sessions end with (the prepared facts and the rules' conclusions).
 */
final class RuleRun {
  private final CoveragePolicy policy;
  private final List<Object> policyFacts;
  private final AgendaFilter filter;

  RuleRun(CoveragePolicy policy) {
    this.policy = policy;
    this.policyFacts = List.copyOf(FactBuilder.policy(policy));
    // Rule names start with the catalogue id; a policy switches a rule's findings off by its id,
    // and an optional rule (LAPE-L01) is off unless the policy switches it on. A rule marked
    // @shared concludes something other rules need too (LAPE-M08's verdict, the linked groups of
    // any requirement) and always runs.
    Set<String> disabled = java.util.Arrays.stream(Rule.values()).map(Rule::id)
        .filter(id -> !policy.isEnabled(id))
        .collect(Collectors.toUnmodifiableSet());
    this.filter = disabled.isEmpty() ? null : match -> {
      org.kie.api.definition.rule.Rule rule = match.getRule();
      if (rule.getMetaData().containsKey("shared")) {
        return true;
      }
      String name = rule.getName();
      int space = name.indexOf(' ');
      return space < 0 || !disabled.contains(name.substring(0, space));
    };
  }

  /** What a run leaves: the findings emitted and every fact the sessions ended with. */
  record Result(Emitter out, Collection<?> facts) {}

  /**
   * Runs each list of {@code sessions} (facts of groups that the rules relate to one another only
   * within the list) in a session of its own, one after the other, into one emitter.
   */
  Result run(Iterable<List<Object>> sessions, Predicate<String> keep) {
    Emitter out = new Emitter(policy, keep);
    List<Object> facts = new ArrayList<>();
    for (List<Object> datasetFacts : sessions) {
      KieSession session = BuiltInRules.pool().newKieSession();
      try {
        session.setGlobal("out", out);
        for (Object fact : policyFacts) {
          session.insert(fact);
        }
        for (Object fact : datasetFacts) {
          session.insert(fact);
        }
        if (filter == null) {
          session.fireAllRules();
        } else {
          session.fireAllRules(filter);
        }
        facts.addAll(session.getObjects());
      } finally {
        session.dispose();
      }
    }
    return new Result(out, facts);
  }
}
