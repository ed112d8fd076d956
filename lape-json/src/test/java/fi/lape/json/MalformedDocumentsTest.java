package fi.lape.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of malformed documents under {@code src/test/resources/malformed}: each {@code
 * NN-name.json} has a sibling {@code NN-name.expected} whose first line names the reader and its
 * options ({@code # dataset membersPerGroup=2}) and whose other lines are the exact problems, in
 * order: pointer ({@code (root)} for the document), {@code line:column}, the problem code and a
 * fragment of the English message, separated by tabs. {@code -Dlape.updateCatalogue=true} rewrites
 * them from what the reader says (review the diff).
 */
class MalformedDocumentsTest {
  private static final int MINIMUM_CATALOGUE_SIZE = 40;

  static Path catalogue() throws URISyntaxException {
    return Path.of(MalformedDocumentsTest.class.getResource("/malformed").toURI());
  }

  static Stream<String> cases() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(catalogue())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length())).sorted()
          .collect(Collectors.toList()).stream();
    }
  }

  @Test
  void theCatalogueHasAtLeastFortyDocuments() throws Exception {
    assertTrue(cases().count() >= MINIMUM_CATALOGUE_SIZE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readingReportsExactlyTheCataloguedProblems(String name) throws Exception {
    byte[] document = Files.readAllBytes(catalogue().resolve(name + ".json"));
    List<String> expected = Files.readAllLines(catalogue().resolve(name + ".expected"));
    String[] header = expected.get(0).substring(2).split(" ");
    LapeJson json = options(header);
    List<String> wanted = expected.subList(1, expected.size());
    assertFalse(wanted.isEmpty(), name + ".expected lists no problem");

    List<JsonProblem> fromBytes = problems(json, header[0],
        () -> read(json, header[0], new ByteArrayInputStream(document)));
    if (Boolean.getBoolean("lape.updateCatalogue")) {
      // Rewrites the expectations from what the reader says; review the diff before committing.
      List<String> lines = new ArrayList<>();
      lines.add(expected.get(0));
      fromBytes.forEach(p -> lines.add(line(p)));
      Path source = Path.of("src/test/resources/malformed", name + ".expected");
      Files.write(source, lines, StandardCharsets.UTF_8);
      return;
    }
    assertMatches(wanted, fromBytes);

    String text = utf8(document);
    if (text != null) {
      assertMatches(wanted, problems(json, header[0], () -> read(json, header[0], text)));
    }
  }

  private static void assertMatches(List<String> wanted, List<JsonProblem> actual) {
    String report = actual.stream().map(MalformedDocumentsTest::line)
        .collect(Collectors.joining("\n"));
    assertEquals(wanted.size(), actual.size(), "problems found:\n" + report);
    for (int i = 0; i < wanted.size(); i++) {
      String[] fields = wanted.get(i).split("\t", 4);
      JsonProblem problem = actual.get(i);
      String where = fields[0].equals("(root)") ? "" : fields[0];
      assertEquals(where, problem.pointer(), "pointer of problem " + i + "; found:\n" + report);
      assertEquals(fields[1], problem.line() + ":" + problem.column(),
          "position of problem " + i + "; found:\n" + report);
      assertEquals(fields[2], problem.code().code(),
          "code of problem " + i + "; found:\n" + report);
      assertTrue(problem.message().contains(fields[3]),
          "message of problem " + i + " should contain '" + fields[3] + "'; found:\n" + report);
    }
  }

  static String line(JsonProblem p) {
    return (p.pointer().isEmpty() ? "(root)" : p.pointer()) + "\t" + p.line() + ":" + p.column()
        + "\t" + p.code().code() + "\t" + p.message();
  }

  private static LapeJson options(String[] header) {
    LapeJson.Builder json = LapeJson.builder();
    JsonLimits.Builder limits = JsonLimits.builder();
    for (int i = 1; i < header.length; i++) {
      String[] option = header[i].split("=");
      switch (option[0]) {
        case "allowUnknownFields":
          json.allowUnknownFields(true);
          break;
        case "documentSize":
          limits.documentSize(Long.parseLong(option[1]));
          break;
        case "nestingDepth":
          limits.nestingDepth(Integer.parseInt(option[1]));
          break;
        case "stringLength":
          limits.stringLength(Integer.parseInt(option[1]));
          break;
        case "membersPerGroup":
          limits.membersPerGroup(Integer.parseInt(option[1]));
          break;
        default:
          throw new IllegalArgumentException("unknown option " + header[i]);
      }
    }
    return json.limits(limits.build()).build();
  }

  private static Object read(LapeJson json, String kind, Object source) {
    switch (kind) {
      case "dataset":
        return source instanceof String ? json.readDataset((String) source)
            : json.readDataset((java.io.InputStream) source);
      case "policy":
        return source instanceof String ? json.readPolicy((String) source)
            : json.readPolicy((java.io.InputStream) source);
      case "report":
        return source instanceof String ? json.readReport((String) source)
            : json.readReport((java.io.InputStream) source);
      default:
        throw new IllegalArgumentException(kind);
    }
  }

  private static List<JsonProblem> problems(LapeJson json, String kind,
      org.junit.jupiter.api.function.Executable read) {
    LapeJsonException e = assertThrows(LapeJsonException.class, read);
    assertEquals(kind, e.document().name().toLowerCase(Locale.ROOT));
    return new ArrayList<>(e.problems());
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
