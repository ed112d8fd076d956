package fi.lape.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lape suggest --candidates} with a candidate list kept in a spreadsheet (CSV). */
class CandidateListCliTest {
  @TempDir Path dir;

  @Test
  void theTemplatesInEachLanguageGiveVarkausItsInvitationsFromTheList() {
    String[][] runs = {
      {"data/candidates/ehdokkaat-fi.csv", "fi", "mll-siilinjarvi", "vanhempi"},
      {"data/candidates/kandidater-sv.csv", "sv", "mll-siilinjarvi", "foralder"},
      {"data/candidates/candidates-en.csv", "en", "mll-siilinjarvi", "parent"},
    };
    for (String[] r : runs) {
      Cli run = Cli.run("suggest", "varkaus-lape", "--candidates", r[0], "--lang", r[1]);
      assertEquals(ExitCode.COMPLIANT, run.exitCode, run.toString());
      // Own candidates come first in the pool, so the list's MLL and parent are chosen.
      assertTrue(run.out.contains("1  " + r[2] + " "), run.out);
      assertTrue(run.out.contains("2  " + r[3] + " "), run.out);
    }
    Cli en = Cli.run("suggest", "varkaus-lape", "--candidates",
        "data/candidates/candidates-en.csv", "--lang", "en");
    assertTrue(en.out.contains("Candidates: 10 (your own, then"), en.out);
  }

  @Test
  void aBadRowIsBadInputWithItsRowAndColumn() throws IOException {
    Path file = dir.resolve("ehdokkaat.csv");
    Files.write(file, ("ehdokas;organisaatio;äänet\n"
        + "mll;MLL Varkaus;\n"
        + "vanhempi;;vanhemmat, isovanhemmat\n").getBytes(StandardCharsets.UTF_8));
    Cli run = Cli.run("suggest", "varkaus-lape", "--candidates", file.toString(), "--lang", "fi");
    assertEquals(ExitCode.BAD_INPUT, run.exitCode, run.toString());
    assertEquals("", run.out);
    assertTrue(run.err.contains(file + ", rivi 2, sarake B (organisaatio): organisaatiota"
        + " ”MLL Varkaus” ei ole aineistossa"), run.err);
    assertTrue(run.err.contains(file + ", rivi 3, sarake C (äänet): "), run.err);
    assertTrue(run.err.contains("isovanhemmat"), run.err);
    assertFalse(run.err.contains("Exception"), run.err);
  }
}
