package fi.lape.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.policy.Policies;
import fi.lape.json.LapeJson;
import fi.lape.rules.GroupAssessor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The shaded {@code target/lape.jar}, run as a municipal developer would: {@code java -jar} in a
 * process of its own. Runs in the {@code integration-test} phase, after the jar is built.
 */
class LapeJarIT {
  private static final Path JAR = Path.of(System.getProperty("lape.jar", "target/lape.jar"));
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  /** What a process printed and how it exited. */
  private static final class Result {
    final int exitCode;
    final String out;
    final String err;

    Result(int exitCode, String out, String err) {
      this.exitCode = exitCode;
      this.out = out;
      this.err = err;
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "\n--- err\n" + err;
    }
  }

  private static Result java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(JAVA.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(
        process.getInputStream()));
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(
        process.getErrorStream()));
    int exitCode = process.waitFor();
    return new Result(exitCode, out.join(), err.join());
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void javaMinusJarAssessesTheSample() throws Exception {
    assertTrue(Files.isRegularFile(JAR), JAR + " is not built");
    Result run = java("-jar", JAR.toString(), "assess", "--lang", "en");
    assertEquals(1, run.exitCode, run.toString());
    assertTrue(run.out.contains("\n== varkaus-lape: Varkauden LAPE-työryhmä\n"), run.toString());
    assertTrue(run.out.endsWith("Non-compliant: paijat-hame-nuorten-neuvonantajat,"
        + " varkaus-lape\n"), run.toString());
    assertEquals("", run.err, "nothing but the report: no log noise");
  }

  @Test
  void javaMinusJarWritesTheSameReportAsTheLibrary() throws Exception {
    Result run = java("-jar", JAR.toString(), "assess", "--format", "json");
    assertEquals(1, run.exitCode, run.toString());
    assertEquals(GroupAssessor.of(Policies.nationalBaseline())
            .assess(SampleData.dataset(), SampleData.DEFAULT_AS_OF),
        LapeJson.standard().readReport(run.out));
  }

  @Test
  void javaMinusJarReadsFilesAndReportsBadOnes(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Result ok = java("-jar", JAR.toString(), "assess", "--as-of", "2017-11-01",
        "data/sample-dataset.json");
    assertEquals(1, ok.exitCode, ok.toString());
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"lape-dataset\",");
    Result run = java("-jar", JAR.toString(), "assess", "--lang", "en", bad.toString());
    assertEquals(2, run.exitCode, run.toString());
    assertTrue(run.err.startsWith(bad + ": cannot be read (1 problem):\n  line 1, column"),
        run.toString());
  }

  @Test
  void versionComesFromTheBuild() throws Exception {
    Result run = java("-jar", JAR.toString(), "--version");
    assertEquals(0, run.exitCode, run.toString());
    assertTrue(run.out.matches("(?s)lape \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\RJava .*"), run.out);
  }

  @Test
  void ownDrlRulesCompileInsideTheShadedJar() throws Exception {
    Result run = java("-cp", JAR.toString(), "fi.lape.examples.OwnDrlRule");
    assertEquals(0, run.exitCode, run.toString());
    assertTrue(run.out.contains("varkaus-lape: warning OWN-SECRETARY"), run.toString());
  }

  @Test
  void droolsServiceFilesAreMergedNotOverwritten() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      String suppliers = new String(jar.getInputStream(jar.getEntry(
          "META-INF/services/org.drools.wiring.api.ComponentsSupplier")).readAllBytes(),
          StandardCharsets.UTF_8);
      assertTrue(suppliers.contains("org.drools.wiring.statics.StaticComponentsSupplier"),
          suppliers);
      assertTrue(suppliers.contains("org.drools.wiring.dynamic.DynamicComponentsSupplier"),
          suppliers);
      assertTrue(jar.getEntry("META-INF/services/org.kie.api.KieServices") != null,
          "Drools' entry point");
      assertTrue(jar.getEntry("META-INF/kmodule.xml") != null, "lape-rules' kmodule.xml");
      assertEquals("fi.lape.examples.cli.LapeCli",
          jar.getManifest().getMainAttributes().getValue("Main-Class"));
    }
  }

  @Test
  void javaMinusJarServesUntilStopped() throws Exception {
    Process process = new ProcessBuilder(JAVA.toString(), "-jar", JAR.toString(), "serve",
        "--port", "0", "--lang", "en").start();
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(
        process.getErrorStream()));
    try {
      java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(
          process.getInputStream(), StandardCharsets.UTF_8));
      String listening = out.readLine();
      java.util.regex.Matcher uri = java.util.regex.Pattern.compile("http://127\\.0\\.0\\.1:\\d+/")
          .matcher(String.valueOf(listening));
      assertTrue(uri.find(), listening);
      java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
      java.net.URI base = java.net.URI.create(uri.group());
      java.net.http.HttpResponse<String> assessed = client.send(java.net.http.HttpRequest
              .newBuilder(base.resolve("/v1/assess?asOf=2017-11-01"))
              .header("Content-Type", "application/json")
              .POST(java.net.http.HttpRequest.BodyPublishers.ofFile(
                  Path.of("data/sample-dataset.json"))).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertEquals(200, assessed.statusCode(), assessed.body());
      assertEquals(GroupAssessor.of(Policies.nationalBaseline())
              .assess(SampleData.dataset(), SampleData.DEFAULT_AS_OF),
          LapeJson.standard().readReport(assessed.body()));
      java.net.http.HttpResponse<String> page = client.send(java.net.http.HttpRequest
              .newBuilder(base).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertTrue(page.body().contains("<title>lape</title>"), page.body());
    } finally {
      process.destroy();
    }
    // SIGTERM runs the shutdown hook, which stops the server gracefully.
    assertTrue(process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "still running");
    assertEquals("", err.join(), "no log noise, no stack trace");
  }

  /**
   * Issue 11's dense dataset: 10,000 groups in 12 municipalities (hundreds of groups in each, every
   * one "another group" to the others), about 17 MB, assessed and written as JSON in a JVM of 1 GB:
   * the cross-group findings are one per group, and the report is streamed to the file.
   */
  @Test
  void tenThousandDenseGroupsAssessInOneGigabyte(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    List<String> municipalities = List.of("560", "098", "020", "297", "749", "398", "111", "016",
        "576", "142", "837", "081");
    String[] sectors = {"BASIC_EDUCATION", "CHILD_HEALTH_CLINIC", "YOUTH_WORK", "CHILD_PROTECTION",
        "EARLY_CHILDHOOD_EDUCATION", "FAMILY_COUNSELLING", "NGO", "PARISH"};
    int groupCount = 10_000;
    StringBuilder persons = new StringBuilder();
    for (int p = 0; p < 4 * groupCount; p++) {
      persons.append(p == 0 ? "" : ",").append("{\"id\":\"p").append(p).append("\"}");
    }
    StringBuilder groups = new StringBuilder();
    for (int g = 0; g < groupCount; g++) {
      groups.append(g == 0 ? "" : ",").append("{\"id\":\"g").append(g)
          .append("\",\"kind\":\"MUNICIPAL_LAPE_GROUP\",\"name\":\"LAPE-ryhmä ").append(g)
          .append("\",\"scope\":{\"municipality\":\"")
          .append(municipalities.get(g % municipalities.size())).append("\"},\"memberships\":[");
      for (int m = 0; m < 8; m++) {
        // Four persons of its own and four of the group before: each person sits in two groups,
        // so LAPE-M13 has shared persons to join on.
        int p = m < 4 ? 4 * g + m : 4 * ((g + groupCount - 1) % groupCount) + m - 4;
        groups.append(m == 0 ? "" : ",").append("{\"id\":\"m").append(g).append('-').append(m)
            .append("\",\"personId\":\"p").append(p)
            .append("\",\"role\":\"").append(m == 0 ? "CHAIR" : "MEMBER")
            .append("\",\"sectors\":[\"").append(sectors[m]).append("\"]")
            .append(",\"term\":{\"start\":\"2018-01-01\"}}");
      }
      groups.append("]}");
    }
    Path data = dir.resolve("dense.json");
    Files.writeString(data, "{\"format\":\"lape-dataset\",\"version\":\"1.0\",\"persons\":["
        + persons + "],\"groups\":[" + groups + "]}");
    Path report = dir.resolve("report.json");
    Result run = java("-Xmx1g", "-jar", JAR.toString(), "assess", "--format", "json",
        "--output", report.toString(), data.toString());
    assertEquals(1, run.exitCode, run.toString());
    assertEquals("", run.err, run.toString());
    long in = Files.size(data);
    long out = Files.size(report);
    assertTrue(in > 8_000_000, "dataset of " + in + " bytes");
    assertTrue(out < 200 * in, "report of " + out + " bytes for " + in + " bytes");
    try (java.io.Reader reader = Files.newBufferedReader(report)) {
      assertEquals(10_000, fi.lape.json.LapeJson.builder()
          .limits(fi.lape.json.JsonLimits.builder().documentSize(512L << 20).build()).build()
          .readReport(reader)
          .groups().size());
    }
  }
}
