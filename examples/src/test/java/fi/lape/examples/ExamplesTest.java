package fi.lape.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.json.LapeJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs every example program and checks what it prints. */
class ExamplesTest {
  private static final Path SOURCES = Path.of("src/main/java/fi/lape/examples");

  /** What an example printed. */
  private static final class Output {
    final String out;
    final String err;

    Output(String out, String err) {
      this.out = out;
      this.err = err;
    }
  }

  @FunctionalInterface
  private interface Program {
    void main(String[] args) throws Exception;
  }

  private static Output run(Program program, String... args) throws Exception {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      program.main(args);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return new Output(outBytes.toString(StandardCharsets.UTF_8),
        errBytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void buildAndAssessGroupPrintsVerdictCoverageAndFindings() throws Exception {
    String out = run(BuildAndAssessGroup::main).out;
    assertTrue(out.startsWith("asikkala-lape: compliant\n"), out);
    assertTrue(out.contains("multidisciplinary: true (4 branches (at least 3),"), out);
    assertTrue(out.contains("  LAPE-M02 covered by [m2]\n"), out);
    assertTrue(out.contains("  LAPE-M04-PARISH missing 1\n"), out);
    assertTrue(out.contains("warning LAPE-M04: No parish is represented"), out);
  }

  @Test
  void readJsonAndPrintReportPrintsTheReportDocument() throws Exception {
    String out = run(ReadJsonAndPrintReport::main, "data/sample-dataset.json", "2017-11-01").out;
    var report = LapeJson.standard().readReport(out);
    assertEquals("paijat-hame-2017", report.policyId());
    assertEquals(16, report.groups().size());
    // Hollola has no parish, an error under the Päijät-Häme policy.
    assertFalse(report.group(SampleData.HOLLOLA_LAPE).orElseThrow().isCompliant());
    assertTrue(out.contains("\"language\": \"fi\""), out);
  }

  @Test
  void readJsonAndPrintReportListsEveryProblemOfABadFile(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"lape-dataset\", \"version\": \"1.0\",\n"
        + " \"groups\": [{\"id\": \"g\", \"kind\": \"NO_SUCH_KIND\"}]}");
    Output output = run(ReadJsonAndPrintReport::main, bad.toString(), "2017-11-01");
    assertEquals("", output.out);
    assertTrue(output.err.contains(bad + ":2:"), output.err);
    assertTrue(output.err.contains("NO_SUCH_KIND"), output.err);
    assertTrue(output.err.contains("(at /groups/0/kind)"), output.err);
  }

  @Test
  void customMunicipalPolicyMakesAkaaNonCompliant() throws Exception {
    String out = run(CustomMunicipalPolicy::main).out;
    assertTrue(out.startsWith("akaa-onnistunut-tyo under akaa-2015: non-compliant\n"), out);
    assertTrue(out.contains("  AKAA-RESIDENTS (LAPE-M09): 1 more needed\n"), out);
    assertTrue(out.contains("\"id\": \"akaa-2015\""), out);
  }

  @Test
  void complianceTimelineShowsTheMarch2018Gap() throws Exception {
    // Until the customer panel's first members join on 2017-03-01 no linked group hears residents.
    assertEquals("2017-01-01..2017-02-28 non-compliant [LAPE-M05]\n"
        + "2017-03-01..2018-02-28 compliant\n"
        + "2018-03-01..2018-03-31 non-compliant [LAPE-M02]\n"
        + "2018-04-01..2018-12-31 compliant\n",
        run(ComplianceTimelineExample::main).out.replace("\r", ""));
  }

  @Test
  void ownDrlRuleFindsTheGroupsWithoutASecretary() throws Exception {
    assertEquals("siilinjarvi-lape: warning OWN-SECRETARY (our municipality's rules of procedure)\n"
        + "varkaus-lape: warning OWN-SECRETARY (our municipality's rules of procedure)\n",
        run(OwnDrlRule::main).out.replace("\r", ""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"BuildAndAssessGroup", "ReadJsonAndPrintReport",
      "CustomMunicipalPolicy", "ComplianceTimelineExample", "OwnDrlRule"})
  void examplesUseOnlyThePublicApi(String example) throws IOException {
    String source = Files.readString(SOURCES.resolve(example + ".java"), StandardCharsets.UTF_8);
    Matcher imports = Pattern.compile("(?m)^import (static )?([\\w.]+)").matcher(source);
    List<String> internal = new ArrayList<>();
    while (imports.find()) {
      String name = imports.group(2);
      if (name.contains(".internal.") || name.contains(".Immutable")) {
        internal.add(name);
      }
    }
    assertEquals(List.of(), internal);
    assertTrue(source.contains("public static void main(String[] args)"), example);
  }
}
