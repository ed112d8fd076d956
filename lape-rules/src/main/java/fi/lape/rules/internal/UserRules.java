package fi.lape.rules.internal;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.LapeValidationException;
import fi.lape.core.Membership;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.report.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Users' own DRL, compiled at run time into a KieBase of its own (the built-in rules stay
 * pre-built). It runs after the built-in rules over one user fact per group and reports by
 * inserting {@link Finding}s.
 */
public final class UserRules {
  /** Makes the public fact users' rules match on; supplied by the public API. */
  @FunctionalInterface
  public interface FactFactory {
    /** The fact for {@code group} on {@code day}. */
    Object fact(Dataset dataset, Group group, LocalDate day, CoveragePolicy policy,
        List<Membership> activeMemberships);
  }

  private static final Logger LOG = LoggerFactory.getLogger(UserRules.class);
  private static final AtomicLong BUILDS = new AtomicLong();

  private final KieBase kieBase;
  private final FactFactory factory;

  private UserRules(KieBase kieBase, FactFactory factory) {
    this.kieBase = kieBase;
    this.factory = factory;
  }

  /**
   * Compiles {@code sources} (name to DRL text, in order).
   *
   * @throws LapeValidationException naming the source, line and problem of every compile error
   */
  public static UserRules compile(Map<String, String> sources, FactFactory factory) {
    long start = System.nanoTime();
    KieServices services = KieServices.get();
    // A release id of its own, so that assessors built at the same time do not share a module in
    // the KieRepository; it is removed from there once the container holds it.
    ReleaseId releaseId = services.newReleaseId("fi.lape.user", "rules-" + BUILDS.incrementAndGet(),
        "1");
    KieFileSystem files = services.newKieFileSystem().generateAndWritePomXML(releaseId);
    Map<String, String> names = new LinkedHashMap<>();
    int i = 0;
    for (Map.Entry<String, String> source : sources.entrySet()) {
      String path = "src/main/resources/lape/user/r" + i++ + "_"
          + source.getKey().replaceAll("[^A-Za-z0-9_-]", "_") + ".drl";
      names.put(path, source.getKey());
      files.write(path, source.getValue());
    }
    KieBuilder builder = services.newKieBuilder(files, UserRules.class.getClassLoader())
        .buildAll(ExecutableModelProject.class);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (errors.size() > 1) {
      // A parse error also yields this follow-up without a line; the parse error says it all.
      errors = errors.stream().filter(m -> !m.getText().contains("Parser returned a null Package"))
          .collect(Collectors.toList());
    }
    if (!errors.isEmpty()) {
      throw new LapeValidationException("user rules do not compile:\n  " + errors.stream()
          .map(m -> describe(m, names))
          .collect(Collectors.joining("\n  ")));
    }
    KieBase kieBase;
    try {
      kieBase = services.newKieContainer(releaseId, UserRules.class.getClassLoader()).getKieBase();
    } finally {
      services.getRepository().removeKieModule(releaseId);
    }
    if (LOG.isDebugEnabled()) {
      LOG.debug("user rules compiled: {} sources in {} ms", sources.size(),
          (System.nanoTime() - start) / 1_000_000);
    }
    return new UserRules(kieBase, factory);
  }

  private static String describe(Message message, Map<String, String> names) {
    String name = message.getPath() == null ? null : names.get(message.getPath());
    if (name == null && message.getPath() != null) {
      name = names.entrySet().stream()
          .filter(e -> e.getKey().endsWith(message.getPath())
              || message.getPath().endsWith(e.getKey()))
          .map(Map.Entry::getValue).findFirst().orElse(message.getPath());
    }
    return "rules '" + (name == null ? "?" : name) + "'"
        + (message.getLine() > 0 ? ", line " + message.getLine() : "") + ": "
        + message.getText().strip();
  }

  /** Runs the rules over {@code groups}; returns the findings they inserted, in no order. */
  List<Finding> run(DayIndex index, CoveragePolicy policy, List<PreparedGroup> groups) {
    KieSession session = kieBase.newKieSession();
    try {
      for (PreparedGroup group : groups) {
        session.insert(factory.fact(index.dataset(), group.group, index.day(), policy,
            group.active));
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
