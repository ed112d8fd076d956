package fi.lape.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.policy.Policies;
import fi.lape.rules.GroupAssessor;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example of lape-report, as it stands there. */
class ReadmeExampleTest {
  @TempDir Path dir;

  @Test
  void writesTheHtmlReport() throws Exception {
    Dataset dataset = Fixtures.dataset();
    Path file = dir.resolve("report.html");
    // --- as in the README (the file name aside)
    GroupAssessor assessor = GroupAssessor.of(Policies.nationalBaseline());
    LocalDate day = LocalDate.of(2018, 1, 15);
    AssessedSource.Builder source = AssessedSource.builder()
        .label("groups.json").uri("data/groups.json")
        .dataset(dataset).report(assessor.assess(dataset, day));
    for (Group g : dataset.groups()) {   // optional: the HTML report's timeline bars
      source.putTimelines(g.id(), assessor.timeline(dataset, g.id(), day.minusYears(1), day));
    }
    try (Writer out = Files.newBufferedWriter(file)) {
      ReportWriter.builder().format(ReportFormat.HTML).locale(Locale.forLanguageTag("fi"))
          .policy(assessor.policy()).build()
          .write(List.of(source.build()), out);
    }
    // ---
    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(html.contains("<title>LAPE-arvio</title>") && html.contains("</html>"), html);
    assertTrue(html.contains("<svg class=\"timeline\""), html);
  }
}
