package fi.lape.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optional statutory gender balance LAPE-L01 on the command line: off under the built-in
 * policies, on with {@code examples/data/gender-balance-policy.json}, and counts, never a person's
 * gender, in what lape prints.
 */
class GenderBalanceCliTest {
  private static final String POLICY = "data/gender-balance-policy.json";

  @TempDir Path dir;

  /** A project steering group of one woman and four men, and two deputies who are men. */
  private Path dataset() throws IOException {
    StringBuilder persons = new StringBuilder();
    StringBuilder seats = new StringBuilder();
    String[] genders = {"WOMAN", "MAN", "MAN", "MAN", "MAN", "MAN", "MAN"};
    for (int i = 0; i < genders.length; i++) {
      persons.append(i == 0 ? "" : ",\n").append("    {\"id\": \"p").append(i)
          .append("\", \"name\": \"Henkilö ").append((char) ('A' + i))
          .append("\", \"gender\": \"").append(genders[i]).append("\"}");
      seats.append(i == 0 ? "" : ",\n").append("        {\"id\": \"m").append(i)
          .append("\", \"personId\": \"p").append(i).append("\"")
          .append(i < 5 ? "" : ", \"role\": \"DEPUTY_MEMBER\", \"deputyOf\": \"m" + (i - 4) + "\"")
          .append(", \"term\": {\"start\": \"2018-01-01\"}}");
    }
    Path file = dir.resolve("hanke.json");
    Files.writeString(file, "{\n  \"format\": \"lape-dataset\",\n  \"version\": \"1.0\",\n"
        + "  \"persons\": [\n" + persons + "\n  ],\n  \"groups\": [\n    {\n"
        + "      \"id\": \"akaa-hanke\", \"kind\": \"PROJECT_STEERING_GROUP\","
        + " \"name\": \"Hankkeen ohjausryhmä\", \"scope\": {\"municipality\": \"020\"},\n"
        + "      \"memberships\": [\n" + seats + "\n      ]\n    }\n  ]\n}\n");
    return file;
  }

  @Test
  void theCatalogueListsTheRuleAsOptionalWithWhereItIsDecided() {
    Cli baseline = Cli.run("rules", "--lang", "en");
    int at = baseline.out.indexOf("\nLAPE-L01  error  ");
    assertTrue(at >= 0, baseline.out);
    String block = baseline.out.substring(at);
    assertTrue(block.contains("optional: off unless the policy switches it on (enabledRules)"),
        block);
    assertTrue(block.contains("source: Laki naisten ja miesten välisestä tasa-arvosta"
        + " (609/1986) 4 a §"), block);
    assertTrue(block.contains("decided in fi/lape/rules/internal/rules/equality/equality.drl:"
        + " rule \"LAPE-L01 too few women or men\""), block);
    Cli on = Cli.run("rules", "--lang", "fi", "--policy", POLICY);
    // LAPE-L01 is the last rule of the catalogue: its block runs to the end.
    String fi = on.out.substring(on.out.indexOf("\nLAPE-L01"));
    assertFalse(fi.contains("valinnainen: käytössä vain"), fi);
    assertTrue(fi.contains("tasa-arvolaki 609/1986"), fi);
  }

  @Test
  void thePolicyFileSwitchesItOnAndUnrecordedGendersGetAdvice() {
    Cli off = Cli.run("assess", "--lang", "en");
    assertFalse(off.out.contains("LAPE-L01"), off.out);
    Cli on = Cli.run("assess", "--lang", "en", "--policy", POLICY);
    assertEquals(off.exitCode, on.exitCode, on.toString());
    // The sample data records no genders: advice, not a guess, for the planning groups.
    assertTrue(on.out.contains("The gender balance of the members is not assessed"), on.out);
    assertTrue(on.out.contains("info     LAPE-L01"), on.out);
  }

  @Test
  void findingsGiveCountsAndNoOutputGivesAPersonsGender() throws IOException {
    Path file = dataset();
    Cli text = Cli.run("assess", file.toString(), "--lang", "en", "--as-of", "2018-03-01",
        "--policy", POLICY, "--show-names");
    assertEquals(ExitCode.NON_COMPLIANT, text.exitCode, text.toString());
    assertTrue(text.out.contains("1 woman and 4 men among 5 members: at least 2 of each needed."),
        text.out);
    assertTrue(text.out.contains("0 women and 2 men among 2 deputies: at least 1 of each"
        + " needed."), text.out);
    Cli finnish = Cli.run("assess", file.toString(), "--lang", "fi", "--as-of", "2018-03-01",
        "--policy", POLICY);
    assertTrue(finnish.out.contains("5 jäsenestä naisia on 1 ja miehiä 4: kumpiakin tarvitaan"
        + " vähintään 2."), finnish.out);
    Cli json = Cli.run("assess", file.toString(), "--as-of", "2018-03-01", "--policy", POLICY,
        "--format", "json");
    for (Cli run : new Cli[] {text, finnish, json}) {
      for (String personal : new String[] {"WOMAN", "\"MAN\"", "gender\"", "nainen", "mies "}) {
        assertFalse(run.out.contains(personal), personal + " in " + run.out);
      }
    }
    assertTrue(json.out.contains("\"ruleId\": \"LAPE-L01\""), json.out);
  }
}
