package fi.lape.rules.internal;

import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Rule;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

/** Runs the built-in rules over prepared groups in one session, always disposed. */
final class RuleRun {
  private final CoveragePolicy policy;
  private final AgendaFilter filter;

  RuleRun(CoveragePolicy policy) {
    this.policy = policy;
    // Rule names start with the catalogue id; a policy switches a fixed rule off by its id.
    Set<String> disabled = policy.disabledRules().stream()
        .filter(id -> Rule.byId(id).isPresent())
        .collect(Collectors.toUnmodifiableSet());
    this.filter = disabled.isEmpty() ? null : match -> {
      String name = match.getRule().getName();
      int space = name.indexOf(' ');
      return space < 0 || !disabled.contains(name.substring(0, space));
    };
  }

  Emitter run(List<PreparedGroup> groups) {
    Emitter out = new Emitter();
    KieSession session = BuiltInRules.pool().newKieSession();
    try {
      session.setGlobal("out", out);
      session.setGlobal("policy", policy);
      for (PreparedGroup group : groups) {
        session.insert(group.facts);
      }
      if (filter == null) {
        session.fireAllRules();
      } else {
        session.fireAllRules(filter);
      }
    } finally {
      session.dispose();
    }
    return out;
  }
}
