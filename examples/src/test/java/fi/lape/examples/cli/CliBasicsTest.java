package fi.lape.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.policy.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, version, usage errors and the rule catalogue: commands that need no dataset. */
class CliBasicsTest {
  @ParameterizedTest
  @ValueSource(strings = {"", "rules", "assess", "timeline", "schema"})
  void helpAndVersionWorkOnEveryCommand(String command) {
    String[] prefix = command.isEmpty() ? new String[0] : new String[] {command};
    Cli help = Cli.run(concat(prefix, "--help"));
    assertEquals(ExitCode.COMPLIANT, help.exitCode, help.toString());
    assertTrue(help.out.startsWith("Usage: lape" + (command.isEmpty() ? "" : " " + command)),
        help.toString());
    assertTrue(help.out.contains("Exit codes:"), help.toString());
    Cli version = Cli.run(concat(prefix, "--version"));
    assertEquals(ExitCode.COMPLIANT, version.exitCode, version.toString());
    assertTrue(version.out.matches("(?s)lape \\d+\\.\\d+\\.\\d+.*"), version.toString());
  }

  @Test
  void helpIsTranslated() {
    Cli fi = Cli.run("--lang", "fi", "assess", "--help");
    assertTrue(fi.out.startsWith("Käyttö: lape assess"), fi.toString());
    assertTrue(fi.out.contains("Paluuarvot:"), fi.toString());
    assertTrue(fi.out.contains("Näytä tämä ohje ja lopeta."), fi.toString());
    Cli sv = Cli.run("rules", "--help", "--lang=sv");
    assertTrue(sv.out.startsWith("Användning: lape rules"), sv.toString());
    assertTrue(sv.out.contains("Listar regelkatalogen"), sv.toString());
  }

  @Test
  void noCommandIsAUsageError() {
    Cli run = Cli.run();
    assertEquals(ExitCode.BAD_INPUT, run.exitCode);
    assertTrue(run.err.startsWith("Usage: lape"), run.toString());
    assertEquals("", run.out);
  }

  @Test
  void unknownOptionsAndBadValuesAreUsageErrors() {
    assertEquals(ExitCode.BAD_INPUT, Cli.run("rules", "--no-such-option").exitCode);
    Cli badLang = Cli.run("rules", "--lang", "de");
    assertEquals(ExitCode.BAD_INPUT, badLang.exitCode);
    assertTrue(badLang.err.contains("--lang"), badLang.toString());
    assertFalse(badLang.err.contains("\tat "), "no stack trace");
  }

  @Test
  void rulesListsTheWholeCatalogueWithSeveritiesAndSources() {
    Cli run = Cli.run("rules", "--lang", "en");
    assertEquals(ExitCode.COMPLIANT, run.exitCode, run.toString());
    for (Rule rule : Rule.values()) {
      assertTrue(run.out.contains("\n" + rule.id() + "  "), rule.id());
    }
    assertTrue(run.out.contains("LAPE-M04  warning  "), run.out);
    assertTrue(run.out.contains("source: Kohtaamispaikkojen kehittäminen Pohjois-Savossa"
        + " 11.12.2017: "), run.out);
    assertFalse(run.out.contains("seed"), run.out);
  }

  @Test
  void rulesShowSeveritiesUnderTheChosenPolicy() {
    Cli run = Cli.run("rules", "--policy", "paijat-hame-2017", "--lang", "en");
    assertTrue(run.out.contains("LAPE-M04  error    "), run.out);
    assertTrue(run.out.contains("under policy Päijät-Häme 2017 (paijat-hame-2017)"), run.out);
    Cli savo = Cli.run("rules", "--policy", "pohjois-savo-2017", "--lang", "en");
    assertTrue(savo.out.contains("requirements in the policy: LAPE-M12 (warning)"), savo.out);
    Cli baseline = Cli.run("rules", "--lang", "en");
    assertTrue(baseline.out.contains("requirements in the policy: none, so it finds nothing"),
        baseline.out);
  }

  @Test
  void rulesSpeakFinnishAndSwedish() {
    Cli fi = Cli.run("rules", "--lang", "fi");
    assertTrue(fi.out.startsWith("Sääntöluettelo (25 sääntöä). Vakavuudet arviointiperusteiden"
        + " mukaan: Kansallinen perustaso (national-baseline)\n"), fi.out);
    assertTrue(fi.out.contains("LAPE-M01  virhe"), fi.out);
    Cli sv = Cli.run("rules", "--lang", "sv");
    assertTrue(sv.out.startsWith("Regelkatalog: 25 regler"), sv.out);
    assertTrue(sv.out.contains("LAPE-M01  fel"), sv.out);
  }

  @Test
  void unknownPolicyIsBadInput() {
    Cli run = Cli.run("rules", "--policy", "no-such-policy", "--lang", "en");
    assertEquals(ExitCode.BAD_INPUT, run.exitCode);
    assertEquals("Unknown policy \"no-such-policy\": neither a built-in policy (national-baseline,"
        + " paijat-hame-2017, pohjois-savo-2017) nor a file.\n", run.err.replace("\r", ""));
  }

  @Test
  void aBugIsExitCodeThreeWithOneLineAndNoStackTrace() {
    java.io.StringWriter err = new java.io.StringWriter();
    int code = LapeCli.failed(new IllegalStateException("boom"), new java.io.PrintWriter(err),
        Language.en);
    assertEquals(ExitCode.INTERNAL_ERROR, code);
    assertEquals("Internal error: java.lang.IllegalStateException: boom. Please report it with the"
        + " command you ran.", err.toString().strip());
    java.io.StringWriter oom = new java.io.StringWriter();
    assertEquals(ExitCode.INTERNAL_ERROR, LapeCli.failed(new OutOfMemoryError("Java heap space"),
        new java.io.PrintWriter(oom), Language.en));
    assertEquals(1, oom.toString().strip().lines().count(), oom.toString());
    assertTrue(oom.toString().startsWith("lape ran out of memory."), oom.toString());
    java.io.StringWriter forged = new java.io.StringWriter();
    LapeCli.failed(new IllegalStateException("a\nb\u001b[31m"), new java.io.PrintWriter(forged),
        Language.en);
    assertEquals(1, forged.toString().strip().lines().count(), forged.toString());
    java.io.StringWriter bad = new java.io.StringWriter();
    assertEquals(ExitCode.BAD_INPUT, LapeCli.failed(CliException.badInput("one", "two"),
        new java.io.PrintWriter(bad), Language.en));
    assertEquals("one\ntwo", bad.toString().strip().replace("\r", ""));
  }

  private static String[] concat(String[] prefix, String last) {
    String[] all = java.util.Arrays.copyOf(prefix, prefix.length + 1);
    all[prefix.length] = last;
    return all;
  }
}
