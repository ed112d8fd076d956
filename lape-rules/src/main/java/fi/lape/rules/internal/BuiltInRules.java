package fi.lape.rules.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * lape's own rules, compiled at build time by kie-maven-plugin into Drools' executable model. The
 * KieBase is created from the generated model classes directly, without a KieContainer, the
 * classpath scan or any DRL compiler: once, on first use, and shared by every assessor.
 */
public final class BuiltInRules {
  /** Where kie-maven-plugin lists the generated model classes of this artifact. */
  static final String MODEL_LIST = "META-INF/kie/fi.lape/lape-rules/drools-model";

  private static final Logger LOG = LoggerFactory.getLogger(BuiltInRules.class);

  private BuiltInRules() {}

  private static final class Holder {
    static final KieBase KIE_BASE = load();
    // Sessions are taken per call and returned by dispose(); the pool only saves re-creating
    // their internal structures.
    static final KieSessionsPool POOL = KIE_BASE.newKieSessionsPool(
        Math.max(2, Runtime.getRuntime().availableProcessors()));
  }

  /** The shared KieBase. */
  public static KieBase kieBase() {
    return Holder.KIE_BASE;
  }

  /** The shared pool of sessions over {@link #kieBase()}. */
  static KieSessionsPool pool() {
    return Holder.POOL;
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
