package fi.lape.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs after {@code package}: a small program of its own module requires {@code fi.lape.core}, is
 * compiled against the jar and launched with {@code java -p ... -m} in a child process. It uses the
 * resource bundles (which a named module cannot read through a {@code ResourceBundle.Control}) and
 * the built-in geography.
 */
class ModulePathIT {
  private static final String PROGRAM = String.join("\n",
      "package consumer;",
      "import fi.lape.core.*;",
      "import java.time.LocalDate;",
      "import java.util.Locale;",
      "public class Main {",
      "  public static void main(String[] args) {",
      "    System.out.println(Sector.NGO.displayName(Locale.forLanguageTag(\"fi\")));",
      "    System.out.println(Sector.NGO.displayName(Locale.forLanguageTag(\"sv\")));",
      "    System.out.println(Sector.NGO.displayName(Locale.GERMAN));",
      "    Geography fi = Geography.builtIn();",
      "    System.out.println(fi.countyOf(\"049\", LocalDate.of(2024, 1, 1)).orElseThrow().name());",
      "    System.out.println(fi.mergerNotice(\"532\", LocalDate.of(2016, 1, 1), Locale.ENGLISH)",
      "        .orElseThrow());",
      "    Dataset d = Dataset.builder().addGroup(Group.builder().id(\"g\")",
      "        .kind(GroupKind.MUNICIPAL_LAPE_GROUP).name(\"Helsingin LAPE\")",
      "        .scope(Scope.municipality(\"091\")).build()).build();",
      "    System.out.println(d.groups().size() + \" \" + ModuleLayer.boot()",
      "        .findModule(\"fi.lape.core\").isPresent());",
      "    try {",
      "      Class.forName(\"fi.lape.core.internal.Texts\").getMethod(\"has\", String.class)",
      "          .invoke(null, \"x\");",
      "      System.out.println(\"internal is open\");",
      "    } catch (ReflectiveOperationException e) {",
      "      System.out.println(\"internal is closed\");",
      "    }",
      "  }",
      "}",
      "");

  @TempDir Path dir;

  @Test
  void aProgramOnTheModulePathUsesTextsAndGeography() throws Exception {
    Path jar = Path.of(System.getProperty("lape.jar"));
    List<String> out = run(dir, jar.toString(), PROGRAM, "requires fi.lape.core;");
    assertEquals(List.of(
        Sector.NGO.displayName(java.util.Locale.forLanguageTag("fi")),
        Sector.NGO.displayName(java.util.Locale.forLanguageTag("sv")),
        Sector.NGO.displayName(java.util.Locale.ENGLISH),
        "Länsi-Uudenmaan hyvinvointialue",
        "532 Nastola was merged into 398 Lahti on 2016-01-01.",
        "1 true",
        "internal is closed"), out);
  }

  /**
   * Compiles {@code program} as module {@code consumer} with {@code requires} against {@code
   * modulePath}, runs it as {@code java -p modulePath:consumer -m consumer/consumer.Main} and
   * returns its output lines; fails with its error output when it fails.
   */
  static List<String> run(Path dir, String modulePath, String program, String requires)
      throws IOException, InterruptedException {
    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("consumer"));
    Files.writeString(src.resolve("module-info.java"),
        "module consumer { " + requires + " }\n", StandardCharsets.UTF_8);
    Files.writeString(src.resolve("consumer/Main.java"), program, StandardCharsets.UTF_8);
    Path classes = dir.resolve("classes");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "a JDK runs the integration tests");
    int compiled = javac.run(null, null, null, "-d", classes.toString(), "-p", modulePath,
        src.resolve("module-info.java").toString(), src.resolve("consumer/Main.java").toString());
    assertEquals(0, compiled, "the consumer compiles against " + modulePath);
    Path launcher = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(launcher.toString(), "-p",
        modulePath + File.pathSeparator + classes, "-m", "consumer/consumer.Main"));
    Path stdout = dir.resolve("out.txt");
    Path stderr = dir.resolve("err.txt");
    Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the consumer ends");
    String err = Files.readString(stderr, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), err);
    return Files.readAllLines(stdout, StandardCharsets.UTF_8);
  }
}
