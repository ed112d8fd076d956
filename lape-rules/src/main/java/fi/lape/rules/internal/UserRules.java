package fi.lape.rules.internal;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.LapeValidationException;
import fi.lape.core.Membership;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.report.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Users' own DRL, compiled at run time into a KieBase of its own (the built-in rules stay
 * pre-built). It runs after lape's rules, in a session that holds every fact and conclusion of
 * theirs (the whole dataset), and reports by inserting {@link Finding}s, whose messages come with
 * the rules (a bundle given to the builder, or the policy's messages).
 */
public final class UserRules {
  /** The classes run-time DRL compilation needs, with the artifact each comes from. */
  private static final Map<String, String> COMPILER = Map.of(
      "org.drools.model.codegen.ExecutableModelProject", "org.drools:drools-model-codegen",
      "org.drools.compiler.builder.impl.KnowledgeBuilderImpl", "org.drools:drools-compiler",
      "org.drools.drl.parser.DrlParser", "org.drools:drools-drl-parser");

  /** Makes the public fact users' rules match on per assessed group; supplied by the public API. */
  @FunctionalInterface
  public interface FactFactory {
    /** The fact for {@code group} on {@code day}. */
    Object fact(Dataset dataset, Group group, LocalDate day, CoveragePolicy policy,
        List<Membership> activeMemberships);
  }

  private static final Logger LOG = LoggerFactory.getLogger(UserRules.class);

  private final KieBase kieBase;
  private final FactFactory factory;
  private final Map<String, Map<String, String>> messages;
  private final Set<String> ruleIds;

  private UserRules(KieBase kieBase, FactFactory factory,
      Map<String, Map<String, String>> messages) {
    this.kieBase = kieBase;
    this.factory = factory;
    this.messages = messages;
    Set<String> ids = new TreeSet<>();
    for (KiePackage p : kieBase.getKiePackages()) {
      for (Rule rule : p.getRules()) {
        String name = rule.getName();
        int space = name.indexOf(' ');
        ids.add(space < 0 ? name : name.substring(0, space));
      }
    }
    this.ruleIds = Set.copyOf(ids);
  }

  /**
   * Whether Drools' rule compiler is on the class path; when it is not, the message names the
   * artifact to add.
   */
  public static java.util.Optional<String> missingCompiler() {
    for (Map.Entry<String, String> c : new TreeSet<>(COMPILER.keySet()).stream()
        .map(k -> Map.entry(k, COMPILER.get(k))).toList()) {
      try {
        Class.forName(c.getKey(), false, UserRules.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        return java.util.Optional.of(c.getValue());
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Compiles {@code sources} (name to DRL text, in order); {@code messages} maps message keys to
   * language to pattern.
   *
   * @throws LapeValidationException naming the source, line and problem of every compile error,
   *     or the artifact to add when Drools' rule compiler is not on the class path
   */
  public static UserRules compile(Map<String, String> sources,
      Map<String, Map<String, String>> messages, FactFactory factory) {
    java.util.Optional<String> missing = missingCompiler();
    if (missing.isPresent()) {
      throw new LapeValidationException("users' DRL rules need Drools' rule compiler, which is"
          + " not on the class path: add the dependency fi.lape:lape-rules-drl (or "
          + missing.get() + ")");
    }
    long start = System.nanoTime();
    KieBase kieBase = DrlCompiler.compile(sources);
    if (LOG.isDebugEnabled()) {
      LOG.debug("user rules compiled: {} sources in {} ms", sources.size(),
          (System.nanoTime() - start) / 1_000_000);
    }
    return new UserRules(kieBase, factory, Map.copyOf(messages));
  }

  /** The ids of the users' rules: the first word of each rule's name. */
  public Set<String> ruleIds() {
    return ruleIds;
  }

  /** The message patterns for {@code key} (or the rule id in it), the policy's first. */
  Map<String, String> messages(CoveragePolicy policy, String key) {
    Map<String, String> found = new HashMap<>();
    String ruleId = key.startsWith("finding.") ? key.substring("finding.".length()) : key;
    for (Map<String, Map<String, String>> source : List.of(messages, policy.messages())) {
      for (String k : List.of(ruleId, key)) {
        Map<String, String> m = source.get(k);
        if (m != null) {
          found.putAll(m);
        }
      }
    }
    return found;
  }

  /**
   * Runs the rules over {@code facts} (lape's facts and conclusions of the whole session) and one
   * user fact per assessed group; returns the findings they inserted, in no order.
   */
  List<Finding> run(Dataset dataset, LocalDate day, CoveragePolicy policy,
      List<Group> assessed, Collection<?> facts) {
    KieSession session = kieBase.newKieSession();
    try {
      for (Object fact : facts) {
        session.insert(fact);
      }
      for (Group group : assessed) {
        session.insert(factory.fact(dataset, group, day, policy, group.activeMemberships(day)));
      }
      try {
        session.fireAllRules();
      } catch (ConsequenceException e) {
        Object fact = e.getMatch() == null ? null : e.getMatch().getObjects().stream()
            .filter(o -> !(o instanceof Finding)).findFirst().orElse(null);
        throw new IllegalStateException("user rule '" + e.getRule().getName() + "' failed"
            + (fact == null ? "" : " on " + fact) + ": " + e.getCause(), e.getCause());
      }
      List<Finding> findings = new ArrayList<>();
      for (Object fact : session.getObjects(o -> o instanceof Finding)) {
        findings.add((Finding) fact);
      }
      return findings;
    } finally {
      session.dispose();
    }
  }
}
