package fi.lape.core;

import static fi.lape.core.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScopeTest {
  @Test
  void aMunicipalScopeHasNoRegion() {
    Scope s = Scope.municipality("560");
    assertTrue(s.isMunicipal());
    assertEquals(Optional.empty(), s.region());
    assertEquals("municipality 560", s.toString());
  }

  @Test
  void aRegionalScopeHasNoMunicipality() {
    Scope s = Scope.region("07");
    assertFalse(s.isMunicipal());
    assertEquals("region 07", s.toString());
  }

  @Test
  void aMalformedMunicipalityCodeIsRejected() {
    assertRejected(() -> Scope.municipality("5600"), "scope", "municipality", "'5600'");
  }

  @Test
  void aMalformedRegionCodeIsRejected() {
    assertRejected(() -> Scope.region("Päijät-Häme"), "scope", "region", "'Päijät-Häme'");
  }

  @Test
  void bothOrNeitherIsRejected() {
    assertRejected(() -> ImmutableScope.of(Optional.of("07"), Optional.of("560")), "scope",
        "exactly one of region and municipality");
    assertRejected(() -> ImmutableScope.of(Optional.empty(), Optional.empty()), "scope",
        "exactly one of region and municipality");
  }
}
