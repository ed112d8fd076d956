package fi.lape.examples;

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
import fi.lape.core.Sector;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs after {@code package}: small programs of their own module require lape's modules, are
 * compiled against the jars and launched with {@code java -p ... -m} in a child process. They use the
 * resource bundles (which a named module cannot read through a {@code ResourceBundle.Control}), the
 * built-in geography, Jackson through lape-json, and Drools through lape-rules.
 */
class ModulePathIT {
  private static final String CORE_PROGRAM = String.join("\n",
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
      "    System.out.println(Main.class.getModule().isNamed() + \" \"",
      "        + Geography.class.getModule().getName());",
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

  private static final String JSON_PROGRAM = String.join("\n",
      "package consumer;",
      "import fi.lape.core.*;",
      "import fi.lape.json.*;",
      "import tools.jackson.databind.json.JsonMapper;",
      "public class Main {",
      "  public static void main(String[] args) {",
      "    Dataset d = LapeJson.standard().readDataset(java.nio.file.Path.of(args[0]));",
      "    System.out.println(d.groups().get(0).scope().municipality().orElseThrow());",
      "    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();",
      "    System.out.println(mapper.registeredModules().stream()",
      "        .anyMatch(m -> m instanceof LapeModule));",
      "    System.out.println(LapeJson.schema(LapeDocument.DATASET).contains(\"lape-dataset\"));",
      "  }",
      "}",
      "");

  private static final String RULES_PROGRAM = String.join("\n",
      "package consumer;",
      "import fi.lape.core.*;",
      "import fi.lape.core.policy.Policies;",
      "import fi.lape.core.report.GroupAssessment;",
      "import fi.lape.rules.GroupAssessor;",
      "import java.time.LocalDate;",
      "public class Main {",
      "  public static void main(String[] args) {",
      "    Dataset d = Dataset.builder().addPerson(Person.builder().id(\"p1\").build())",
      "        .addGroup(Group.builder().id(\"g\").kind(GroupKind.MUNICIPAL_LAPE_GROUP)",
      "        .name(\"Espoo\").scope(Scope.municipality(\"049\"))",
      "        .addMembership(Membership.builder().id(\"m1\").personId(\"p1\")",
      "            .addVoice(Voice.PARENTS).term(Term.from(LocalDate.of(2024, 1, 1))).build())",
      "        .build()).build();",
      "    GroupAssessment a = GroupAssessor.of(Policies.nationalBaseline())",
      "        .assess(d, \"g\", LocalDate.of(2024, 6, 1));",
      "    System.out.println(a.verdict());",
      "    System.out.println(a.findings().stream().anyMatch(f -> f.ruleId().equals(\"LAPE-M01\")));",
      "  }",
      "}",
      "");

  private static final String REPORT_PROGRAM = String.join("\n",
      "package consumer;",
      "import fi.lape.core.Dataset;",
      "import fi.lape.core.policy.Policies;",
      "import fi.lape.core.report.AssessmentReport;",
      "import fi.lape.report.*;",
      "import java.time.LocalDate;",
      "import java.util.List;",
      "import java.util.Locale;",
      "public class Main {",
      "  public static void main(String[] args) {",
      "    AssessedSource s = AssessedSource.builder().label(\"x.json\")",
      "        .dataset(Dataset.builder().build())",
      "        .report(AssessmentReport.builder().asOf(LocalDate.of(2024, 1, 1))",
      "            .policyId(\"national-baseline\").build()).build();",
      "    for (ReportFormat f : ReportFormat.values()) {",
      "      System.out.println(ReportWriter.builder().format(f)",
      "          .locale(Locale.forLanguageTag(\"fi\")).policy(Policies.nationalBaseline())",
      "          .build().write(List.of(s)).lines()",
      "          .filter(l -> l.contains(\"<title>\") || l.contains(\"\\\"version\\\"\")",
      "              || l.contains(\"<testsuites\")).findFirst().orElse(\"-\").strip());",
      "    }",
      "  }",
      "}",
      "");

  private static final String SERVER_PROGRAM = String.join("\n",
      "package consumer;",
      "import fi.lape.server.LapeServer;",
      "import java.net.http.HttpClient;",
      "import java.net.http.HttpRequest;",
      "import java.net.http.HttpResponse;",
      "import java.nio.file.Path;",
      "public class Main {",
      "  static HttpResponse<String> post(HttpClient c, LapeServer s, String path,",
      "      HttpRequest.BodyPublisher body) throws Exception {",
      "    return c.send(HttpRequest.newBuilder(s.uri().resolve(path))",
      "        .header(\"Content-Type\", \"application/json\").header(\"Accept-Language\", \"fi\")",
      "        .POST(body).build(), HttpResponse.BodyHandlers.ofString());",
      "  }",
      "  public static void main(String[] args) throws Exception {",
      "    try (LapeServer s = LapeServer.builder().port(0).build().start()) {",
      "      HttpClient c = HttpClient.newHttpClient();",
      "      HttpResponse<String> suggest = post(c, s,",
      "          \"/v1/suggest?group=varkaus-lape&asOf=2017-11-01\",",
      "          HttpRequest.BodyPublishers.ofFile(Path.of(args[0])));",
      "      System.out.println(suggest.statusCode() + \" \"",
      "          + suggest.body().contains(\"p-siilinjarvi-04\"));",
      "      HttpResponse<String> bad = post(c, s, \"/v1/assess?policy=nope\",",
      "          HttpRequest.BodyPublishers.ofFile(Path.of(args[0])));",
      "      System.out.println(bad.statusCode() + \" \"",
      "          + bad.body().contains(\"Tuntemattomat arviointiperusteet\"));",
      "      HttpResponse<String> broken = post(c, s, \"/v1/assess\",",
      "          HttpRequest.BodyPublishers.ofString(\"{\\\"format\\\": \"));",
      "      System.out.println(broken.statusCode() + \" \"",
      "          + broken.body().contains(\"dokumentti loppuu kesken\"));",
      "      System.out.println(LapeServer.class.getModule().getName() + \" \"",
      "          + LapeServer.class.getModule().getPackages().stream().filter(",
      "              p -> LapeServer.class.getModule().isExported(p)).toList());",
      "    }",
      "  }",
      "}",
      "");

  @TempDir Path dir;

  /** The jars on failsafe's class path whose file names start with one of {@code prefixes}. */
  private static String modulePath(String... prefixes) {
    List<String> jars = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      for (String prefix : prefixes) {
        if (name.startsWith(prefix) && name.endsWith(".jar")) {
          jars.add(entry);
        }
      }
    }
    return String.join(File.pathSeparator, jars);
  }

  @Test
  void lapeCoreAloneRunsAsAModuleWithItsTextsAndGeography() throws Exception {
    List<String> out = run(dir, modulePath("lape-core-"), CORE_PROGRAM,
        "requires fi.lape.core;");
    assertEquals(List.of(
        Sector.NGO.displayName(Locale.forLanguageTag("fi")),
        Sector.NGO.displayName(Locale.forLanguageTag("sv")),
        Sector.NGO.displayName(Locale.ENGLISH),
        "Länsi-Uudenmaan hyvinvointialue",
        "532 Nastola was merged into 398 Lahti on 2016-01-01.",
        "true fi.lape.core",
        "internal is closed"), out);
  }

  @Test
  void lapeJsonRunsAsAModuleWithJackson() throws Exception {
    Path dataset = dir.resolve("helsinki.json");
    Files.writeString(dataset, "{\"format\": \"lape-dataset\", \"version\": \"1.0\", \"groups\": [{"
        + "\"id\": \"g\", \"kind\": \"MUNICIPAL_LAPE_GROUP\", \"name\": \"Helsinki\","
        + " \"scope\": {\"municipality\": \"091\"}}]}", StandardCharsets.UTF_8);
    List<String> out = run(dir, modulePath("lape-core-", "lape-json-", "jackson-"),
        JSON_PROGRAM, "requires fi.lape.json;", dataset.toString());
    assertEquals(List.of("091", "true", "true"), out);
  }

  @Test
  void lapeRulesRunsAsAModuleWithDroolsAsAutomaticModules() throws Exception {
    List<String> out = run(dir, modulePath("lape-core-", "lape-rules-", "drools-", "kie-",
        "slf4j-api-", "slf4j-simple-", "antlr", "commons-codec-", "ecj-", "javaparser-"),
        RULES_PROGRAM, "requires fi.lape.rules;");
    assertEquals(List.of("NON_COMPLIANT", "true"), out);
  }

  @Test
  void lapeReportRunsAsAModuleWithItsCompiledTemplates() throws Exception {
    List<String> out = run(dir, modulePath("lape-core-", "lape-json-", "lape-report-",
        "jackson-", "jte-runtime-"), REPORT_PROGRAM, "requires fi.lape.report;");
    assertEquals(List.of("<title>LAPE-arvio</title>", "\"version\" : \"2.1.0\",",
        "<testsuites name=\"lape\" tests=\"0\" failures=\"0\" errors=\"0\" skipped=\"0\">"),
        out);
  }

  /**
   * The server as a module on Jetty's modules: an answer from lape-advisor, a problem in Finnish
   * from the server's own texts, and a broken document's problem in Finnish from lape-json's.
   */
  @Test
  void lapeServerRunsAsAModuleOnJetty() throws Exception {
    Path sample = Path.of("data", "sample-dataset.json").toAbsolutePath();
    List<String> out = run(dir, modulePath("lape-core-", "lape-rules-", "lape-json-",
        "lape-advisor-", "lape-report-", "lape-sheets-", "lape-server-", "jackson-", "jetty-",
        "slf4j-api-", "slf4j-simple-", "drools-", "kie-", "antlr", "commons-codec-", "ecj-",
        "javaparser-", "jte-runtime-", "fastexcel", "opczip-", "aalto-xml-", "stax2-api-",
        "commons-compress-", "commons-io-", "commons-lang3-"),
        SERVER_PROGRAM, "requires fi.lape.server; requires java.net.http;", sample.toString());
    assertEquals(List.of("200 true", "400 true", "400 true", "fi.lape.server [fi.lape.server]"),
        out);
  }

  /**
   * Compiles {@code program} as module {@code consumer} with {@code requires} against {@code
   * modulePath}, runs it as {@code java -p modulePath:consumer -m consumer/consumer.Main args} and
   * returns its output lines; fails with its error output when it fails.
   */
  static List<String> run(Path dir, String modulePath, String program, String requires,
      String... args) throws IOException, InterruptedException {
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
    command.addAll(List.of(args));
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
