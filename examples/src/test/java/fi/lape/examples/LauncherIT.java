package fi.lape.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The {@code ./lape} launcher as a coordinator runs it, on the Java of this build: the first
 * {@code lape assess} writes a class-data archive and later commands map it, and either way it
 * prints exactly what {@code java -jar lape.jar} prints, with nothing from the JVM on stdout or
 * stderr. Runs in the {@code integration-test} phase, after the jar is built.
 */
class LauncherIT {
  private static final Path JAR = Path.of("target/lape.jar").toAbsolutePath();
  private static final Path LAUNCHER = Path.of("../lape").toAbsolutePath().normalize();
  private static final Path ARCHIVES = Path.of("target/cds").toAbsolutePath();
  private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

  private record Result(int exitCode, String out, String err) {}

  private static Result run(Map<String, String> environment, List<String> command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("JAVA_HOME", JAVA_HOME.toString());
    builder.environment().remove("LAPE_JAVA_OPTS");
    builder.environment().remove("LAPE_CDS");
    builder.environment().putAll(environment);
    Process process = builder.start();
    CompletableFuture<String> out = CompletableFuture.supplyAsync(
        () -> read(process.getInputStream()));
    CompletableFuture<String> err = CompletableFuture.supplyAsync(
        () -> read(process.getErrorStream()));
    return new Result(process.waitFor(), out.join(), err.join());
  }

  private static Result launcher(Map<String, String> environment, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
    command.addAll(List.of(arguments));
    return run(environment, command);
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> archives() throws IOException {
    if (!Files.isDirectory(ARCHIVES)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(ARCHIVES)) {
      return files.filter(f -> f.toString().endsWith(".jsa")).toList();
    }
  }

  /** Whether ./lape would find the jar stale: a main source or a pom newer than it. */
  private static boolean newerThanTheJar() throws IOException {
    long built = Files.getLastModifiedTime(JAR).toMillis();
    Path root = LAUNCHER.getParent();
    for (String module : List.of("lape-core", "lape-rules", "lape-json", "lape-server",
        "examples")) {
      try (Stream<Path> files = Files.walk(root.resolve(module))) {
        if (files.filter(f -> f.toString().contains("/src/main/")
                || f.getFileName().toString().equals("pom.xml"))
            .filter(Files::isRegularFile)
            .anyMatch(f -> f.toFile().lastModified() > built)) {
          return true;
        }
      }
    }
    return root.resolve("pom.xml").toFile().lastModified() > built;
  }

  private static void deleteArchives() throws IOException {
    if (Files.isDirectory(ARCHIVES)) {
      try (Stream<Path> old = Files.walk(ARCHIVES)) {
        old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void theFirstAssessWritesAClassArchiveLaterRunsMapItAndOnlyLapesOutputIsPrinted()
      throws Exception {
    assertTrue(Files.isRegularFile(JAR), JAR + " is not built");
    // The launcher rebuilds a jar older than its sources; a test must not start a build.
    Assumptions.assumeFalse(newerThanTheJar(), "skipped: a source is newer than"
        + " target/lape.jar (edited after the build), and ./lape would rebuild it");
    Result expected = run(Map.of(), List.of(JAVA_HOME.resolve("bin/java").toString(), "-jar",
        JAR.toString(), "assess", "--format", "json"));
    assertEquals(1, expected.exitCode(), expected::toString);

    // A Java that cannot write an archive (here: told not to share) still runs the command, and
    // a note stops later runs from trying again.
    deleteArchives();
    assertEquals(expected, launcher(Map.of("LAPE_JAVA_OPTS", "-Xshare:off"), "assess", "--format",
        "json"), "a Java that cannot write an archive");
    assertEquals(List.of(), archives());
    try (Stream<Path> files = Files.list(ARCHIVES)) {
      assertTrue(files.anyMatch(f -> f.toString().endsWith(".failed")), "the note");
    }

    deleteArchives();

    Result version = launcher(Map.of(), "--version");
    assertEquals(0, version.exitCode(), version::toString);
    assertEquals("", version.err());
    assertEquals(List.of(), archives(), "only assess writes the archive");

    Result first = launcher(Map.of(), "assess", "--format", "json");
    assertEquals(expected, first, "the first assess, which writes the archive");
    assertEquals(1, archives().size(), () -> "archives: " + ARCHIVES);

    Path classes = Files.createTempFile("lape-classes", ".log");
    try {
      Result second = launcher(Map.of("LAPE_JAVA_OPTS",
          "-Xlog:class+load=info:file=" + classes), "assess", "--format", "json");
      assertEquals(expected, second, "a run that maps the archive");
      String loaded = Files.readString(classes);
      assertTrue(loaded.contains("fi.lape.rules.GroupAssessor source: shared objects file"),
          "lape's classes come from the archive");
    } finally {
      Files.deleteIfExists(classes);
    }
    assertEquals(expected, launcher(Map.of("LAPE_CDS", "off"), "assess", "--format", "json"),
        "without class-data sharing");
  }
}
