package fi.lape.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatesAndRedactionTest {
  private static final LocalDate NOV_1 = LocalDate.of(2017, 11, 1);

  @Test
  void daysAreReadInIsoAndInTheFinnishAndSwedishForm() {
    for (String text : List.of("2017-11-01", "1.11.2017", "01.11.2017", " 1.11.2017 ")) {
      assertEquals(Optional.of(NOV_1), Dates.parse(text), text);
    }
    for (String text : List.of("2018-02-30", "30.2.2018", "2017-13-01", "32.1.2017", "1.11.17",
        "Matti Meikäläinen", "", "2017/11/01", "1.11.2017.")) {
      assertEquals(Optional.empty(), Dates.parse(text), text);
    }
    assertEquals(Optional.empty(), Dates.parse(null));
    assertEquals(Optional.of(LocalDate.of(2016, 2, 29)), Dates.parse("29.2.2016"));
  }

  @Test
  void daysAreShownAsEachLanguageWritesThem() {
    assertEquals("1.11.2017", Dates.format(NOV_1, Locale.forLanguageTag("fi")));
    assertEquals("1.11.2017", Dates.format(NOV_1, Locale.forLanguageTag("sv-FI")));
    assertEquals("2017-11-01", Dates.format(NOV_1, Locale.ENGLISH));
    assertEquals("2017-11-01", Dates.format(NOV_1, Locale.ROOT));
    for (LocalDate day = LocalDate.of(2016, 1, 1); day.getYear() < 2019; day = day.plusDays(13)) {
      assertEquals(Optional.of(day), Dates.parse(Dates.format(day, Locale.forLanguageTag("fi"))));
    }
  }

  @Test
  void onlyValuesThatCannotBePersonalDataAreQuoted() {
    for (String safe : List.of("orimattila-lape", "LAPE-M01", "2018-02-30", "31.2.2018", "xml",
        "--bogus", "m-1", "12345")) {
      assertTrue(Redaction.canQuote(safe), safe);
    }
    for (String unsafe : List.of("Matti Meikäläinen", "matti@example.fi", "+358 40 123 4567",
        "0401234567", "040-1234567", "(09) 310 1234", "a\tb", "a\u00a0b", "x\ny")) {
      assertFalse(Redaction.canQuote(unsafe), unsafe);
    }
  }

  @Test
  void aValueIsQuotedOrShownByItsShape() {
    assertEquals("\"aaaaa aaaaaaaaaaa\"", Redaction.shape("Matti Meikäläinen"));
    assertEquals("\"aaaaa@aaaaaaa.aa\"", Redaction.shape("matti@example.fi"));
    assertEquals("\"a?a??[99a\"", Redaction.shape("a\tb\n\u001b[31m"));
    assertEquals("\"orimattila-lape\"", Redaction.quoteOrShape("orimattila-lape", s -> "x " + s));
    assertEquals("shaped \"+999 99 999 9999\"",
        Redaction.quoteOrShape("+358 40 123 4567", s -> "shaped " + s));
    assertEquals("\"" + "a".repeat(64) + "...\"", Redaction.shape("b".repeat(100)));
  }
}
