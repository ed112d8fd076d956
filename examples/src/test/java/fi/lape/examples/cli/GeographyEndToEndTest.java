package fi.lape.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Datasets from anywhere in Finland assess without declaring any geography: the built-in
 * Statistics Finland lists resolve every code, the text names the wellbeing services county that
 * serves a municipal group, and a merged municipality's code is noticed after the merger.
 */
class GeographyEndToEndTest {
  private static String file(String name) {
    try {
      return Path.of(GeographyEndToEndTest.class.getResource("/geography/" + name).toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Cli assess(String name, String asOf, String lang) {
    Cli run = Cli.run("assess", file(name), "--as-of", asOf, "--lang", lang);
    assertTrue(run.exitCode == ExitCode.COMPLIANT || run.exitCode == ExitCode.NON_COMPLIANT,
        run.toString());
    assertEquals("", run.err, run.toString());
    return run;
  }

  @Test
  void helsinkiAssessesAndIsServedByNoCounty() {
    Cli run = assess("helsinki.json", "2024-03-01", "en");
    assertTrue(run.out.contains("  municipal LAPE group, Helsinki (091)\n"
        + "  Wellbeing services county: none (Helsinki and Åland arrange social and health"
        + " services themselves)\n"), run.out);
    Cli sv = assess("helsinki.json", "2024-03-01", "sv");
    assertTrue(sv.out.contains("Helsingfors (091)\n  Välfärdsområde: inget"), sv.out);
  }

  @Test
  void espooAssessesAndIsServedByLansiUusimaa() {
    Cli run = assess("espoo.json", "2024-03-01", "en");
    assertTrue(run.out.contains("  municipal LAPE group, Espoo (049)\n"
        + "  Wellbeing services county: Länsi-Uudenmaan hyvinvointialue (03)\n"), run.out);
    assertTrue(assess("espoo.json", "2024-03-01", "fi").out
        .contains("  Hyvinvointialue: Länsi-Uudenmaan hyvinvointialue (03)\n"));
    assertTrue(assess("espoo.json", "2024-03-01", "sv").out
        .contains("Esbo (049)\n  Välfärdsområde: Västra Nylands välfärdsområde (03)\n"));
  }

  @Test
  void aPohjoisSavoDatasetAssessesEveryGroup() {
    Cli run = assess("pohjois-savo.json", "2024-03-01", "en");
    assertTrue(run.out.contains("== pohjois-savo-lape"), run.out);
    assertTrue(run.out.contains("Pohjois-Savo (11)"), run.out);
    assertTrue(run.out.contains("  municipal LAPE group, Kuopio (297)\n"
        + "  Wellbeing services county: Pohjois-Savon hyvinvointialue (13)\n"), run.out);
    assertTrue(run.out.contains("  municipal LAPE group, Iisalmi (140)\n"
        + "  Wellbeing services county: Pohjois-Savon hyvinvointialue (13)\n"), run.out);
    assertTrue(run.out.contains("3 groups assessed"), run.out);
  }

  @Test
  void noCountyLineBeforeTheCountiesBegan() {
    Cli run = assess("espoo.json", "2022-12-31", "en");
    assertFalse(run.out.contains("Wellbeing services county"), run.out);
  }

  @Test
  void aMergedMunicipalityIsAssessedBeforeTheMergerAndNoticedAfterIt() {
    Cli before = assess("nastola.json", "2015-12-31", "en");
    assertTrue(before.out.contains("  municipal LAPE group, Nastola (532)\n  Verdict:"),
        before.out);
    Cli after = assess("nastola.json", "2016-01-01", "en");
    assertTrue(after.out.contains("  municipal LAPE group, Nastola (532)\n"
        + "  Note: 532 Nastola was merged into 398 Lahti on 2016-01-01.\n"), after.out);
    assertTrue(assess("nastola.json", "2016-01-01", "fi").out.contains(
        "  Huom.: Kunta 532 Nastola on liitetty kuntaan 398 Lahti 1.1.2016 alkaen.\n"));
  }
}
