package fi.lape.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A user's own DRL rule with its own Finnish, Swedish and English messages runs from the command
 * line on the sample data ({@code examples/data/rules/five-members.drl}); {@code lape rules} says
 * where lape decides each rule id.
 */
class UserRulesCliTest {
  private static final Path DRL = Path.of("data", "rules", "five-members.drl");

  @Test
  void aUsersOwnRuleWithItsFinnishMessageRunsOnTheSample() {
    assertTrue(Files.isRegularFile(DRL), DRL.toAbsolutePath().toString());
    Cli fi = Cli.run("assess", "--lang", "fi", "--rules", DRL.toString());
    assertTrue(fi.out.contains("OWN-01"), fi.toString());
    assertTrue(fi.out.contains("kunta edellyttää vähintään viittä jäsentä"), fi.out);
    assertFalse(fi.err.contains("Exception"), fi.err);
    Cli sv = Cli.run("assess", "--lang", "sv", "--rules", DRL.toString());
    assertTrue(sv.out.contains("kommunen kräver minst fem"), sv.out);
    Cli en = Cli.run("assess", "--lang", "en", "--rules", DRL.toString());
    assertTrue(en.out.contains("this municipality asks for at least five"), en.out);
  }

  @Test
  void aMissingRulesFileIsBadInputNamingIt() {
    Cli run = Cli.run("assess", "--lang", "en", "--rules", "no-such-rules.drl");
    assertEquals(ExitCode.BAD_INPUT, run.exitCode, run.toString());
    assertTrue(run.err.contains("no-such-rules.drl"), run.err);
  }

  @Test
  void rulesShowWhereEachRuleIsDecided() {
    Cli run = Cli.run("rules", "--lang", "en");
    assertTrue(run.out.contains("decided in fi/lape/rules/internal/rules/municipal/municipal.drl:"
        + " rule \"LAPE-M05 residents heard through a linked voice group\""), run.out);
    assertTrue(run.out.contains("integrity/integrity.drl: rule \"LAPE-D01 same role twice at"
        + " once\""), run.out);
  }
}
