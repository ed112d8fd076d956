package fi.lape.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.report.GroupAssessment;
import fi.lape.testkit.GroupCase;
import fi.lape.testkit.Generators;
import fi.lape.testkit.Property;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HTML report: what it shows, in which language, escaped, self-contained, without names. */
class HtmlReportTest {
  private static String html(String language) {
    return Fixtures.write(ReportFormat.HTML, language, List.of(Fixtures.source()));
  }

  /** The table row of requirement {@code id} in the grid of the group with {@code groupId}. */
  private static String row(String html, String groupId, String id) {
    int group = html.indexOf("data-group=\"" + groupId + "\"");
    int start = html.indexOf("data-requirement=\"" + id + "\"", group);
    assertTrue(group >= 0 && start >= 0, groupId + " " + id);
    return html.substring(start, html.indexOf("</tr>", start));
  }

  private static int count(String text, String part) {
    Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @ParameterizedTest
  @CsvSource({
    "fi, LAPE-arvio, ei täytä vaatimuksia, Havainnot, Kattavuus",
    "sv, LAPE-bedömning, uppfyller inte kraven, Iakttagelser, Täckning",
    "en, LAPE assessment, non-compliant, Findings, Coverage"
  })
  void speaksTheChosenLanguage(String language, String title, String nonCompliant,
      String findings, String coverage) {
    String html = html(language);
    assertTrue(html.contains("<html lang=\"" + language + "\">"), html);
    assertTrue(html.contains("<title>" + title + "</title>"), html);
    assertTrue(html.contains(">" + nonCompliant + "</span>"), html);
    assertTrue(html.contains("<h3>" + findings + "</h3>"), html);
    assertTrue(html.contains("<h3>" + coverage), html);
  }

  @Test
  void showsEachGroupWithItsVerdictGridTimelineAndFindingsWithCitations() {
    String html = html("fi");
    assertTrue(html.contains("<section class=\"group compliant\" id=\"g1\""
        + " data-group=\"orimattila-lape\">"), html);
    assertTrue(html.contains("<section class=\"group non-compliant\" id=\"g2\""
        + " data-group=\"hollola-lape\">"), html);
    // m1..m4 are the columns of the compliant group; m1 covers education, m2 social and health.
    String education = row(html, "orimattila-lape", "LAPE-M01");
    assertTrue(education.startsWith("data-requirement=\"LAPE-M01\""), education);
    assertEquals(1, count(education, "class=\"cell on\""), education);
    assertEquals(3, count(education, "class=\"cell off\""), education);
    assertTrue(education.contains("title=\"m1 täyttää vaatimusta LAPE-M01\""), education);
    String health = row(html, "hollola-lape", "LAPE-M02");
    assertTrue(html.contains("<tr class=\"unmet\" data-requirement=\"LAPE-M02\">"), html);
    assertEquals(0, count(health, "class=\"cell on\""), health);
    assertTrue(health.contains("<td class=\"status unmet\">puuttuu</td>"), health);
    // The failing group's error findings, each with its citation.
    int hollola = html.indexOf("data-group=\"hollola-lape\"");
    String findings = html.substring(html.indexOf("<h3>Havainnot</h3>", hollola));
    assertTrue(findings.contains("<div class=\"finding error\" data-rule=\"LAPE-M02\">"),
        findings);
    assertTrue(findings.contains("<p class=\"citation\">Lähde: Päijät-Hämeen LAPE-ohjausryhmä"), findings);
    // Hollola never complied in the year before the day: one red bar over the whole year.
    String bar = findings.isEmpty() ? "" : html.substring(hollola, html.indexOf("</svg>", hollola));
    assertTrue(bar.contains("<rect class=\"non-compliant\" x=\"0\" y=\"0\" width=\"1000\""), bar);
    assertTrue(html.contains("15.1.2017–15.1.2018: ei täytä vaatimuksia; virheet: LAPE-M02"),
        html);
  }

  @Test
  void escapesEveryTextFromTheDataAndNeedsNothingFromOutside() {
    String html = html("en");
    assertFalse(html.contains(Fixtures.EVIL), html);
    assertFalse(html.contains("<script"), html);
    // In element content jte escapes what could start markup; quotes need no escaping there.
    assertTrue(html.contains("<h2>Lape &lt;script&gt;alert('x')&lt;/script&gt; &amp; \"co\""),
        html);
    for (String outside : List.of("src=", "href=\"http", "@import", "url(", "<link", "<iframe")) {
      assertFalse(html.contains(outside), outside);
    }
  }

  @Test
  void printsOnA4WithAPageBreakBetweenGroups() {
    String html = html("en");
    assertTrue(html.contains("@page { size: A4;"), html);
    assertTrue(html.matches("(?s).*@media print \\{.*section\\.group \\{ break-before: page;.*"),
        html);
  }

  @Test
  void showsNamesOnlyWhenAskedFor() {
    List<AssessedSource> sources = List.of(Fixtures.source());
    ReportWriter.Builder writer = ReportWriter.builder().format(ReportFormat.HTML)
        .policy(Fixtures.POLICY);
    assertFalse(writer.build().write(sources).contains(Fixtures.NAME));
    String named = writer.showNames(true).build().write(sources);
    assertTrue(named.contains("<td>" + Fixtures.NAME + "</td>"), named);
  }

  @Test
  void showsSuggestionsWhereThereAreSome() {
    AssessedSource source = AssessedSource.builder().from(Fixtures.source())
        .putSuggestions("hollola-lape", List.of("Kutsu <b>neuvolan</b> edustaja"))
        .build();
    String html = Fixtures.write(ReportFormat.HTML, "fi", List.of(source));
    assertEquals(1, count(html, "<h3>Ehdotukset</h3>"), html);
    assertTrue(html.contains("<li>Kutsu &lt;b&gt;neuvolan&lt;/b&gt; edustaja</li>"), html);
    assertFalse(html(("fi")).contains("Ehdotukset"));
  }

  @Test
  void generatedDatasetsNeverShowPersonalDataAndShowEveryGroupAndFinding() {
    Property.forAll(Generators.datasetsWithPersonalData())
        .named("HTML, SARIF and JUnit reports of generated datasets hold no personal data")
        .cases(40)
        .check(dataset -> {
          AssessedSource source = AssessedSource.builder().label("generated")
              .dataset(dataset).report(Fixtures.ASSESSOR.assess(dataset, Fixtures.DAY)).build();
          for (ReportFormat format : ReportFormat.values()) {
            String out = Fixtures.write(format, "fi", List.of(source));
            for (String secret : Generators.personalData(dataset)) {
              assertFalse(out.contains(secret), format + " shows personal data");
            }
          }
          String html = Fixtures.write(ReportFormat.HTML, "sv", List.of(source));
          for (GroupAssessment group : source.report().groups()) {
            assertTrue(html.contains("data-group=\"" + group.groupId() + "\""), group.groupId());
          }
          long findings = source.report().groups().stream()
              .mapToLong(g -> g.findings().size()).sum();
          assertEquals(findings, count(html, "<div class=\"finding "), "findings");
        });
  }

  @Test
  void aGroupAssessedWithoutItsDatasetEntryIsStillShownById() {
    GroupCase example = Generators.groups().generate(7L, 10);
    Dataset dataset = example.dataset();
    AssessedSource source = AssessedSource.builder().label("x").dataset(dataset)
        .report(Fixtures.ASSESSOR.assess(dataset, example.asOf())).build();
    String html = ReportWriter.builder().format(ReportFormat.HTML).policy(Fixtures.POLICY)
        .locale(Locale.ENGLISH).build().write(List.of(source));
    assertTrue(html.contains("data-group=\"" + example.groupId() + "\""), html);
    assertTrue(html.contains("No timeline was made for this group."), html);
  }
}
