package fi.lape.core;

import static fi.lape.core.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegionAndMunicipalityTest {
  private static final LocalDate MOVE = LocalDate.of(2021, 1, 1);

  private static RegionMembership until(String region, LocalDate last) {
    return RegionMembership.between(region, Optional.empty(), Optional.of(last));
  }

  private static RegionMembership since(String region, LocalDate first) {
    return RegionMembership.between(region, Optional.of(first), Optional.empty());
  }

  @Test
  void aRegionHasATwoDigitCodeAndAName() {
    Region r = Region.builder().code("07").name("Päijät-Häme").nameSv("Päijänne-Tavastland").build();
    assertEquals(Optional.of("Päijänne-Tavastland"), r.nameSv());
    assertTrue(Region.isCode("07"));
    assertFalse(Region.isCode("7"));
    assertFalse(Region.isCode("007"));
  }

  @Test
  void aMalformedRegionCodeIsRejected() {
    assertRejected(() -> Region.builder().code("7").name("Päijät-Häme").build(),
        "region", "code '7'");
  }

  @Test
  void aBlankRegionNameIsRejectedNamingTheCode() {
    assertRejected(() -> Region.builder().code("07").name(" ").build(), "region 07",
        "name is blank");
  }

  @Test
  void aMunicipalityFollowsItsRegionOverTime() {
    Municipality iitti = Municipality.builder().code("142").name("Iitti")
        .addRegionMemberships(until("08", MOVE.minusDays(1)), since("07", MOVE)).build();
    assertEquals(Optional.of("08"), iitti.regionOn(MOVE.minusDays(1)));
    assertEquals(Optional.of("07"), iitti.regionOn(MOVE));
  }

  @Test
  void aMunicipalityWithoutAPeriodForTheDayHasNoRegion() {
    Municipality joroinen = Municipality.builder().code("171").name("Joroinen")
        .addRegionMembership(since("11", MOVE)).build();
    assertEquals(Optional.empty(), joroinen.regionOn(MOVE.minusDays(1)));
  }

  @Test
  void aMalformedMunicipalityCodeIsRejected() {
    assertRejected(() -> Municipality.builder().code("14").name("Iitti").build(),
        "municipality", "code '14'");
  }

  @Test
  void aBlankMunicipalityNameIsRejectedNamingTheCode() {
    assertRejected(() -> Municipality.builder().code("142").name("").build(), "municipality 142",
        "name is blank");
  }

  @Test
  void overlappingRegionPeriodsAreRejectedNamingBothIndices() {
    assertRejected(() -> Municipality.builder().code("142").name("Iitti")
            .addRegionMemberships(until("08", MOVE), since("07", MOVE)).build(),
        "municipality 142", "regionMemberships[0] and [1] overlap");
    assertRejected(() -> Municipality.builder().code("142").name("Iitti")
            .addRegionMemberships(RegionMembership.always("08"), since("07", MOVE)).build(),
        "municipality 142", "overlap");
  }

  @Test
  void aRegionMembershipIsValidOnBothEnds() {
    RegionMembership period = RegionMembership.between("08",
        Optional.of(LocalDate.of(2000, 1, 1)), Optional.of(MOVE.minusDays(1)));
    assertTrue(period.isValidOn(LocalDate.of(2000, 1, 1)));
    assertTrue(period.isValidOn(MOVE.minusDays(1)));
    assertFalse(period.isValidOn(MOVE));
    assertTrue(RegionMembership.always("08").isValidOn(LocalDate.MIN));
  }

  @Test
  void aRegionMembershipEndingBeforeItStartsIsRejectedNamingBothDays() {
    assertRejected(() -> RegionMembership.between("07", Optional.of(MOVE),
            Optional.of(MOVE.minusDays(1))),
        "region membership 07", "validTo 2020-12-31", "validFrom 2021-01-01");
  }

  @Test
  void aRegionMembershipWithAMalformedCodeIsRejected() {
    assertRejected(() -> RegionMembership.always("Kymenlaakso"), "region membership",
        "regionCode 'Kymenlaakso'");
  }
}
