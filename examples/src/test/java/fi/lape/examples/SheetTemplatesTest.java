package fi.lape.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.lape.core.Dataset;
import fi.lape.core.report.Verdict;
import fi.lape.core.policy.Policies;
import fi.lape.rules.GroupAssessor;
import fi.lape.sheets.MemberSheets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the member-list templates in {@code examples/data/templates/} equal to what {@link
 * SheetTemplates} writes, and checks that each reads back as the template dataset. To regenerate
 * them, run this test with {@code -Dlape.updateSamples=true}.
 */
class SheetTemplatesTest {
  private static final Path TEMPLATES = Path.of("data", "templates");
  private static final boolean UPDATE = Boolean.getBoolean("lape.updateSamples");

  @TempDir Path dir;

  @Test
  void publishedTemplatesAreWhatTheProgramWrites() throws IOException {
    if (UPDATE) {
      SheetTemplates.write(TEMPLATES);
    }
    List<Path> fresh = SheetTemplates.write(dir);
    assertEquals(names(dir), names(TEMPLATES),
        "templates are out of date: run this test with -Dlape.updateSamples=true");
    for (Path file : fresh) {
      Path published = TEMPLATES.resolve(file.getFileName().toString());
      if (file.toString().endsWith(".csv")) {
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(published),
            published + " is out of date: run this test with -Dlape.updateSamples=true");
      }
    }
  }

  @Test
  void everyTemplateReadsBackAsTheExampleGroupInItsLanguage() {
    for (String name : SheetTemplates.NAMES) {
      for (String ext : List.of(".csv", ".xlsx")) {
        Dataset read = MemberSheets.read(TEMPLATES.resolve(name + ext),
            SheetTemplates.language(name));
        assertEquals(SheetTemplates.dataset(), read, name + ext);
      }
    }
  }

  @Test
  void theExampleGroupIsCompliant() {
    assertEquals(Verdict.COMPLIANT, GroupAssessor.of(Policies.nationalBaseline())
        .assess(SheetTemplates.dataset(), "orimattila-lape", LocalDate.of(2018, 6, 1)).verdict());
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
