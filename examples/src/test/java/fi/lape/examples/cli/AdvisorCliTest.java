package fi.lape.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fi.lape.advisor.AdvisorJson;
import fi.lape.core.Dataset;
import fi.lape.core.Person;
import fi.lape.examples.SampleData;
import fi.lape.json.LapeJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lape suggest}, {@code lape what-if} and {@code lape timeline --format json}, end to end. */
class AdvisorCliTest {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static void assertValid(AdvisorJson.Document document, String json) {
    assertEquals(List.of(), REGISTRY.getSchema(AdvisorJson.schema(document))
        .validate(json, InputFormat.JSON).stream().map(e -> e.getInstanceLocation() + " "
            + e.getMessage()).toList(), json);
  }

  private static void assertNoStackTrace(Cli run) {
    assertFalse(run.err.contains("\tat "), run.toString());
    assertFalse(run.err.contains("Exception"), run.toString());
  }

  @Test
  void varkausGetsTwoInvitationsFromSiilinjarvi() {
    Cli run = Cli.run("suggest", "varkaus-lape", "--lang", "en");
    assertEquals(ExitCode.COMPLIANT, run.exitCode, run.toString());
    assertEquals("""
        Whom to invite to varkaus-lape (Varkauden LAPE-työryhmä) as of 2017-11-01 under policy \
        National baseline (national-baseline)
          Errors now: LAPE-M03, LAPE-M05, LAPE-M08
          Candidates: 7 (your own, then the people in the other groups of the municipality and \
        the region)
          Invite these 2 (the smallest set of the candidates):
            1  p-siilinjarvi-04  MLL Siilinjärven yhdistys, NGOs and associations
                                 sits in: siilinjarvi-lape
                                 closes: LAPE-M03
            2  p-siilinjarvi-06  young people
                                 sits in: siilinjarvi-lape
                                 closes: LAPE-M05
          With them: compliant
        """, run.out);
  }

  @Test
  void finnishAndSwedish() {
    Cli fi = Cli.run("suggest", "varkaus-lape", "--lang", "fi");
    assertTrue(fi.out.startsWith("Keitä kutsua ryhmään varkaus-lape (Varkauden LAPE-työryhmä),"
        + " tilanne 1.11.2017, arviointiperusteet Kansallinen perustaso (national-baseline)\n"),
        fi.out);
    assertTrue(fi.out.contains("Kutsu nämä 2 ehdokasta (pienin mahdollinen joukko):"), fi.out);
    assertTrue(fi.out.contains("täyttää: LAPE-M03"), fi.out);
    assertTrue(fi.out.contains("Heidän kanssaan: täyttää vaatimukset"), fi.out);
    Cli sv = Cli.run("suggest", "varkaus-lape", "--lang", "sv");
    assertTrue(sv.out.startsWith("Vem som bör bjudas in till varkaus-lape (Varkauden"
        + " LAPE-työryhmä) per 1.11.2017 enligt kravprofilen Nationell grundnivå"
        + " (national-baseline)\n"), sv.out);
    assertTrue(sv.out.contains("Bjud in de här 2 kandidaterna"), sv.out);
    assertTrue(sv.out.contains("uppfyller: LAPE-M05"), sv.out);
  }

  @Test
  void warningsTooAndWhatNoCandidateMeets() {
    Cli run = Cli.run("suggest", "varkaus-lape", "--warnings", "--lang", "en");
    assertTrue(run.out.contains("Invite these 4"), run.out);
    assertTrue(run.out.contains("No candidate can meet:\n    LAPE-M10: adding members does not"
        + " clear it\n"), run.out);
    assertTrue(run.out.contains("With them: compliant; still LAPE-M10"), run.out);
  }

  @Test
  void jsonValidatesAndNamesOnlyWhenAsked() throws IOException {
    List<Person> persons = new ArrayList<>();
    for (Person p : SampleData.dataset().persons()) {
      persons.add(p.id().equals("p-siilinjarvi-04")
          ? Person.builder().from(p).name("Maija Meikäläinen").build() : p);
    }
    Dataset named = Dataset.builder().from(SampleData.dataset()).persons(persons).build();
    Path file = write("named.json", LapeJson.standard().write(named));
    Cli plain = Cli.run("suggest", "varkaus-lape", file.toString(), "--as-of", "2017-11-01",
        "--format", "json");
    assertEquals(ExitCode.COMPLIANT, plain.exitCode, plain.toString());
    assertValid(AdvisorJson.Document.SUGGESTIONS, plain.out);
    assertFalse(plain.out.contains("Maija"), plain.out);
    assertTrue(plain.out.contains("\"candidateId\" : \"p-siilinjarvi-04\""), plain.out);
    Cli names = Cli.run("suggest", "varkaus-lape", file.toString(), "--as-of", "2017-11-01",
        "--format", "json", "--show-names");
    assertValid(AdvisorJson.Document.SUGGESTIONS, names.out);
    assertTrue(names.out.contains("\"name\" : \"Maija Meikäläinen\""), names.out);
    Cli text = Cli.run("suggest", "varkaus-lape", file.toString(), "--as-of", "2017-11-01",
        "--show-names", "--lang", "en");
    assertTrue(text.out.contains("NGOs and associations  [Maija Meikäläinen]"), text.out);
  }

  @Test
  void ownCandidatesComeFirst() throws IOException {
    Path candidates = write("candidates.json", """
        {"format": "lape-suggestion-request", "version": "1.0",
         "candidates": [
           {"id": "a-parent", "voices": ["PARENTS"]},
           {"id": "mll-varkaus", "organisationId": "org-mll-siilinjarvi", "sectors": ["NGO"]}
         ]}""");
    Cli run = Cli.run("suggest", "varkaus-lape", "--candidates", candidates.toString(), "--lang",
        "en");
    assertEquals(ExitCode.COMPLIANT, run.exitCode, run.toString());
    assertTrue(run.out.contains("1  a-parent     anyone who represents parents\n"), run.out);
    assertTrue(run.out.contains("2  mll-varkaus  a representative of MLL Siilinjärven yhdistys,"
        + " NGOs and associations\n"), run.out);
  }

  @Test
  void badCandidatesSayWhereInTheUsersLanguage() throws IOException {
    Path candidates = write("bad.json", """
        {"format": "lape-suggestion-request", "version": "1.0",
         "candidates": [{"id": "x", "voices": ["GRANDPARENTS"]}]}""");
    Cli run = Cli.run("suggest", "varkaus-lape", "--candidates", candidates.toString(), "--lang",
        "fi");
    assertEquals(ExitCode.BAD_INPUT, run.exitCode, run.toString());
    assertNoStackTrace(run);
    assertTrue(run.err.contains("rivi 2") || run.err.contains("2"), run.err);
    assertTrue(run.err.contains("/candidates/0/voices/0"), run.err);
    assertTrue(run.err.contains("arvo ei kelpaa: odotettiin CHILDREN, YOUNG_PEOPLE, PARENTS"),
        run.err);
    assertFalse(run.err.contains("GRANDPARENTS"), run.err);

    Path unknownOrg = write("org.json", """
        {"format": "lape-suggestion-request", "version": "1.0",
         "candidates": [{"id": "x", "organisationId": "org-nowhere"}]}""");
    Cli org = Cli.run("suggest", "varkaus-lape", "--candidates", unknownOrg.toString());
    assertEquals(ExitCode.BAD_INPUT, org.exitCode, org.toString());
    assertTrue(org.err.contains("candidate 1: organisation \"org-nowhere\" is not in the"
        + " dataset"), org.err);
    assertNoStackTrace(org);
    Cli orgFi = Cli.run("suggest", "varkaus-lape", "--candidates", unknownOrg.toString(),
        "--lang", "fi");
    assertEquals(ExitCode.BAD_INPUT, orgFi.exitCode, orgFi.toString());
    assertTrue(orgFi.err.contains("1. ehdokas: organisaatiota \"org-nowhere\" ei ole"
        + " aineistossa"), orgFi.err);

    Cli group = Cli.run("suggest", "no-such-group", "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, group.exitCode);
    assertTrue(group.err.startsWith("Group no-such-group is not in"), group.err);
  }

  @Test
  void whatIfTheNewNurseLeaves() throws IOException {
    Path change = write("change.json", """
        {"format": "lape-change", "version": "1.0", "groupId": "orimattila-lape",
         "steps": [{"op": "END", "membershipId": "m-orimattila-lape-08", "day": "2018-06-30"}]}""");
    Cli run = Cli.run("what-if", "orimattila-lape", change.toString(), "--lang", "en");
    assertEquals(ExitCode.NON_COMPLIANT, run.exitCode, run.toString());
    assertTrue(run.out.contains("  m-orimattila-lape-08 leaves: last day 2018-06-30\n"), run.out);
    assertTrue(run.out.contains("On 2018-07-01, when the change has taken effect:\n"
        + "  without the change: compliant\n"
        + "  with the change:    non-compliant (error: LAPE-M02)\n"), run.out);
    assertTrue(run.out.contains("  2018-07-01 .. 2018-07-01  non-compliant  error: LAPE-M02\n"),
        run.out);
    assertTrue(run.out.contains("  non-compliant from 2018-07-01 until someone joins: LAPE-M02"
        + " needs social and health"), run.out);
    assertTrue(run.out.contains("  non-compliant from 2018-03-01 to 2018-03-31: LAPE-M02"),
        run.out);

    Cli fi = Cli.run("what-if", "orimattila-lape", change.toString(), "--lang", "fi");
    assertTrue(fi.out.startsWith("Entä jos – ryhmä orimattila-lape (Orimattilan LAPE-ryhmä),"
        + " arviointiperusteet Kansallinen perustaso (national-baseline):\n"
        + "  m-orimattila-lape-08 lähtee: viimeinen päivä 30.6.2018\n"), fi.out);
    assertTrue(fi.out.contains("ei vaatimusten mukainen 1.7.2018 alkaen, kunnes ryhmään"
        + " liittyy: LAPE-M02 tarvitsee: sosiaali- ja terveyspalvelut"), fi.out);

    Cli json = Cli.run("what-if", "orimattila-lape", change.toString(), "--format", "json");
    assertValid(AdvisorJson.Document.WHAT_IF, json.out);
    assertTrue(json.out.contains("\"lasting\" : true"), json.out);
  }

  @Test
  void thePublishedExampleChangeIsTheOneInTheReadme() {
    Cli run = Cli.run("what-if", "orimattila-lape", "data/orimattila-change.json", "--lang", "en");
    assertEquals(ExitCode.NON_COMPLIANT, run.exitCode, run.toString());
    assertTrue(run.out.contains("  error    LAPE-M02         Social and health"), run.out);
  }

  @Test
  void badChangesSayWhere() throws IOException {
    Path change = write("change.json", """
        {"format": "lape-change", "version": "1.0", "groupId": "orimattila-lape",
         "steps": [{"op": "LEAVE", "membershipId": "m-orimattila-lape-08", "day": "2018-06-30"},
                   {"op": "END", "membershipId": "m-nobody", "day": "2018-06-31"}]}""");
    Cli run = Cli.run("what-if", "orimattila-lape", change.toString(), "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, run.exitCode, run.toString());
    assertNoStackTrace(run);
    assertTrue(run.err.contains("/steps/1/day"), run.err);

    Path unknown = write("unknown.json", """
        {"format": "lape-change", "version": "1.0", "groupId": "orimattila-lape",
         "steps": [{"op": "END", "membershipId": "m-nobody", "day": "2018-06-30"}]}""");
    Cli missing = Cli.run("what-if", "orimattila-lape", unknown.toString(), "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, missing.exitCode, missing.toString());
    assertTrue(missing.err.contains("change step 1: group \"orimattila-lape\" has no"
        + " membership \"m-nobody\""), missing.err);
    Cli missingSv = Cli.run("what-if", "orimattila-lape", unknown.toString(), "--lang", "sv");
    assertTrue(missingSv.err.contains("ändringens steg 1: gruppen \"orimattila-lape\" har inget"
        + " medlemskap \"m-nobody\""), missingSv.err);

    Cli backwards = Cli.run("what-if", "orimattila-lape", "data/orimattila-change.json",
        "--from", "2019-01-01", "--to", "2018-01-01", "--lang", "fi");
    assertEquals(ExitCode.BAD_INPUT, backwards.exitCode, backwards.toString());
    assertTrue(backwards.err.contains("--to 1.1.2018 on aikaisempi kuin --from 1.1.2019."),
        backwards.err);

    Cli other = Cli.run("what-if", "varkaus-lape", unknown.toString(), "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, other.exitCode);
    assertTrue(other.err.contains("the change is for group orimattila-lape, not varkaus-lape"),
        other.err);
  }

  @Test
  void timelineAsJson() {
    Cli run = Cli.run("timeline", "orimattila-lape", "--format", "json", "--to", "2018-04-01");
    assertEquals(ExitCode.NON_COMPLIANT, run.exitCode, run.toString());
    assertValid(AdvisorJson.Document.TIMELINE, run.out);
    assertTrue(run.out.contains("\"errorRuleIds\" : [ \"LAPE-M02\" ]"), run.out);
    assertTrue(run.out.contains("\"compliant\" : false"), run.out);
  }

  @Test
  void everyNewKeyIsInEveryLanguage() throws IOException {
    for (String bundle : List.of("messages", "help")) {
      var en = BundleKeys.of(bundle + ".properties");
      assertEquals(en, BundleKeys.of(bundle + "_fi.properties"), bundle);
      assertEquals(en, BundleKeys.of(bundle + "_sv.properties"), bundle);
    }
  }
}
