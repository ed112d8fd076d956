package fi.lape.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.Person;
import fi.lape.core.policy.Policies;
import fi.lape.core.report.AssessmentReport;
import fi.lape.examples.SampleData;
import fi.lape.json.LapeDocument;
import fi.lape.json.LapeJson;
import fi.lape.rules.GroupAssessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lape assess}, {@code timeline} and {@code schema} run in-process, end to end. */
class CliEndToEndTest {
  private static final LapeJson JSON = LapeJson.builder().pretty(true).build();

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  /** The sample with only the given groups; organisations and persons stay. */
  private static Dataset sampleWith(String... groupIds) {
    List<Group> groups = List.of(groupIds).stream()
        .map(id -> SampleData.dataset().group(id).orElseThrow()).collect(Collectors.toList());
    return Dataset.builder().from(SampleData.dataset()).groups(groups).build();
  }

  private static void assertNoStackTrace(Cli run) {
    assertFalse(run.err.contains("\tat "), run.toString());
    assertFalse(run.err.contains("Exception"), run.toString());
  }

  @Test
  void assessWithoutFilesAssessesTheSampleAndExitsOneBecauseSomeGroupFails() {
    Cli run = Cli.run("assess", "--lang", "en");
    assertEquals(ExitCode.NON_COMPLIANT, run.exitCode, run.toString());
    assertTrue(run.out.startsWith("Assessment of built-in sample data as of 2017-11-01 under"
        + " policy National baseline (national-baseline)\n"), run.out);
    for (Group group : SampleData.dataset().groups()) {
      assertTrue(run.out.contains("\n== " + group.id() + ": " + group.name() + "\n"), group.id());
    }
    assertTrue(run.out.endsWith("16 groups assessed: 14 compliant, 2 non-compliant\n"
        + "Non-compliant: paijat-hame-nuorten-neuvonantajat, varkaus-lape\n"), run.out);
    assertEquals("", run.err);
  }

  @Test
  void textShowsVerdictMultidisciplinarityMatrixAndFindingsByMembershipId() {
    String out = Cli.run("assess", "--lang", "en").out;
    String varkaus = out.substring(out.indexOf("== varkaus-lape"),
        out.indexOf("== siilinjarvi-mll-perhekahvila"));
    assertTrue(varkaus.contains("  Verdict:           non-compliant\n"), varkaus);
    assertTrue(varkaus.contains("  Multidisciplinary: no: rules LAPE-M03, LAPE-M05 fail; 2"
        + " branches"), varkaus);
    assertTrue(varkaus.contains("    LAPE-M03               error    MISSING  . . . .\n"),
        varkaus);
    assertTrue(varkaus.contains("    LAPE-M02               error    ok       . . x .\n"),
        varkaus);
    assertTrue(varkaus.contains("    3  m-varkaus-lape-03  member, Varkauden kaupunki, maternity"
        + " and child health clinic"), varkaus);
    assertTrue(varkaus.contains("    error    LAPE-M03 "), varkaus);
    assertTrue(varkaus.contains("    warning  LAPE-M10 "), varkaus);
  }

  @Test
  void aCompliantDatasetExitsZero() throws IOException {
    Path file = write("siilinjarvi.json", JSON.write(sampleWith(SampleData.SIILINJARVI_LAPE)));
    Cli run = Cli.run("assess", "--as-of", "2017-11-01", "--lang", "en", file.toString());
    assertEquals(ExitCode.COMPLIANT, run.exitCode, run.toString());
    assertTrue(run.out.startsWith("Assessment of " + file + " as of 2017-11-01"), run.out);
    assertTrue(run.out.endsWith("1 group assessed: 1 compliant, 0 non-compliant\n"), run.out);
  }

  @Test
  void asOfChangesTheDayAssessed() {
    Cli march = Cli.run("assess", "--as-of", "2018-03-15", "--lang", "en");
    assertTrue(march.out.contains("Non-compliant: orimattila-lape,"), march.out);
    // 15.3.2018 is the same day as 2018-03-15; 15.13.2018 is no day at all.
    assertEquals(march.out, Cli.run("assess", "--as-of", "15.3.2018", "--lang", "en").out);
    Cli bad = Cli.run("assess", "--as-of", "15.13.2018");
    assertEquals(ExitCode.BAD_INPUT, bad.exitCode, bad.toString());
    assertTrue(bad.err.contains("--as-of"), bad.toString());
  }

  @Test
  void jsonIsTheReportDocument() {
    Cli run = Cli.run("assess", "--format", "json", "--lang", "en");
    assertEquals(ExitCode.NON_COMPLIANT, run.exitCode, run.toString());
    AssessmentReport expected = GroupAssessor.of(Policies.nationalBaseline())
        .assess(SampleData.dataset(), SampleData.DEFAULT_AS_OF);
    assertEquals(expected, LapeJson.standard().readReport(run.out));
    assertEquals(LapeJson.builder().pretty(true).language(Locale.ENGLISH).build()
        .write(expected).strip() + "\n", run.out.replace("\r", ""));
  }

  @Test
  void jsonFollowsTheLanguage() {
    assertTrue(Cli.run("assess", "--format", "json", "--lang", "fi").out
        .contains("\"language\": \"fi\""));
  }

  @Test
  void severalFilesGiveOneBlockEachAndInJsonOneReportSet() throws IOException {
    Path a = write("a.json", JSON.write(sampleWith(SampleData.SIILINJARVI_LAPE)));
    Path b = write("b.json", JSON.write(sampleWith(SampleData.VARKAUS_LAPE)));
    Cli text = Cli.run("assess", "--as-of", "2017-11-01", "--lang", "en", a.toString(),
        b.toString());
    assertEquals(ExitCode.NON_COMPLIANT, text.exitCode, text.toString());
    assertTrue(text.out.contains("Assessment of " + a), text.out);
    assertTrue(text.out.contains("Assessment of " + b), text.out);
    Cli json = Cli.run("assess", "--as-of", "2017-11-01", "--format", "json", a.toString(),
        b.toString());
    assertTrue(json.out.startsWith("{\n  \"format\": \"lape-report-set\",\n  \"version\": \"1.0\","),
        json.out);
    assertTrue(json.out.contains("\"source\": \"" + a + "\""), json.out);
    assertTrue(json.out.contains("\"source\": \"" + b + "\""), json.out);
    assertEquals(2, json.out.split("\"format\": \"lape-report\"", -1).length - 1, json.out);
  }

  @Test
  void policyByIdOrFile() {
    Cli paijatHame = Cli.run("assess", "--policy", "paijat-hame-2017", "--lang", "en");
    assertTrue(paijatHame.out.contains("Non-compliant: hollola-lape,"), paijatHame.out);
    Cli akaa = Cli.run("assess", "--policy", "data/akaa-policy.json", "--lang", "en");
    assertTrue(akaa.out.startsWith("Assessment of built-in sample data as of 2017-11-01 under"
        + " policy Akaa 2015 (akaa-2015)"), akaa.out);
    assertTrue(akaa.out.contains("Non-compliant: paijat-hame-nuorten-neuvonantajat,"
        + " akaa-onnistunut-tyo, varkaus-lape\n"), akaa.out);
    assertTrue(akaa.out.contains("    AKAA-RESIDENTS  error  MISSING  . . . . . .\n"), akaa.out);
  }

  @Test
  void malformedJsonIsBadInputWithLineAndColumn() throws IOException {
    Path file = write("broken.json", "{\"format\": \"lape-dataset\",\n  \"version\": \"1.0\",\n"
        + "  \"groups\": [\n");
    Cli run = Cli.run("assess", "--lang", "en", file.toString());
    assertEquals(ExitCode.BAD_INPUT, run.exitCode, run.toString());
    assertEquals("", run.out);
    assertTrue(run.err.startsWith(file + ": cannot be read (1 problem):\n  line 4, column"),
        run.err);
    assertNoStackTrace(run);
  }

  @Test
  void unknownReferencesAreListedWithTheirPlaces() throws IOException {
    String text = JSON.write(sampleWith(SampleData.VARKAUS_LAPE))
        .replace("\"personId\": \"p-varkaus-01\"", "\"personId\": \"p-nobody\"")
        .replace("\"organisationId\": \"org-varkaus\"", "\"organisationId\": \"org-nowhere\"");
    Path file = write("references.json", text);
    Cli run = Cli.run("assess", "--lang", "en", file.toString());
    assertEquals(ExitCode.BAD_INPUT, run.exitCode, run.toString());
    List<String> lines = run.err.lines().collect(Collectors.toList());
    assertEquals(file + ": cannot be read (5 problems):", lines.get(0));
    assertTrue(lines.get(1).matches("  line \\d+, column \\d+ \\(/groups/0/memberships/0/personId"
        + "\\): .*p-nobody.*"), run.err);
    assertTrue(lines.stream().anyMatch(l -> l.contains("/groups/0/memberships/3/organisationId")
        && l.contains("org-nowhere")), run.err);
    assertNoStackTrace(run);
  }

  @Test
  void aBadFileDoesNotHideTheGoodOnes() throws IOException {
    Path good = write("good.json", JSON.write(sampleWith(SampleData.SIILINJARVI_LAPE)));
    Path bad = write("bad.json", "[]");
    Cli run = Cli.run("assess", "--lang", "en", "--as-of", "2017-11-01", good.toString(),
        bad.toString(), dir.resolve("missing.json").toString());
    assertEquals(ExitCode.BAD_INPUT, run.exitCode, run.toString());
    assertTrue(run.out.startsWith("Assessment of " + good), run.out);
    assertTrue(run.err.startsWith(bad + ": cannot be read (1 problem):\n"), run.err);
    assertTrue(run.err.contains(dir.resolve("missing.json") + ": no such file\n"), run.err);
    assertFalse(run.err.contains(good.toString()), run.err);

    Cli json = Cli.run("assess", "--format", "json", "--as-of", "2017-11-01", good.toString(),
        bad.toString());
    assertEquals(ExitCode.BAD_INPUT, json.exitCode, json.toString());
    assertTrue(json.out.contains("\"source\": \"" + good + "\",\n      \"report\": {"),
        json.out);
    assertTrue(json.out.contains("\"source\": \"" + bad + "\",\n      \"problems\": ["),
        json.out);
    assertTrue(json.out.contains("\"code\": \"wrong-type\""), json.out);
  }

  @Test
  void badPolicyFileIsBadInput() throws IOException {
    Path file = write("policy.json", "{\"format\": \"lape-policy\", \"version\": \"1.0\"}");
    Cli run = Cli.run("assess", "--policy", file.toString(), "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, run.exitCode, run.toString());
    assertTrue(run.err.startsWith(file + ": cannot be read ("), run.err);
    assertNoStackTrace(run);
  }

  @Test
  void errorsSpeakTheChosenLanguage() {
    Cli fi = Cli.run("assess", "--lang", "fi", dir.resolve("x.json").toString());
    assertEquals(dir.resolve("x.json") + ": tiedostoa ei ole\n", fi.err);
    Cli sv = Cli.run("assess", "--lang", "sv", "--policy", "ingen");
    assertTrue(sv.err.startsWith("Okänd kravprofil \"ingen\""), sv.err);
  }

  @Test
  void namesAppearOnlyWithShowNames() throws IOException {
    Dataset sample = sampleWith(SampleData.SIILINJARVI_LAPE);
    Dataset named = Dataset.builder().from(sample).persons(sample.persons().stream()
        .map(p -> p.id().equals("p-siilinjarvi-01")
            ? Person.builder().from(p).name("Testi Henkilö").email("testi@example.org").build()
            : p)
        .collect(Collectors.toList())).build();
    Path file = write("named.json", JSON.write(named));
    Cli plain = Cli.run("assess", "--as-of", "2017-11-01", "--lang", "en", file.toString());
    assertFalse(plain.out.contains("Testi"), plain.out);
    Cli json = Cli.run("assess", "--as-of", "2017-11-01", "--format", "json", "--show-names",
        file.toString());
    assertFalse(json.out.contains("Testi"), json.out);
    Cli shown = Cli.run("assess", "--as-of", "2017-11-01", "--lang", "en", "--show-names",
        file.toString());
    assertTrue(shown.out.contains("    1  m-siilinjarvi-lape-01  chair, Siilinjärven kunta,"
        + " basic education (school)  [Testi Henkilö]\n"), shown.out);
    assertFalse(shown.out.contains("testi@example.org"), shown.out);
  }

  /**
   * The reviewed Finnish output of {@code lape assess} on the sample, pinned by its key sentences:
   * the title, a compliant and a non-compliant group, plurals, citations by title and date, and the
   * summary.
   */
  @Test
  void assessOnTheSampleReadsAsNativeFinnish() {
    Cli fi = Cli.run("assess", "--lang", "fi");
    assertEquals(ExitCode.NON_COMPLIANT, fi.exitCode, fi.toString());
    String out = fi.out;
    assertTrue(out.startsWith("Arvio: sisäänrakennettu esimerkkiaineisto, tilanne 1.11.2017,"
        + " arviointiperusteet Kansallinen perustaso (national-baseline)\n"), out);
    for (String line : List.of(
        "  kunnan LAPE-ryhmä, Varkaus (915)\n",
        "  Tulos:       täyttää vaatimukset\n",
        "  Tulos:       ei täytä vaatimuksia\n",
        "  Monialainen: kyllä – 6 toimialaa (vähintään 3), 4 organisaatiota (vähintään 2)\n",
        "  Monialainen: ei – säännöt LAPE-M03, LAPE-M05 eivät täyty; 2 toimialaa (vähintään 3),"
            + " 1 organisaatio (vähintään 2)\n",
        "  Mikään arviointiperusteiden vaatimus ei koske tämäntyyppistä ryhmää.\n",
        "    LAPE-M03 ",
        "Järjestöt, yhdistykset ja seurakunnat eivät ole edustettuina (vaatimus LAPE-M03: ei"
            + " yhtään jäsentä, tarvitaan vähintään 1).\n",
        "Ryhmä ei ole monialainen: 2 toimialaa (vähintään 3) ja 1 organisaatio (vähintään 2).\n",
        "Ryhmällä ei ole puheenjohtajaa.\n",
        "Jäsenyys m-neuvonantajavanhemmat-19 alkaa 15.9.2017, mikä ei ole ryhmän kauden"
            + " alkupäivä eikä täydennyspäivä.\n",
        "Tapaamispäivänä 24.10.2017 ryhmällä ei ole vetäjää.\n",
        "Ryhmän 17 asukasjäsentä tulee 5 kunnasta (kaikkien kotikunta tiedetään).\n",
        "Jäsenyydessä m-hollola-lape-04 edustetaan tehtäväalueita, joita organisaatio"
            + " org-hollola ei hoida: koulu- ja opiskeluterveydenhuolto.\n",
        "lähde: Päijät-Hämeen LAPE-ohjausryhmä 10.10.2017: \"monialainen ...",
        "lähde: Neuvonantajavanhemmat (LAPE Päijät-Häme), syksy 2017: ",
        "lähde: lape, docs/DOMAIN.md (LAPE-D01, LAPE-D02)\n")) {
      assertTrue(out.contains(line), () -> "missing: " + line + "\n" + out);
    }
    assertTrue(out.endsWith("Arvioitiin 16 ryhmää: vaatimukset täyttää 14, ei täytä 2.\n"
        + "Vaatimuksia eivät täytä: paijat-hame-nuorten-neuvonantajat, varkaus-lape\n"), out);
    assertNoEnglish(out);
  }

  /** The reviewed Swedish output of {@code lape assess} on the sample, pinned the same way. */
  @Test
  void assessOnTheSampleReadsAsNativeSwedish() {
    Cli sv = Cli.run("assess", "--lang", "sv");
    assertEquals(ExitCode.NON_COMPLIANT, sv.exitCode, sv.toString());
    String out = sv.out;
    assertTrue(out.startsWith("Bedömning av inbyggda exempeldata per 1.11.2017 enligt"
        + " kravprofilen Nationell grundnivå (national-baseline)\n"), out);
    for (String line : List.of(
        "  landskapets LAPE-styrgrupp, Päijänne-Tavastland (07)\n",
        "  kommunens LAPE-grupp, Varkaus (915)\n",
        "  Resultat:            uppfyller kraven\n",
        "  Resultat:            uppfyller inte kraven\n",
        "  Sektorsövergripande: ja – 4 sektorer (minst 3), 5 organisationer (minst 2)",
        "  Sektorsövergripande: nej – reglerna LAPE-M03, LAPE-M05 uppfylls inte; 2 sektorer"
            + " (minst 3), 1 organisation (minst 2)\n",
        "Varken organisationer, föreningar eller församlingar är företrädda (krav LAPE-M03: inga"
            + " medlemmar, minst 1 behövs).\n",
        "Gruppen är inte sektorsövergripande: 2 sektorer (minst 3) och 1 organisation (minst"
            + " 2).\n",
        "Gruppen har ingen ordförande.\n",
        "Medlemskapet m-neuvonantajavanhemmat-19 börjar 15.9.2017, varken när gruppens period"
            + " börjar eller på en dag då gruppen kompletteras.\n",
        "Gruppens 17 invånarmedlemmar kommer från 5 kommuner (allas hemkommun är känd).\n",
        "Gruppens 7 invånarmedlemmar kommer från 2 kommuner (1 utan känd hemkommun).\n",
        "Medlemskapet m-hollola-lape-04 företräder verksamhetsområden som organisationen"
            + " org-hollola inte har: skol- och studerandehälsovård.\n",
        "källa: Päijät-Hämeen LAPE-ohjausryhmä 10.10.2017: ")) {
      assertTrue(out.contains(line), () -> "missing: " + line + "\n" + out);
    }
    assertFalse(out.contains("bransch"), out);
    assertTrue(out.endsWith("16 grupper har bedömts: 14 uppfyller kraven, 2 uppfyller dem inte.\n"
        + "Uppfyller inte kraven: paijat-hame-nuorten-neuvonantajat, varkaus-lape\n"), out);
    assertNoEnglish(out);
  }

  /** English words that used to leak into the Finnish and Swedish output. */
  private static void assertNoEnglish(String out) {
    for (String english : List.of("National baseline", "seed 0", "DOMAIN.md\"", "data integrity",
        "members", "branches", "organisations", " of ")) {
      assertFalse(out.contains(english), () -> english + " in\n" + out);
    }
  }

  @Test
  void timelineShowsTheIntervalsAndExitsOneWhenSomeIsNonCompliant() {
    Cli run = Cli.run("timeline", "orimattila-lape", "--lang", "en");
    assertEquals(ExitCode.NON_COMPLIANT, run.exitCode, run.toString());
    assertEquals("Compliance of orimattila-lape (Orimattilan LAPE-ryhmä) from 2017-01-01 to"
        + " 2018-04-01 under policy National baseline (national-baseline)\n"
        + "  2017-01-01 .. 2017-02-28  non-compliant  error: LAPE-M05\n"
        + "  2017-03-01 .. 2018-02-28  compliant\n"
        + "  2018-03-01 .. 2018-03-31  non-compliant  error: LAPE-M02\n"
        + "  2018-04-01 .. 2018-04-01  compliant\n"
        + "No membership of the group changes after 2018-04-01.\n", run.out);
    Cli siilinjarvi = Cli.run("timeline", "siilinjarvi-lape", "--from", "2017-06-01", "--to",
        "2017-12-31", "--lang", "fi");
    assertEquals(ExitCode.COMPLIANT, siilinjarvi.exitCode, siilinjarvi.toString());
    assertTrue(siilinjarvi.out.contains("  1.6.2017–31.12.2017  täyttää vaatimukset\n"),
        siilinjarvi.out);
  }

  @Test
  void timelineReadsAFileAndRejectsUnknownGroupsAndBackwardRanges() throws IOException {
    Path file = write("varkaus.json", JSON.write(sampleWith(SampleData.VARKAUS_LAPE)));
    Cli run = Cli.run("timeline", "varkaus-lape", file.toString(), "--lang", "en");
    assertEquals(ExitCode.NON_COMPLIANT, run.exitCode, run.toString());
    Cli unknown = Cli.run("timeline", "no-such-group", file.toString(), "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, unknown.exitCode);
    assertEquals("Group \"no-such-group\" is not in " + file + ". Its groups: varkaus-lape\n",
        unknown.err);
    Cli backwards = Cli.run("timeline", "varkaus-lape", "--from", "2018-01-01", "--to",
        "2017-01-01", "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, backwards.exitCode);
    assertEquals("--to 2017-01-01 is before --from 2018-01-01.\n", backwards.err);
  }

  @Test
  void schemaPrintsEachDocumentsSchema() {
    for (LapeDocument document : LapeDocument.values()) {
      Cli run = Cli.run("schema", document.name().toLowerCase(Locale.ROOT));
      assertEquals(ExitCode.COMPLIANT, run.exitCode, run.toString());
      assertEquals(LapeJson.schema(document).strip() + "\n", run.out.replace("\r", ""));
    }
    assertEquals(ExitCode.BAD_INPUT, Cli.run("schema", "everything").exitCode);
    assertEquals(ExitCode.BAD_INPUT, Cli.run("schema").exitCode);
  }

  @Test
  void defaultTimelineEndsWhenTheLastMembershipChangeTakesEffect() {
    Group orimattila = SampleData.dataset().group(SampleData.ORIMATTILA_LAPE).orElseThrow();
    assertEquals(LocalDate.of(2017, 1, 1), orimattila.firstDay().orElseThrow());
    assertEquals(LocalDate.of(2018, 4, 1),
        orimattila.lastChange(LocalDate.of(2017, 1, 1)));
  }
}
