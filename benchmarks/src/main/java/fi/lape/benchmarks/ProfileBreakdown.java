package fi.lape.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time goes, from a JFR recording (e.g. JMH's {@code -prof jfr}): of the execution
 * samples whose stack passes through lape or the reference evaluator, the share that passes
 * through each stage (inclusive), and the methods that are on top of the stack most often (self).
 *
 * <p>Usage: {@code java -cp ... fi.lape.benchmarks.ProfileBreakdown [--last SECONDS] profile.jfr...};
 * with {@code --last}, only the samples of the recording's last seconds count, so that a recording
 * made from the JVM's start (which spares the compiled code the deoptimisation a recording started
 * later causes) shows the measured steady state, not the warm-up. {@code profile.sh} makes them.
 */
public final class ProfileBreakdown {
  /** The stages of an assessment, by class and method name (a method name of "*" is any). */
  private static final Map<String, String> STAGES = new LinkedHashMap<>();

  static {
    STAGES.put("lape: whole call", "fi.lape.rules.internal.AssessmentEngine.assess");
    STAGES.put("  facts prepared in Java", "fi.lape.rules.internal.FactBuilder.*");
    STAGES.put("    of which the neighbourhood of one group",
        "fi.lape.rules.internal.FactBuilder.neighbourhood");
    STAGES.put("  Drools session (insert, fire, dispose)", "fi.lape.rules.internal.RuleRun.run");
    STAGES.put("    fireAllRules",
        "org.drools.kiesession.session.StatefulKnowledgeSessionImpl.fireAllRules");
    STAGES.put("    insert", "org.drools.kiesession.session.StatefulKnowledgeSessionImpl.insert");
    STAGES.put("    dispose (back to the pool)",
        "org.drools.kiesession.session.StatefulKnowledgeSessionImpl.dispose");
    STAGES.put("  report assembled", "fi.lape.rules.internal.AssessmentEngine.assemble");
    STAGES.put("reference evaluator", "fi.lape.rules.reference.ReferenceEvaluator.*");
    STAGES.put("lape-json read", "fi.lape.json.LapeJson.readDataset");
    STAGES.put("  bytes decoded into a String", "fi.lape.json.internal.DocumentReader.text");
    STAGES.put("  parsed into a tree with positions", "fi.lape.json.internal.TreeReader.*");
    STAGES.put("  bound, checked and built", "fi.lape.json.internal.DatasetBinder.*");
    STAGES.put("lape-json write", "fi.lape.json.LapeJson.write");
    STAGES.put("memberships checked for the day (Term.contains)", "fi.lape.core.Term.contains");
    STAGES.put("immutable values built (lape-core builders and checks)", "fi.lape.core.*.build");
    STAGES.put("the dataset's own checks (ids, references)", "fi.lape.core.internal.DatasetChecker.*");
    STAGES.put("regular expressions (id, code and date checks)", "java.util.regex.*.*");
  }

  private ProfileBreakdown() {}

  /** Prints the breakdown of the recordings given. */
  public static void main(String[] args) throws IOException {
    Duration last = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--last")) {
        last = Duration.ofSeconds(Long.parseLong(args[++i]));
      } else {
        print(args[i], last);
      }
    }
  }

  private static void print(String file, Duration last) throws IOException {
    List<RecordedEvent> events = new ArrayList<>();
    Instant end = Instant.MIN;
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(file))) {
      if (event.getEventType().getName().equals("jdk.ExecutionSample")
          && event.getStackTrace() != null) {
        events.add(event);
        end = event.getStartTime().isAfter(end) ? event.getStartTime() : end;
      }
    }
    Instant from = last == null ? Instant.MIN : end.minus(last);
    Map<String, Integer> inclusive = new HashMap<>();
    Map<String, Integer> self = new HashMap<>();
    int samples = 0;
    for (RecordedEvent event : events) {
      if (event.getStartTime().isBefore(from)) {
        continue;
      }
      List<String> frames = new ArrayList<>();
      for (RecordedFrame frame : event.getStackTrace().getFrames()) {
        RecordedMethod m = frame.getMethod();
        frames.add(m.getType().getName() + "." + m.getName());
      }
      if (frames.stream().noneMatch(f -> f.startsWith("fi.lape."))) {
        continue;
      }
      samples++;
      self.merge(frames.get(0), 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      for (String frame : frames) {
        for (Map.Entry<String, String> stage : STAGES.entrySet()) {
          if (matches(frame, stage.getValue()) && seen.add(stage.getKey())) {
            inclusive.merge(stage.getKey(), 1, Integer::sum);
          }
        }
      }
    }
    System.out.println(Path.of(file).getFileName() + ": " + samples
        + " execution samples in lape or the baselines"
        + (last == null ? "" : ", the last " + last.toSeconds() + " s of the recording"));
    if (samples == 0) {
      return;
    }
    for (String stage : STAGES.keySet()) {
      Integer n = inclusive.get(stage);
      if (n != null) {
        System.out.printf(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * n / samples, stage);
      }
    }
    System.out.println("  top of stack:");
    int total = samples;
    self.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(12)
        .forEach(e -> System.out.printf(Locale.ROOT, "  %5.1f%%  %s%n",
            100.0 * e.getValue() / total, e.getKey()));
  }

  private static boolean matches(String frame, String pattern) {
    int dot = pattern.lastIndexOf('.');
    String type = pattern.substring(0, dot);
    String method = pattern.substring(dot + 1);
    int frameDot = frame.lastIndexOf('.');
    String frameType = frame.substring(0, frameDot);
    String frameMethod = frame.substring(frameDot + 1);
    boolean typeMatches = type.endsWith(".*")
        ? frameType.startsWith(type.substring(0, type.length() - 1)) : frameType.equals(type);
    return typeMatches && (method.equals("*") || method.equals(frameMethod));
  }
}
