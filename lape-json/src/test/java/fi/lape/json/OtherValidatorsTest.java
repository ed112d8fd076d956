package fi.lape.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schemas load and judge documents alike in validators other than Java's: ajv 8 in strict
 * mode (from the npm registry, {@code src/test/js}) and Python's jsonschema. Each is skipped with a
 * message where its runtime is missing; CI installs ajv with {@code npm ci}. The version rule is
 * one rule: a {@code 1.1} document is rejected by every schema check and by the standard reader,
 * as FORMAT.md says.
 */
class OtherValidatorsTest {
  private static final Path SCHEMAS = Path.of("src/main/resources/fi/lape/json/schema");
  private static final Path JS = Path.of("src/test/js");

  @TempDir static Path dir;
  private static Path cases;

  @BeforeAll
  static void documents() throws IOException {
    List<String> entries = new ArrayList<>();
    for (String[] example : new String[][] {{"dataset", "dataset.json"},
        {"dataset", "minimal-dataset.json"}, {"policy", "policy.json"},
        {"report", "report.json"}}) {
      Path file = dir.resolve(example[1]);
      Files.writeString(file, Resources.text("/examples/" + example[1]));
      entries.add(entry(example[0], file, true));
    }
    Path newer = dir.resolve("dataset-1.1.json");
    Files.writeString(newer, newerVersion());
    entries.add(entry("dataset", newer, false));
    ByteArrayOutputStream set = new ByteArrayOutputStream();
    try (ReportSetWriter writer = LapeJson.standard().reportSetWriter(set)) {
      writer.report("a.json", Fixtures.report());
      writer.problems("b.json", List.of(new JsonProblem("/groups/0", 3, 5,
          ProblemCode.UNKNOWN_MEMBER, "unknownMember.none", List.of("\"x\""))));
    }
    Path setFile = dir.resolve("report-set.json");
    Files.write(setFile, set.toByteArray());
    entries.add(entry("report-set", setFile, true));
    cases = dir.resolve("cases.json");
    Files.writeString(cases, "[" + String.join(",\n", entries) + "]");
  }

  private static String newerVersion() {
    return Resources.text("/examples/minimal-dataset.json").replace("\"1.0\"", "\"1.1\"");
  }

  private static String entry(String schema, Path file, boolean valid) {
    return "{\"schema\": \"https://lape.fi/schema/" + schema + "-1.schema.json\", \"file\": \""
        + file.toAbsolutePath().toString().replace("\\", "\\\\") + "\", \"valid\": " + valid + "}";
  }

  @Test
  void ajvInStrictModeLoadsEverySchemaWithoutAWarning() throws Exception {
    assumeTrue(onPath("node"), "node is not installed: ajv is not run (CI runs it)");
    if (!Files.isDirectory(JS.resolve("node_modules/ajv"))) {
      assumeTrue(onPath("npm"), "npm is not installed: run npm ci in lape-json/src/test/js");
      Run install = run(JS.toFile(), "npm", "ci", "--no-audit", "--no-fund");
      assumeTrue(install.code == 0, "npm ci failed (no registry?): " + install.out);
    }
    Run check = run(JS.toFile(), "node", "check-schemas.mjs",
        SCHEMAS.toAbsolutePath().toString(), cases.toString());
    assertEquals(0, check.code, check.out);
    assertTrue(check.out.contains("4 schemas, 6 documents, 0 failures"), check.out);
  }

  @Test
  void pythonJsonschemaLoadsEverySchemaAndAgrees() throws Exception {
    assumeTrue(onPath("python3"), "python3 is not installed");
    Run probe = run(new File("."), "python3", "-c", "import jsonschema, referencing");
    assumeTrue(probe.code == 0, "Python's jsonschema is not installed (pip install jsonschema)");
    String script = String.join("\n",
        "import json, sys, pathlib",
        "from jsonschema import Draft202012Validator",
        "from referencing import Registry, Resource",
        "schemas = [json.loads(p.read_text('utf-8')) for p in pathlib.Path(sys.argv[1]).glob('*.schema.json')]",
        "registry = Registry().with_resources([(s['$id'], Resource.from_contents(s)) for s in schemas])",
        "by_id = {s['$id']: s for s in schemas}",
        "for s in schemas: Draft202012Validator.check_schema(s)",
        "bad = 0",
        "for c in json.loads(pathlib.Path(sys.argv[2]).read_text('utf-8')):",
        "    v = Draft202012Validator(by_id[c['schema']], registry=registry)",
        "    ok = v.is_valid(json.loads(pathlib.Path(c['file']).read_text('utf-8')))",
        "    if ok != c['valid']:",
        "        bad += 1; print('disagrees:', c['file'])",
        "print(len(schemas), 'schemas', bad, 'disagreements')",
        "sys.exit(1 if bad else 0)");
    Run check = run(new File("."), "python3", "-c", script, SCHEMAS.toString(),
        cases.toString());
    assertEquals(0, check.code, check.out);
  }

  @Test
  void aLaterMinorVersionIsRejectedByTheSchemaAndTheStandardReaderAlike() throws IOException {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    assertTrue(!registry.getSchema(LapeJson.schema(LapeDocument.DATASET))
        .validate(newerVersion(), InputFormat.JSON).isEmpty());
    LapeJsonException e = assertThrows(LapeJsonException.class,
        () -> LapeJson.standard().readDataset(newerVersion()));
    assertEquals(ProblemCode.NEWER_VERSION, e.problems().get(0).code());
    // The lenient reader, documented in FORMAT.md, reads it.
    LapeJson.builder().allowUnknownFields(true).build().readDataset(newerVersion());
    assertTrue(Files.readString(Path.of("FORMAT.md")).contains("the schemas accept only `1.0`"));
  }

  private record Run(int code, String out) {}

  private static Run run(File in, String... command) throws Exception {
    Process p = new ProcessBuilder(command).directory(in).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    assumeTrue(p.waitFor(300, TimeUnit.SECONDS), "timed out: " + command[0]);
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String part : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(part, program))) {
        return true;
      }
    }
    return false;
  }
}
