package fi.lape.core;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.function.Executable;

/** Assertions shared by the invariant tests of every package. */
public final class Rejections {
  /** Personal data the fixtures carry; no message and no toString may ever contain any of it. */
  public static final String NAME = "Anna-Liisa Virtanen";
  /** An e-mail address that must never leak. */
  public static final String EMAIL = "anna-liisa.virtanen@example.fi";
  /** A phone number that must never leak. */
  public static final String PHONE = "+358 40 123 4567";
  /** Every personal value above. */
  public static final List<String> PERSONAL_DATA = List.of(NAME, EMAIL, PHONE);

  private Rejections() {}

  /**
   * Asserts that {@code building} throws a {@link LapeValidationException} whose message contains
   * every fragment (the type, the id, the field, the offending value) and no personal data.
   */
  public static LapeValidationException assertRejected(Executable building, String... fragments) {
    LapeValidationException e = assertThrows(LapeValidationException.class, building);
    for (String fragment : fragments) {
      assertTrue(e.getMessage().contains(fragment),
          () -> "message should name '" + fragment + "': " + e.getMessage());
    }
    assertNoPersonalData(e.getMessage());
    return e;
  }

  /** Asserts that {@code text} contains none of the fixtures' personal data. */
  public static void assertNoPersonalData(String text) {
    for (String value : PERSONAL_DATA) {
      assertTrue(!text.contains(value), () -> "personal data '" + value + "' leaked into: " + text);
    }
    // Parts of a value leak too: the surname alone, the e-mail's local part, the digits.
    for (String part : List.of("Virtanen", "anna-liisa.", "123 4567")) {
      assertTrue(!text.contains(part), () -> "personal data '" + part + "' leaked into: " + text);
    }
  }
}
