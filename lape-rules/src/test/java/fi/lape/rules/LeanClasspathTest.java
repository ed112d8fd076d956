package fi.lape.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A consumer that never adds DRL at run time needs no DRL compiler (issue 12): on the class path
 * without the artifacts lape-rules makes optional or excludes (they come with lape-rules-drl),
 * lape assesses, no DRL parser can be loaded, and asking for users' rules fails naming the
 * artifact to add.
 */
class LeanClasspathTest {
  /** The compilers: optional in lape-rules' pom or excluded from drools-model-compiler. */
  static final List<String> COMPILERS = List.of("drools-model-codegen", "drools-wiring-dynamic",
      "drools-drl-parser", "drools-ecj", "javaparser-core",
      "drools-mvel-parser", "drools-mvel-compiler", "antlr4-runtime");

  /** Runs inside the lean class loader. */
  public static final class Probe {
    /** What the lean class path can and cannot do, as lines. */
    public static List<String> run() {
      List<String> lines = new ArrayList<>();
      GroupAssessor assessor = GroupAssessor.of(fi.lape.core.policy.Policies.nationalBaseline());
      lines.add("verdict " + assessor.assess(SeedData.dataset(), SeedData.ORIMATTILA_LAPE,
          SeedData.DAY).verdict());
      try {
        Class.forName("org.drools.drl.parser.DrlParser");
        lines.add("parser loadable");
      } catch (ClassNotFoundException e) {
        lines.add("no parser");
      }
      try {
        GroupAssessor.builder().policy(fi.lape.core.policy.Policies.nationalBaseline())
            .addRules("x", "package x").build();
        lines.add("compiled");
      } catch (IllegalArgumentException e) {
        lines.add("refused: " + e.getMessage());
      }
      return lines;
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void withoutTheOptionalCompilersLapeAssessesAndRefusesUsersRulesNamingTheArtifact()
      throws Exception {
    List<URL> lean = new ArrayList<>();
    int left = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = new File(entry).getName();
      if (COMPILERS.stream().anyMatch(name::startsWith)) {
        left++;
        continue;
      }
      lean.add(new File(entry).toURI().toURL());
    }
    assertTrue(left >= 5, "the test class path should hold the compilers to leave out: " + left);
    try (URLClassLoader loader = new URLClassLoader(lean.toArray(URL[]::new),
        ClassLoader.getPlatformClassLoader())) {
      Thread thread = Thread.currentThread();
      ClassLoader before = thread.getContextClassLoader();
      thread.setContextClassLoader(loader);
      try {
        List<String> lines = (List<String>) loader.loadClass(Probe.class.getName())
            .getMethod("run").invoke(null);
        assertEquals("verdict COMPLIANT", lines.get(0));
        assertEquals("no parser", lines.get(1));
        assertTrue(lines.get(2).startsWith("refused: ") && lines.get(2).contains("lape-rules-drl"),
            lines.get(2));
      } finally {
        thread.setContextClassLoader(before);
      }
    }
  }
}
