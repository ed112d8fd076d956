package fi.lape.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void iittiMovedToPaijatHameIn2021() {
    assertEquals("08", Geography.builtIn().regionOf("142", LocalDate.of(2020, 12, 31)).orElseThrow());
    assertEquals("07", Geography.builtIn().regionOf("142", LocalDate.of(2021, 1, 1)).orElseThrow());
    assertEquals("lastensuojelu", Sector.CHILD_PROTECTION.displayName(Locale.forLanguageTag("fi")));
  }
}
