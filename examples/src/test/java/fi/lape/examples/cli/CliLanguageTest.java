package fi.lape.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The command line speaks the user's language in everything it says itself and in picocli's place:
 * days typed as people write them, lape's own sentence for every bad argument, translated help, and
 * no echoed argument that could be a name, an e-mail address or a phone number.
 */
class CliLanguageTest {
  private static void assertClean(Cli run) {
    assertFalse(run.err.contains("Exception"), run.toString());
    assertFalse(run.err.contains("\tat "), run.toString());
    assertFalse(run.err.contains("java."), run.toString());
  }

  @Test
  void daysAreAcceptedInFinnishSwedishAndIsoForm() {
    String iso = Cli.run("assess", "--lang", "fi", "--as-of", "2017-11-01").out;
    assertEquals(iso, Cli.run("assess", "--lang", "fi", "--as-of", "1.11.2017").out);
    assertEquals(iso, Cli.run("assess", "--lang", "fi", "--as-of", "01.11.2017").out);
    assertTrue(iso.startsWith("Arvio: sisäänrakennettu esimerkkiaineisto, tilanne 1.11.2017,"),
        iso);
    Cli timeline = Cli.run("timeline", "orimattila-lape", "--from", "1.1.2017", "--to",
        "2018-04-01", "--lang", "sv");
    assertTrue(timeline.out.contains("  1.3.2018–31.3.2018  uppfyller inte kraven  fel: LAPE-M02\n"),
        timeline.out);
    assertTrue(timeline.out.startsWith("Hur orimattila-lape (Orimattilan LAPE-ryhmä) uppfyller"
        + " kraven 1.1.2017–1.4.2018 enligt kravprofilen Nationell grundnivå"), timeline.out);
  }

  @Test
  void aDayThatDoesNotExistIsAnsweredInTheUsersLanguage() {
    Cli fi = Cli.run("assess", "--lang", "fi", "--as-of", "2018-02-30");
    assertEquals(ExitCode.BAD_INPUT, fi.exitCode);
    assertEquals("--as-of: \"2018-02-30\" ei ole kalenterin päivä. Kirjoita päivämäärä muodossa"
        + " 1.11.2017 (tai 2017-11-01).\nOhjeet: lape assess --help\n", fi.err);
    Cli sv = Cli.run("timeline", "orimattila-lape", "--lang", "sv", "--to", "31.2.2018");
    assertEquals("--to: \"31.2.2018\" är inte en dag i kalendern. Skriv datumet som 1.11.2017"
        + " (eller 2017-11-01).\nHjälp: lape timeline --help\n", sv.err);
    Cli en = Cli.run("assess", "--lang", "en", "--as-of", "2017-13-01");
    assertTrue(en.err.startsWith("--as-of: \"2017-13-01\" is not a day of the calendar."), en.err);
    assertClean(fi);
    assertClean(sv);
    assertClean(en);
  }

  @Test
  void anArgumentThatCouldBePersonalDataIsShownOnlyByItsShape() {
    Cli name = Cli.run("assess", "--lang", "fi", "--as-of", "Matti Meikäläinen");
    assertEquals(ExitCode.BAD_INPUT, name.exitCode);
    assertTrue(name.err.startsWith("--as-of: muodoltaan \"aaaaa aaaaaaaaaaa\" ei ole kalenterin"
        + " päivä."), name.err);
    Cli mail = Cli.run("timeline", "matti@example.fi", "--lang", "sv");
    assertTrue(mail.err.startsWith("Gruppen av formen \"aaaaa@aaaaaaa.aa\" finns inte"),
        mail.err);
    Cli phone = Cli.run("assess", "--policy", "0401234567", "--lang", "en");
    assertTrue(phone.err.startsWith("Unknown policy shaped \"9999999999\": "), phone.err);
    Cli id = Cli.run("timeline", "no-such-group", "--lang", "en");
    assertTrue(id.err.startsWith("Group \"no-such-group\" is not in"), id.err);
    for (Cli run : List.of(name, mail, phone)) {
      for (String secret : List.of("Matti", "Meikäläinen", "matti@", "example.fi", "0401234567")) {
        assertFalse(run.err.contains(secret), run.toString());
      }
    }
  }

  @Test
  void picocliErrorsAreLapesOwnSentences() {
    Cli unknown = Cli.run("assess", "--lang", "fi", "--bogus");
    assertEquals(ExitCode.BAD_INPUT, unknown.exitCode);
    assertEquals("Tuntematon valitsin \"--bogus\".\nOhjeet: lape assess --help\n", unknown.err);
    Cli missing = Cli.run("timeline", "--lang", "sv");
    assertEquals("Ett argument saknas: GRUPP.\nHjälp: lape timeline --help\n", missing.err);
    Cli choice = Cli.run("assess", "--lang", "fi", "--format", "xml");
    assertEquals("--format: \"xml\" ei ole mikään vaihtoehdoista text, json, html, sarif,"
        + " junit.\n"
        + "Ohjeet: lape assess --help\n", choice.err);
    Cli extra = Cli.run("schema", "dataset", "policy", "--lang", "sv");
    assertEquals(ExitCode.BAD_INPUT, extra.exitCode);
    assertTrue(extra.err.startsWith("Oväntat argument \"policy\"."), extra.err);
    for (Cli run : List.of(unknown, missing, choice, extra)) {
      assertClean(run);
      assertFalse(run.err.contains("Unknown option") || run.err.contains("Missing required"),
          run.toString());
    }
  }

  @Test
  void helpIsTranslatedWithPicocliHeadingsAndLabels() {
    String fi = Cli.run("--lang", "fi", "--help").out;
    assertTrue(fi.startsWith("Käyttö: lape [-hV] [--lang=fi|sv|en] [KOMENTO]\n"), fi);
    assertTrue(fi.contains("\nValitsimet:\n") && fi.contains("\nKomennot:\n")
        && fi.contains("\nPaluuarvot:\n"), fi);
    String timeline = Cli.run("timeline", "--lang", "fi", "--help").out;
    assertTrue(timeline.contains("[--from=PÄIVÄ]") && timeline.contains("RYHMÄ [TIEDOSTO]"),
        timeline);
    String sv = Cli.run("assess", "--lang", "sv", "--help").out;
    assertTrue(sv.startsWith("Användning: lape assess [-hV] [--show-names] [--as-of=DATUM]"), sv);
    assertTrue(sv.contains("vilken källa den bygger på") || sv.contains("\nAlternativ:\n"), sv);
    for (String english : List.of("[COMMAND]", "Usage:", "Options:", "FILE", "DATE")) {
      assertFalse(fi.contains(english) || timeline.contains(english) || sv.contains(english),
          english);
    }
  }
}
