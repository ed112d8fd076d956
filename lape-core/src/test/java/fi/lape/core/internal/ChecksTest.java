package fi.lape.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The id and code checks, written as character loops, say what the documented syntax says. */
class ChecksTest {
  /** The id syntax as FORMAT.md states it. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,127}");

  @Test
  void idsFollowTheDocumentedSyntax() {
    assertTrue(Checks.isId("p-001"));
    assertTrue(Checks.isId("a"));
    assertTrue(Checks.isId("LAPE-M04-PARISH"));
    assertTrue(Checks.isId("x".repeat(128)));
    assertFalse(Checks.isId("x".repeat(129)));
    assertFalse(Checks.isId(""));
    assertFalse(Checks.isId("-a"));
    assertFalse(Checks.isId("Matti Meikäläinen"));
    assertFalse(Checks.isId("ä"));
    assertFalse(Checks.isId("a\n"));
  }

  @Test
  void theLoopAgreesWithTheRegularExpressionOnRandomStrings() {
    Random random = new Random(11);
    String alphabet = "aZ09._:/@+- ä\n#-";
    for (int i = 0; i < 20_000; i++) {
      int length = random.nextInt(i % 100 == 0 ? 140 : 6);
      StringBuilder id = new StringBuilder();
      for (int j = 0; j < length; j++) {
        id.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = id.toString();
      assertEquals(ID.matcher(text).matches(), Checks.isId(text), text);
    }
  }

  @Test
  void codesAreExactlyTheirNumberOfAsciiDigits() {
    assertTrue(Checks.isDigits("560", 3));
    assertTrue(Checks.isDigits("07", 2));
    assertFalse(Checks.isDigits("56", 3));
    assertFalse(Checks.isDigits("5600", 3));
    assertFalse(Checks.isDigits("5a0", 3));
    assertFalse(Checks.isDigits("٥٦٠", 3));
  }
}
