package fi.lape.rules.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * lape's own rules, compiled at build time by kie-maven-plugin into Drools' executable model. The
 * KieBase is created from the generated model classes directly, without a KieContainer, the
 * classpath scan or any DRL compiler: once, when the first assessor is made (in the background)
 * or first used, and shared by every assessor.
 */
public final class BuiltInRules {
  /** Where kie-maven-plugin lists the generated model classes of this artifact. */
  static final String MODEL_LIST = "META-INF/kie/fi.lape/lape-rules/drools-model";

  private static final Logger LOG = LoggerFactory.getLogger(BuiltInRules.class);

  private BuiltInRules() {}

  /** The rule base and its session pool, built together once. */
  private static final class Loaded {
    final KieBase kieBase;
    // Sessions are taken per call and returned by dispose(); the pool only saves re-creating
    // their internal structures. It grows on demand, so one session to start with is enough.
    final KieSessionsPool pool;

    Loaded(KieBase kieBase) {
      this.kieBase = kieBase;
      this.pool = kieBase.newKieSessionsPool(1);
      // Creating the first session loads the engine's session classes: do it here, where it may
      // run in the background, rather than in the first assessment.
      pool.newKieSession().dispose();
    }
  }

  /**
   * Builds once. {@link #prepare()} may start it on a daemon thread; whoever needs the result
   * first runs it or waits for it ({@code FutureTask.run()} does nothing when it has already
   * started).
   */
  private static final class Holder {
    static final FutureTask<Loaded> TASK = new FutureTask<>(() -> new Loaded(load()));
  }

  private static final AtomicBoolean STARTED = new AtomicBoolean();

  /**
   * Starts building the rule base on a daemon thread unless that has happened already, so that it
   * overlaps whatever the caller does before the first assessment (reading data). Building it
   * takes a good part of a cold start; an assessment that comes first simply builds it itself.
   */
  static void prepare() {
    if (STARTED.compareAndSet(false, true)) {
      try {
        Thread thread = new Thread(Holder.TASK, "lape-rules-prepare");
        thread.setDaemon(true);
        thread.start();
      } catch (RuntimeException | Error e) {
        // No thread to spare (a restricted environment): the first assessment builds it.
        LOG.debug("lape rules: preparing in the background failed; building on first use", e);
      }
    }
  }

  private static Loaded loaded() {
    Holder.TASK.run();
    try {
      return Holder.TASK.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("lape-rules: the built-in rules cannot be loaded",
          e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("lape-rules: interrupted while loading the built-in rules",
          e);
    }
  }

  /** The shared KieBase. */
  public static KieBase kieBase() {
    return loaded().kieBase;
  }

  /** The shared pool of sessions over {@link #kieBase()}. */
  static KieSessionsPool pool() {
    return loaded().pool;
  }

  private static KieBase load() {
    long start = System.nanoTime();
    List<Model> models = new ArrayList<>();
    for (String className : modelClassNames()) {
      try {
        models.add((Model) Class.forName(className, true, BuiltInRules.class.getClassLoader())
            .getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(
            "lape-rules: generated rule model " + className + " cannot be loaded", e);
      }
    }
    KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models,
        org.drools.core.impl.RuleBaseFactory.newKnowledgeBaseConfiguration());
    if (LOG.isDebugEnabled()) {
      LOG.debug("lape rules loaded: {} models in {} ms", models.size(),
          (System.nanoTime() - start) / 1_000_000);
    }
    return kieBase;
  }

  private static List<String> modelClassNames() {
    InputStream in = BuiltInRules.class.getClassLoader().getResourceAsStream(MODEL_LIST);
    if (in == null) {
      throw new IllegalStateException("lape-rules: " + MODEL_LIST + " is missing: the jar was"
          + " built without kie-maven-plugin's executable model");
    }
    List<String> names = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.strip();
        // The first line is the Drools-Model-Version header.
        if (!line.isEmpty() && !line.contains(":")) {
          names.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("lape-rules: " + MODEL_LIST + " cannot be read", e);
    }
    return names;
  }
}
