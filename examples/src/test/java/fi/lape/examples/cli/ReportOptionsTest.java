package fi.lape.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.examples.SampleData;
import fi.lape.json.LapeJson;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code lape assess} for pipelines, end to end: {@code --format sarif|junit|html}, {@code
 * --output}, {@code -} for standard input and directories of datasets.
 */
class ReportOptionsTest {
  private static final String SAMPLE = "data/sample-dataset.json";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final InputStream STDIN = System.in;

  @TempDir Path dir;

  @AfterEach
  void restoreStdin() {
    System.setIn(STDIN);
  }

  private static Dataset sampleWith(String... groupIds) {
    List<Group> groups = List.of(groupIds).stream()
        .map(id -> SampleData.dataset().group(id).orElseThrow()).collect(Collectors.toList());
    return Dataset.builder().from(SampleData.dataset()).groups(groups).build();
  }

  private Path write(Path file, Dataset dataset) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, LapeJson.standard().write(dataset), StandardCharsets.UTF_8);
    return file;
  }

  private static void assertNoStackTrace(Cli run) {
    assertFalse(run.err.contains("\tat "), run.toString());
    assertFalse(run.err.contains("Exception"), run.toString());
  }

  @Test
  void sarifLocatesEachResultInTheFileAsGivenByJsonPointer() throws Exception {
    Cli run = Cli.run("assess", SAMPLE, "--as-of", "2017-11-01", "--format", "sarif");
    assertEquals(ExitCode.NON_COMPLIANT, run.exitCode, run.toString());
    JsonNode sarif = MAPPER.readTree(run.out);
    assertEquals("2.1.0", sarif.get("version").asString());
    JsonNode run0 = sarif.at("/runs/0");
    assertEquals(SAMPLE, run0.at("/artifacts/0/location/uri").asString());
    int varkaus = SampleData.dataset().groups().indexOf(
        SampleData.dataset().group("varkaus-lape").orElseThrow());
    boolean found = false;
    for (JsonNode result : run0.get("results")) {
      if (result.get("ruleId").asString().equals("LAPE-M03")
          && result.at("/properties/groupId").asString().equals("varkaus-lape")) {
        found = true;
        assertEquals("error", result.get("level").asString());
        assertEquals(SAMPLE,
            result.at("/locations/0/physicalLocation/artifactLocation/uri").asString());
        assertEquals("/groups/" + varkaus,
            result.at("/locations/0/properties/jsonPointer").asString());
        // The region is where the reader found the group: its object starts there.
        int line = result.at("/locations/0/physicalLocation/region/startLine").asInt();
        List<String> lines = Files.readAllLines(Path.of(SAMPLE), StandardCharsets.UTF_8);
        assertTrue(line >= 1 && line + 1 < lines.size(), result.toString());
        assertTrue(String.join("\n", lines.subList(line - 1, line + 2)).contains("\"varkaus-lape\""),
            () -> line + ": " + lines.subList(line - 1, line + 2));
      }
    }
    assertTrue(found, run.out);
  }

  @Test
  void outputWritesTheFileAndNothingToStandardOutput() throws Exception {
    Path junit = dir.resolve("lape.xml");
    Cli run = Cli.run("assess", "--format", "junit", "--output", junit.toString());
    assertEquals(ExitCode.NON_COMPLIANT, run.exitCode, run.toString());
    assertEquals("", run.out);
    String xml = Files.readString(junit, StandardCharsets.UTF_8);
    assertTrue(xml.startsWith("<?xml version=") && xml.contains("UTF-8"), xml);
    assertTrue(xml.contains("<testsuites name=\"lape\" tests=\"16\" failures=\"2\""), xml);

    Path text = dir.resolve("lape.txt");
    assertEquals(ExitCode.NON_COMPLIANT,
        Cli.run("assess", "--lang", "fi", "-o", text.toString()).exitCode);
    assertEquals(Cli.run("assess", "--lang", "fi").out,
        Files.readString(text, StandardCharsets.UTF_8));
  }

  @Test
  void aDashReadsStandardInput() throws Exception {
    Dataset hollola = sampleWith("hollola-lape");
    Path file = write(dir.resolve("hollola.json"), hollola);
    System.setIn(new ByteArrayInputStream(Files.readAllBytes(file)));
    Cli fromStdin = Cli.run("assess", "-", "--as-of", "2018-01-15", "--format", "json");
    Cli fromFile = Cli.run("assess", file.toString(), "--as-of", "2018-01-15", "--format",
        "json");
    assertEquals(ExitCode.COMPLIANT, fromStdin.exitCode, fromStdin.toString());
    assertEquals(fromFile.out, fromStdin.out);

    System.setIn(new ByteArrayInputStream(Files.readAllBytes(file)));
    Cli text = Cli.run("assess", "-", "--lang", "fi", "--as-of", "2018-01-15");
    assertTrue(text.out.startsWith("Arvio: vakiosyöte, tilanne 15.1.2018"), text.out);

    System.setIn(new ByteArrayInputStream(Files.readAllBytes(file)));
    Cli sarif = Cli.run("assess", "-", "--format", "sarif");
    JsonNode run = MAPPER.readTree(sarif.out).at("/runs/0");
    assertTrue(run.path("artifacts").isMissingNode(), sarif.out);
    assertEquals("standard input", run.at("/results/0/properties/source").asString());
  }

  @Test
  void badStandardInputIsToldLikeABadFile() {
    System.setIn(new ByteArrayInputStream("{\"format\": \"lape-dataset\", \"version\": \"1.0\","
        .getBytes(StandardCharsets.UTF_8)));
    Cli run = Cli.run("assess", "-", "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, run.exitCode, run.toString());
    assertTrue(run.err.startsWith("standard input: "), run.err);
    assertTrue(run.err.contains("\n  line 1, column 45 (/): "), run.err);
    assertNoStackTrace(run);

    Cli twice = Cli.run("assess", "-", "-", "--lang", "fi");
    assertEquals(ExitCode.BAD_INPUT, twice.exitCode, twice.toString());
    assertTrue(twice.err.contains("Vakiosyötteen (-) voi antaa vain kerran."), twice.err);
  }

  @Test
  void aDirectoryStandsForItsDatasetFilesInNameOrder() throws Exception {
    Path folder = dir.resolve("datasets");
    write(folder.resolve("b-varkaus.json"), sampleWith("varkaus-lape"));
    write(folder.resolve("a-hollola.json"), sampleWith("hollola-lape"));
    Files.writeString(folder.resolve("notes.txt"), "not a dataset");
    Files.createDirectories(folder.resolve("sub.json"));
    Cli run = Cli.run("assess", folder.toString(), "--as-of", "2017-11-01", "--format", "junit");
    assertEquals(ExitCode.NON_COMPLIANT, run.exitCode, run.toString());
    int a = run.out.indexOf("<testsuite name=\"" + folder.resolve("a-hollola.json") + "\"");
    int b = run.out.indexOf("<testsuite name=\"" + folder.resolve("b-varkaus.json") + "\"");
    assertTrue(a > 0 && b > a, run.out);
    assertEquals(2, run.out.split("<testsuite ", -1).length - 1, run.out);
  }

  @Test
  void aDirectoryWithoutDatasetsIsToldClearly() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("members.txt"), "x");
    Cli fi = Cli.run("assess", empty.toString(), "--lang", "fi");
    assertEquals(ExitCode.BAD_INPUT, fi.exitCode, fi.toString());
    assertEquals(empty + ": kansiossa ei ole aineistotiedostoja (*.json, *.xlsx)\n", fi.err);
    Cli en = Cli.run("assess", empty.toString(), "--lang", "en");
    assertEquals(empty + ": this folder has no dataset files (*.json, *.xlsx)\n", en.err);
    Cli sv = Cli.run("assess", empty.toString(), "--lang", "sv");
    assertEquals(empty + ": mappen har inga datamängdsfiler (*.json, *.xlsx)\n", sv.err);
  }

  @Test
  void anOutputThatCannotBeWrittenIsBadInputWithItsReason() {
    Path nowhere = dir.resolve("missing").resolve("report.html");
    Cli run = Cli.run("assess", "--format", "html", "--output", nowhere.toString(), "--lang",
        "en");
    assertEquals(ExitCode.BAD_INPUT, run.exitCode, run.toString());
    assertEquals("Cannot write " + nowhere + ": its folder does not exist\n", run.err);
    assertNoStackTrace(run);
    Cli fi = Cli.run("assess", "--output", dir.toString(), "--lang", "fi");
    assertEquals(ExitCode.BAD_INPUT, fi.exitCode, fi.toString());
    assertTrue(fi.err.startsWith("Tiedostoon " + dir + " ei voi kirjoittaa: "), fi.err);
  }

  @Test
  void htmlOfSeveralFilesIsOnePage() throws Exception {
    Path one = write(dir.resolve("one.json"), sampleWith("hollola-lape"));
    Path two = write(dir.resolve("two.json"), sampleWith("varkaus-lape"));
    Path page = dir.resolve("report.html");
    Cli run = Cli.run("assess", one.toString(), two.toString(), "--as-of", "2017-11-01",
        "--format", "html", "--output", page.toString(), "--lang", "sv");
    assertEquals(ExitCode.NON_COMPLIANT, run.exitCode, run.toString());
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertEquals(1, html.split("<html", -1).length - 1);
    assertTrue(html.contains("Data: " + one), html);
    assertTrue(html.contains("Data: " + two), html);
    assertTrue(html.contains("data-group=\"hollola-lape\"") && html.contains(
        "data-group=\"varkaus-lape\""), html);
    assertTrue(html.contains("Hur kraven uppfyllts under året innan"), html);
  }
}
