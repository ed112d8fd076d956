package fi.lape.core;

import static fi.lape.core.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeographyTest {
  private static final Geography FI = Geography.builtIn();
  private static final LocalDate LAST_DAY_2020 = LocalDate.of(2020, 12, 31);
  private static final LocalDate FIRST_DAY_2021 = LocalDate.of(2021, 1, 1);

  private static List<String> codes(List<Municipality> municipalities) {
    return municipalities.stream().map(Municipality::code).collect(Collectors.toList());
  }

  @Test
  void iittiMovedFromKymenlaaksoToPaijatHameOnTheFirstDayOf2021() {
    assertEquals(Optional.of("08"), FI.regionOf("142", LAST_DAY_2020));
    assertEquals(Optional.of("07"), FI.regionOf("142", FIRST_DAY_2021));
    assertEquals("Iitti", FI.municipality("142").orElseThrow().name());
  }

  @Test
  void joroinenBelongsToPohjoisSavoFrom2021AndToEtelaSavoBefore() {
    assertEquals(Optional.of("11"), FI.regionOf("171", FIRST_DAY_2021));
    assertEquals(Optional.of("10"), FI.regionOf("171", LAST_DAY_2020));
  }

  @Test
  void paijatHameGainsIittiIn2021() {
    List<String> before = codes(FI.municipalitiesOf("07", LAST_DAY_2020));
    List<String> after = codes(FI.municipalitiesOf("07", FIRST_DAY_2021));
    assertEquals(List.of("016", "081", "098", "111", "316", "398", "560", "576", "781"), before);
    assertEquals(List.of("016", "081", "098", "111", "142", "316", "398", "560", "576", "781"),
        after);
    assertTrue(codes(FI.municipalitiesOf("08", LAST_DAY_2020)).contains("142"));
    assertTrue(!codes(FI.municipalitiesOf("08", FIRST_DAY_2021)).contains("142"));
  }

  @Test
  void pohjoisSavoGainsJoroinenIn2021() {
    assertTrue(!codes(FI.municipalitiesOf("11", LAST_DAY_2020)).contains("171"));
    assertTrue(codes(FI.municipalitiesOf("11", FIRST_DAY_2021)).contains("171"));
    assertTrue(codes(FI.municipalitiesOf("11", FIRST_DAY_2021)).contains("297"));
  }

  @Test
  void builtInDataHasTheRegionsOfTheSourceDocumentsWithSwedishNames() {
    assertEquals("Päijät-Häme", FI.region("07").orElseThrow().name());
    assertEquals(Optional.of("Norra Savolax"), FI.region("11").orElseThrow().nameSv());
    assertEquals("Orimattila", FI.municipality("560").orElseThrow().name());
    assertEquals("Akaa", FI.municipality("020").orElseThrow().name());
    for (Municipality m : FI.municipalities()) {
      for (RegionMembership period : m.regionMemberships()) {
        assertTrue(FI.region(period.regionCode()).isPresent(), m.code() + " -> "
            + period.regionCode());
      }
    }
  }

  @Test
  void builtInIsReadOnce() {
    assertSame(Geography.builtIn(), Geography.builtIn());
  }

  @Test
  void listsAreSortedByCode() {
    List<String> regionCodes =
        FI.regions().stream().map(Region::code).collect(Collectors.toList());
    assertEquals(regionCodes.stream().sorted().collect(Collectors.toList()), regionCodes);
    List<String> municipalityCodes = codes(FI.municipalities());
    assertEquals(municipalityCodes.stream().sorted().collect(Collectors.toList()),
        municipalityCodes);
  }

  @Test
  void unknownCodesHaveNoRegion() {
    assertEquals(Optional.empty(), FI.regionOf("999", FIRST_DAY_2021));
    assertTrue(FI.municipalitiesOf("99", FIRST_DAY_2021).isEmpty());
  }

  @Test
  void overridesAddAndReplaceEntriesWithoutChangingTheOriginal() {
    Region invented = Region.builder().code("20").name("Keksitty maakunta").build();
    Municipality joroinen = Municipality.builder().code("171").name("Joroinen")
        .addRegionMembership(RegionMembership.between("20", Optional.empty(),
            Optional.of(LAST_DAY_2020)))
        .addRegionMembership(RegionMembership.between("11", Optional.of(FIRST_DAY_2021),
            Optional.empty()))
        .build();
    Geography g = FI.withOverrides(List.of(invented), List.of(joroinen));
    assertEquals(Optional.of("20"), g.regionOf("171", LAST_DAY_2020));
    assertEquals(Optional.of("11"), g.regionOf("171", FIRST_DAY_2021));
    assertEquals(Optional.of("10"), FI.regionOf("171", LAST_DAY_2020));
    assertEquals(FI.regions().size() + 1, g.regions().size());
    assertEquals(FI.municipalities().size(), g.municipalities().size());
  }

  @Test
  void noOverridesGiveTheSameGeography() {
    assertSame(FI, FI.withOverrides(List.of(), List.of()));
  }

  @Test
  void ofRejectsACodeUsedTwice() {
    Region a = Region.builder().code("07").name("Päijät-Häme").build();
    assertRejected(() -> Geography.of(List.of(a, a), List.of()), "geography", "region code 07",
        "twice");
    Municipality m = Municipality.builder().code("560").name("Orimattila").build();
    assertRejected(() -> Geography.of(List.of(), List.of(m, m)), "geography",
        "municipality code 560", "twice");
  }

  @Test
  void equalGeographiesAreEqual() {
    Region a = Region.builder().code("07").name("Päijät-Häme").build();
    assertEquals(Geography.of(List.of(a), List.of()), Geography.of(List.of(a), List.of()));
    assertEquals(Geography.of(List.of(a), List.of()).hashCode(),
        Geography.of(List.of(a), List.of()).hashCode());
    assertEquals(Geography.empty(), Geography.of(List.of(), List.of()));
    assertEquals("Geography{1 regions, 0 municipalities}",
        Geography.of(List.of(a), List.of()).toString());
  }

  // readCsv

  private static final String REGIONS = "# code,name_fi,name_sv\n07,Päijät-Häme,Päijänne-Tavastland\n"
      + "08,Kymenlaakso,Kymmenedalen\n";

  private static Geography read(String regions, String municipalities) throws IOException {
    return Geography.readCsv(new StringReader(regions), new StringReader(municipalities));
  }

  @Test
  void readCsvReadsPeriodsCommentsAndBlankLines() throws IOException {
    Geography g = read(REGIONS, "# header\n\n142,Iitti,08,,2020-12-31,moved\n"
        + "142,Iitti,07,2021-01-01,,\r\n560,Orimattila,07\n");
    assertEquals(Optional.of("08"), g.regionOf("142", LAST_DAY_2020));
    assertEquals(Optional.of("07"), g.regionOf("142", FIRST_DAY_2021));
    assertEquals(Optional.of("07"), g.regionOf("560", LocalDate.of(1990, 1, 1)));
    assertEquals(Optional.of("Kymmenedalen"), g.region("08").orElseThrow().nameSv());
  }

  @Test
  void readCsvIgnoresAByteOrderMark() throws IOException {
    Geography g = read("\uFEFF" + REGIONS, "\uFEFF560,Orimattila,07\n");
    assertTrue(g.region("07").isPresent());
    assertTrue(g.municipality("560").isPresent());
  }

  @Test
  void readCsvNamesTheLineOfTooFewFields() {
    assertRejected(() -> read(REGIONS, "560,Orimattila,07\n\n142,Iitti\n"),
        "municipalities line 3", "at least 3");
    assertRejected(() -> read("07\n", ""), "regions line 1", "at least 2");
  }

  @Test
  void readCsvNamesTheLineOfAMalformedRegion() {
    assertRejected(() -> read("# header\n7,Päijät-Häme\n", ""), "regions line 2",
        "code '7'");
  }

  @Test
  void readCsvNamesTheLineOfAMalformedDate() {
    assertRejected(() -> read(REGIONS, "142,Iitti,08,,2020-13-31,\n"), "municipalities line 1",
        "2020-13-31");
  }

  @Test
  void readCsvNamesTheLineOfAMalformedMunicipalityCode() {
    assertRejected(() -> read(REGIONS, "560,Orimattila,07\n14,Iitti,07\n"),
        "municipalities line 2", "code '14'");
  }

  @Test
  void readCsvNamesTheLinesOfOverlappingPeriods() {
    assertRejected(() -> read(REGIONS, "142,Iitti,08,,2021-01-01,\n560,Orimattila,07\n"
            + "142,Iitti,07,2021-01-01,,\n"),
        "municipalities line 3", "overlaps", "line 1");
  }

  @Test
  void readCsvNamesTheLineOfAnUnknownRegion() {
    assertRejected(() -> read(REGIONS, "171,Joroinen,10,,2020-12-31,\n"),
        "municipalities line 1", "region 10");
  }

  @Test
  void readCsvNamesTheLineOfAMunicipalityWhoseNameChanges() {
    assertRejected(() -> read(REGIONS, "142,Iitti,08,,2020-12-31,\n142,Itti,07,2021-01-01,,\n"),
        "municipalities line 2", "142", "Itti", "Iitti", "line 1");
  }

  @Test
  void readCsvNamesTheLineOfARegionCodeUsedTwice() {
    assertRejected(() -> read(REGIONS + "07,Päijät-Häme,\n", ""), "regions line 4",
        "07", "twice");
  }

  @Test
  void readCsvFromFilesNamesTheFile(@TempDir Path dir) throws IOException {
    Path regions = dir.resolve("maakunta.csv");
    Path municipalities = dir.resolve("kunta.csv");
    Files.writeString(regions, REGIONS, StandardCharsets.UTF_8);
    Files.writeString(municipalities, "560,Orimattila,07\n142,Iitti,7\n", StandardCharsets.UTF_8);
    assertRejected(() -> Geography.readCsv(regions, municipalities),
        municipalities.toString() + " line 2", "regionCode '7'");
    Files.writeString(municipalities, "560,Orimattila,07\n", StandardCharsets.UTF_8);
    assertEquals(Optional.of("07"),
        Geography.readCsv(regions, municipalities).regionOf("560", FIRST_DAY_2021));
  }
}
