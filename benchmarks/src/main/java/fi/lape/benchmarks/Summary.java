package fi.lape.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH's JSON results and {@code coldstart.sh}'s into the tables of RESULTS.md: every score
 * with its error (JMH's 99.9% confidence interval), and every ratio against the baseline measured
 * in the same run, its error propagated to first order (relative errors add up).
 *
 * <p>Usage: {@code java -cp ... fi.lape.benchmarks.Summary results/jmh.json results/coldstart.json}
 */
public final class Summary {
  private final List<JsonNode> runs = new ArrayList<>();
  private final StringBuilder out = new StringBuilder();

  private Summary() {}

  /** Prints the tables of the given result files to standard output. */
  public static void main(String[] args) throws IOException {
    ObjectMapper mapper = JsonMapper.builder().build();
    Summary summary = new Summary();
    JsonNode coldStart = null;
    for (String arg : args) {
      JsonNode root = mapper.readTree(Files.readString(Path.of(arg)));
      if (root.isArray()) {
        root.forEach(summary.runs::add);
      } else {
        coldStart = root;
      }
    }
    summary.group();
    summary.coldStart(coldStart);
    summary.scaling();
    summary.threads();
    summary.json();
    System.out.print(summary.out);
  }

  /** One JMH score: value and error in the run's unit. */
  record Score(double value, double error, String unit) {
    Score over(Score other) {
      double ratio = value / other.value;
      return new Score(ratio, ratio * (error / value + other.error / other.value), "x");
    }

    Score divide(double by, String newUnit) {
      return new Score(value / by, error / by, newUnit);
    }

    Score invert(double numerator, String newUnit) {
      double v = numerator / value;
      return new Score(v, v * error / value, newUnit);
    }

    @Override
    public String toString() {
      return format(value) + " ± " + format(error) + (unit.equals("x") ? "x" : " " + unit);
    }
  }

  private Optional<Score> score(String benchmark, String param) {
    for (JsonNode run : runs) {
      if (!run.path("benchmark").asString().equals("fi.lape.benchmarks." + benchmark)) {
        continue;
      }
      if (param != null && !run.path("params").path("groups").asString().equals(param)) {
        continue;
      }
      JsonNode metric = run.path("primaryMetric");
      double error = metric.path("scoreError").asDouble(Double.NaN);
      return Optional.of(new Score(metric.path("score").asDouble(),
          Double.isNaN(error) ? 0 : error, metric.path("scoreUnit").asString()));
    }
    return Optional.empty();
  }

  private String param(String benchmark, String name) {
    for (JsonNode run : runs) {
      if (run.path("benchmark").asString().equals("fi.lape.benchmarks." + benchmark)) {
        return run.path("params").path(name).asString();
      }
    }
    throw new IllegalArgumentException("no results of " + benchmark);
  }

  private void group() {
    Optional<Score> lape = score("GroupBenchmark.lape", null);
    Optional<Score> reference = score("GroupBenchmark.reference", null);
    if (lape.isEmpty() || reference.isEmpty()) {
      return;
    }
    Score ratio = lape.get().over(reference.get());
    line("### 1. One 30-member municipal group, warm");
    line("");
    line("| | time per group | |");
    line("| --- | --- | --- |");
    line("| lape (Drools) | " + lape.get() + " | |");
    line("| reference evaluator (plain Java) | " + reference.get() + " | |");
    line("| **lape / reference** | **" + ratio + "** | target ≤ 3x: " + verdict(ratio.value <= 3)
        + " |");
    line("");
  }

  private void coldStart(JsonNode coldStart) {
    if (coldStart == null) {
      return;
    }
    line("### 2. Cold start, JVM start to the first printed assessment");
    line("");
    line("`coldstart.sh`, " + coldStart.path("runs").asInt() + " interleaved runs per variant, "
        + coldStart.path("jvm").asString() + ", load " + coldStart.path("loadBefore").asString()
        + " before and " + coldStart.path("loadAfter").asString() + " after.");
    line("");
    line("| variant | | median | min–max | peak RSS (median) |");
    line("| --- | --- | --- | --- | --- |");
    for (String set : List.of("default", "appcds")) {
      JsonNode s = coldStart.path(set);
      if (s.isMissingNode()) {
        continue;
      }
      for (String v : List.of("lape", "reference", "floor")) {
        JsonNode r = s.path(v);
        List<Integer> ms = new ArrayList<>();
        r.path("runsMs").forEach(n -> ms.add(n.asInt()));
        line("| " + set + " | " + label(v) + " | " + format(r.path("medianMs").asDouble())
            + " ms | " + ms.stream().mapToInt(Integer::intValue).min().orElse(0) + "–"
            + ms.stream().mapToInt(Integer::intValue).max().orElse(0) + " ms | "
            + format(r.path("peakRssKb").asDouble() / 1024) + " MB |");
      }
      double ratio = s.path("lapeOverReference").asDouble();
      double rss = s.path("lape").path("peakRssKb").asDouble()
          / s.path("reference").path("peakRssKb").asDouble();
      line("| " + set + " | **lape / reference** | **" + format(ratio) + "x** | target ≤ 3x: "
          + verdict(ratio <= 3) + " | " + format(rss) + "x |");
    }
    line("");
  }

  private static String label(String variant) {
    switch (variant) {
      case "lape":
        return "lape (Drools)";
      case "reference":
        return "reference evaluator (plain Java)";
      default:
        return "floor: JVM + building the data only";
    }
  }

  private void scaling() {
    List<String> sizes = List.of("10", "100", "1000", "10000");
    if (score("ScalingBenchmark.lape", "100").isEmpty()) {
      return;
    }
    line("### 3. Dataset scaling, national baseline, cross-group rules on");
    line("");
    line("| groups | lape per dataset | lape per group | reference per group "
        + "| lape / reference |");
    line("| ---: | --- | --- | --- | --- |");
    for (String size : sizes) {
      Optional<Score> lape = score("ScalingBenchmark.lape", size);
      Optional<Score> reference = score("ScalingBenchmark.reference", size);
      if (lape.isEmpty()) {
        continue;
      }
      int n = Integer.parseInt(size);
      Score perGroup = lape.get().divide(n, "ms").divide(0.001, "µs");
      String ref = reference.map(r -> r.divide(n, "ms").divide(0.001, "µs").toString())
          .orElse("–");
      String ratio = reference.map(r -> lape.get().over(r).toString()).orElse("–");
      line("| " + String.format(Locale.ROOT, "%,d", n) + " | " + lape.get() + " | " + perGroup
          + " | " + ref + " | " + ratio + " |");
    }
    Optional<Score> at100 = score("ScalingBenchmark.lape", "100");
    Optional<Score> at10000 = score("ScalingBenchmark.lape", "10000");
    if (at100.isPresent() && at10000.isPresent()) {
      Score growth = at10000.get().divide(100, "ms").over(at100.get());
      line("");
      line("Per group at 10,000 over per group at 100, lape: **" + growth + "**, target ≤ 1.5x: "
          + verdict(growth.value <= 1.5) + ".");
      Optional<Score> r100 = score("ScalingBenchmark.reference", "100");
      Optional<Score> r10000 = score("ScalingBenchmark.reference", "10000");
      if (r100.isPresent() && r10000.isPresent()) {
        line("The same for the reference evaluator on the same datasets: "
            + r10000.get().divide(100, "ms").over(r100.get()) + ".");
      }
    }
    line("");
  }

  private void threads() {
    Optional<Score> one = score("ThreadsBenchmark.lapeOneThread", null);
    Optional<Score> two = score("ThreadsBenchmark.lapeTwoThreads", null);
    if (one.isEmpty() || two.isEmpty()) {
      return;
    }
    line("### 4. One assessor shared by threads (30-member group per call)");
    line("");
    line("| | 1 thread | 2 threads | 2 / 1 |");
    line("| --- | --- | --- | --- |");
    Score ratio = two.get().over(one.get());
    line("| lape | " + one.get() + " | " + two.get() + " | **" + ratio + "** (target ≥ 1.7x: "
        + verdict(ratio.value >= 1.7) + ") |");
    Optional<Score> rOne = score("ThreadsBenchmark.referenceOneThread", null);
    Optional<Score> rTwo = score("ThreadsBenchmark.referenceTwoThreads", null);
    if (rOne.isPresent() && rTwo.isPresent()) {
      line("| reference evaluator | " + rOne.get() + " | " + rTwo.get() + " | "
          + rTwo.get().over(rOne.get()) + " |");
    }
    line("");
  }

  private void json() {
    Optional<Score> lapeRead = score("JsonBenchmark.lapeRead", null);
    Optional<Score> plainRead = score("JsonBenchmark.jacksonRead", null);
    if (lapeRead.isEmpty() || plainRead.isEmpty()) {
      return;
    }
    int groups = Integer.parseInt(param("JsonBenchmark.lapeRead", "groups"));
    double megabytes = JsonBenchmark.documentBytes(groups) / 1e6;
    line("### 5. JSON, a dataset of " + String.format(Locale.ROOT, "%,d", groups)
        + " groups (" + format(megabytes) + " MB, UTF-8, indented)");
    line("");
    line("| | lape-json | plain Jackson into records | lape / Jackson (time) |");
    line("| --- | --- | --- | --- |");
    for (String op : List.of("Read", "Write")) {
      Optional<Score> lape = score("JsonBenchmark.lape" + op, null);
      Optional<Score> plain = score("JsonBenchmark.jackson" + op, null);
      if (lape.isEmpty() || plain.isEmpty()) {
        continue;
      }
      Score ratio = lape.get().over(plain.get());
      String target = op.equals("Read") ? " (target ≤ 2x: " + verdict(ratio.value <= 2) + ")"
          : "";
      line("| " + op.toLowerCase(Locale.ROOT) + " | " + lape.get() + " = "
          + lape.get().invert(megabytes * 1000, "MB/s") + " | " + plain.get() + " = "
          + plain.get().invert(megabytes * 1000, "MB/s") + " | **" + ratio + "**" + target
          + " |");
    }
    line("");
  }

  private static String verdict(boolean met) {
    return met ? "met" : "**missed**";
  }

  private static String format(double value) {
    double a = Math.abs(value);
    String pattern = a >= 100 ? "%,.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f";
    return String.format(Locale.ROOT, pattern, value);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
