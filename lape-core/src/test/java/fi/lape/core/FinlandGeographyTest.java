package fi.lape.core;

import static fi.lape.core.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The built-in geography of the whole country: Statistics Finland's 2025 classifications. */
class FinlandGeographyTest {
  private static final Geography FI = Geography.builtIn();
  private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 1);
  private static final LocalDate NASTOLA_MERGED = LocalDate.of(2016, 1, 1);
  private static final Locale FINNISH = Locale.forLanguageTag("fi");
  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  private static String county(String municipality, LocalDate day) {
    return FI.countyOf(municipality, day).map(WellbeingServicesCounty::code).orElse("none");
  }

  @Test
  void the308MunicipalitiesInForceIn2025With19RegionsAnd21Counties() {
    List<Municipality> inForce = FI.municipalitiesInForce(JAN_2025);
    assertEquals(308, inForce.size());
    assertEquals(16, inForce.stream()
        .filter(m -> m.regionOn(JAN_2025).orElseThrow().equals("21")).count());
    assertEquals(19, FI.regions().size());
    assertEquals(21, FI.counties().size());
    assertEquals(12, FI.mergers().size());
    assertEquals(308 + 12, FI.municipalities().size());
  }

  @Test
  void everyMainlandMunicipalityButHelsinkiHasACountyAndAlandAndHelsinkiHaveNone() {
    LocalDate day = LocalDate.of(2024, 6, 1);
    for (Municipality m : FI.municipalitiesInForce(JAN_2025)) {
      boolean none = m.code().equals("091") || m.regionOn(day).orElseThrow().equals("21");
      assertEquals(none, FI.countyOf(m.code(), day).isEmpty(), m.code() + " " + m.name());
    }
  }

  @Test
  void countyLookupServesEspooAndPohjoisSavoButNotHelsinkiOrAland() {
    LocalDate day = LocalDate.of(2024, 1, 1);
    assertEquals("03", county("049", day));
    assertEquals("Länsi-Uudenmaan hyvinvointialue",
        FI.countyOf("049", day).orElseThrow().name());
    assertEquals(Optional.of("Västra Nylands välfärdsområde"),
        FI.countyOf("049", day).orElseThrow().nameSv());
    assertEquals("13", county("297", day));
    assertEquals("13", county("749", day));
    assertEquals("09", county("560", day));
    assertEquals("none", county("091", day));
    assertEquals("none", county("478", day));
    assertEquals("none", county("999", day));
  }

  @Test
  void noCountyServesAnyoneBefore2023() {
    assertEquals("none", county("049", LocalDate.of(2022, 12, 31)));
    assertEquals("03", county("049", WellbeingServicesCounty.FIRST_DAY));
  }

  @Test
  void swedishNamesAreBuiltIn() {
    assertEquals(Optional.of("Esbo"), FI.municipality("049").orElseThrow().nameSv());
    assertEquals(Optional.of("Helsingfors"), FI.municipality("091").orElseThrow().nameSv());
    assertEquals("Helsinki", FI.municipality("091").orElseThrow().name());
    assertEquals(Optional.of("Ackas"), FI.municipality("020").orElseThrow().nameSv());
  }

  @Test
  void theRegionChangesSince2015AreDated() {
    LocalDate before = LocalDate.of(2020, 12, 31);
    LocalDate after = LocalDate.of(2021, 1, 1);
    assertEquals(Optional.of("08"), FI.regionOf("142", before));
    assertEquals(Optional.of("07"), FI.regionOf("142", after));
    // Heinävesi moved from Etelä-Savo to Pohjois-Karjala, Isokyrö from Pohjanmaa to
    // Etelä-Pohjanmaa, Kuhmoinen from Keski-Suomi to Pirkanmaa
    assertEquals(Optional.of("10"), FI.regionOf("090", before));
    assertEquals(Optional.of("12"), FI.regionOf("090", after));
    assertEquals(Optional.of("15"), FI.regionOf("152", before));
    assertEquals(Optional.of("14"), FI.regionOf("152", after));
    assertEquals(Optional.of("13"), FI.regionOf("291", before));
    assertEquals(Optional.of("06"), FI.regionOf("291", after));
  }

  @Test
  void aMergedCodeIsInForceBeforeTheMergerAndNamesItsSuccessorAfter() {
    LocalDate lastDay = NASTOLA_MERGED.minusDays(1);
    assertTrue(FI.isInForce("532", lastDay));
    assertFalse(FI.isInForce("532", NASTOLA_MERGED));
    assertEquals(Optional.of("07"), FI.regionOf("532", lastDay));
    assertEquals(Optional.empty(), FI.regionOf("532", NASTOLA_MERGED));
    assertTrue(codes(FI.municipalitiesOf("07", lastDay)).contains("532"));
    assertFalse(codes(FI.municipalitiesOf("07", NASTOLA_MERGED)).contains("532"));
    assertEquals("398", FI.successorOn("532", NASTOLA_MERGED).orElseThrow().code());
    assertEquals("532", FI.successorOn("532", lastDay).orElseThrow().code());

    assertEquals(Optional.empty(), FI.mergerNotice("532", lastDay, Locale.ENGLISH));
    assertEquals(Optional.of("532 Nastola was merged into 398 Lahti on 2016-01-01."),
        FI.mergerNotice("532", NASTOLA_MERGED, Locale.ENGLISH));
    assertEquals(Optional.of("Kunta 532 Nastola on liitetty kuntaan 398 Lahti 1.1.2016 alkaen."),
        FI.mergerNotice("532", NASTOLA_MERGED, FINNISH));
    assertEquals(Optional.of("Kommunen 532 Nastola uppgick i kommunen 398 Lahtis den 1.1.2016."),
        FI.mergerNotice("532", NASTOLA_MERGED, SWEDISH));
    assertEquals(Optional.empty(), FI.mergerNotice("398", NASTOLA_MERGED, Locale.ENGLISH));
  }

  @Test
  void pertunmaaWasMergedIntoMantyharjuIn2025() {
    Merger merger = FI.merger("588").orElseThrow();
    assertEquals("507", merger.successorCode());
    assertEquals(JAN_2025, merger.date());
    assertTrue(FI.isInForce("588", JAN_2025.minusDays(1)));
    assertFalse(FI.isInForce("588", JAN_2025));
    assertEquals("none", county("588", JAN_2025));
    assertEquals("12", county("588", JAN_2025.minusDays(1)));
  }

  @Test
  void mergersAreSortedByDate() {
    List<LocalDate> dates = FI.mergers().stream().map(Merger::date).collect(Collectors.toList());
    assertEquals(dates.stream().sorted().collect(Collectors.toList()), dates);
  }

  @Test
  void aDatasetAcceptsAMergedCodeAndNoticesItAfterTheMerger() {
    Dataset dataset = Dataset.builder()
        .addOrganisation(Organisation.builder().id("nastola").name("Nastolan kunta")
            .kind(OrganisationKind.MUNICIPALITY).municipality("532").build())
        .addGroup(Group.builder().id("nastola-lape").kind(GroupKind.MUNICIPAL_LAPE_GROUP)
            .name("Nastolan LAPE-ryhmä").scope(Scope.municipality("532")).build())
        .build();
    assertEquals(List.of(), dataset.mergedMunicipalityCodes(NASTOLA_MERGED.minusDays(1)));
    List<DatasetProblem> notices = dataset.mergedMunicipalityCodes(NASTOLA_MERGED);
    assertEquals(List.of("/organisations/0/municipality", "/groups/0/scope/municipality"),
        notices.stream().map(DatasetProblem::pointer).collect(Collectors.toList()));
    assertEquals("532 Nastola was merged into 398 Lahti on 2016-01-01.",
        notices.get(0).message());
  }

  @Test
  void aCountyOrganisationRefersToAKnownCounty() {
    Organisation phhva = Organisation.builder().id("phhva").name("Päijät-Hämeen hyvinvointialue")
        .kind(OrganisationKind.WELLBEING_SERVICES_COUNTY).wellbeingServicesCounty("09").build();
    Dataset ok = Dataset.builder().addOrganisation(phhva).build();
    assertEquals("Päijät-Hämeen hyvinvointialue", ok.geography()
        .county(ok.organisation("phhva").orElseThrow().wellbeingServicesCounty().orElseThrow())
        .orElseThrow().name());
    InvalidDatasetException e = assertThrows(InvalidDatasetException.class, () -> Dataset.builder()
        .addOrganisation(Organisation.builder().from(phhva).wellbeingServicesCounty("22").build())
        .build());
    assertEquals("/organisations/0/wellbeingServicesCounty", e.problems().get(0).pointer());
    assertTrue(e.problems().get(0).message().contains("county code 22"), e.getMessage());
  }

  @Test
  void onlyACountyOrganisationNamesACounty() {
    assertRejected(() -> Organisation.builder().id("mll").name("MLL").kind(OrganisationKind.NGO)
        .wellbeingServicesCounty("09").build(), "organisation mll", "WELLBEING_SERVICES_COUNTY");
    assertRejected(() -> Organisation.builder().id("c").name("C")
        .kind(OrganisationKind.WELLBEING_SERVICES_COUNTY).wellbeingServicesCounty("9").build(),
        "organisation c", "wellbeingServicesCounty '9'");
  }

  // readCsv with all four lists

  private static final String REGIONS = "07,Päijät-Häme,Päijänne-Tavastland\n";
  private static final String MUNICIPALITIES = "398,Lahti,07,,,,Lahtis,09\n";
  private static final String COUNTIES = "09,Päijät-Hämeen hyvinvointialue,Päijänne-Tavastlands"
      + " välfärdsområde\n";

  private static Geography read(String municipalities, String counties, String mergers)
      throws IOException {
    return Geography.readCsv(new StringReader(REGIONS), new StringReader(municipalities),
        new StringReader(counties), new StringReader(mergers));
  }

  @Test
  void readCsvReadsCountiesAndMergers() throws IOException {
    Geography g = read(MUNICIPALITIES, COUNTIES, "# old_code,old_name,new_code,date\n"
        + "532,Nastola,398,2016-01-01\n");
    assertEquals("09", g.countyOf("398", JAN_2025).orElseThrow().code());
    assertEquals(Optional.of("Lahtis"), g.municipality("398").orElseThrow().nameSv());
    assertEquals(Optional.of("07"), g.regionOf("532", LocalDate.of(2015, 1, 1)));
    assertEquals("398", g.successorOn("532", JAN_2025).orElseThrow().code());
  }

  @Test
  void readCsvNamesTheLineOfAMergerIntoAnUnknownMunicipality() {
    assertRejected(() -> read(MUNICIPALITIES, COUNTIES,
        "532,Nastola,398,2016-01-01\n283,Hämeenkoski,098,2016-01-01\n"),
        "mergers line 2", "283 Hämeenkoski", "098", "not in municipalities");
    assertRejected(() -> read(MUNICIPALITIES, COUNTIES, "532,Nastola,398,2016-13-01\n"),
        "mergers line 1", "2016-13-01");
    assertRejected(() -> read(MUNICIPALITIES, COUNTIES,
        "532,Nastola,398,2016-01-01\n532,Nastola,398,2016-01-01\n"),
        "mergers line 2", "532", "merged twice");
  }

  @Test
  void readCsvNamesTheLineOfAnUnknownCounty() {
    assertRejected(() -> read("560,Orimattila,07,,,,Orimattila,09\n398,Lahti,07,,,,Lahtis,19\n",
        COUNTIES, ""), "municipalities line 2", "county 19", "not in wellbeing_counties");
    assertRejected(() -> read(MUNICIPALITIES, COUNTIES + "9,X\n", ""),
        "wellbeing_counties line 2", "code '9'");
  }

  @Test
  void readCsvOfTwoListsKeepsTheBuiltInCounties() throws IOException {
    Geography g = Geography.readCsv(new StringReader(REGIONS), new StringReader(MUNICIPALITIES));
    assertEquals(21, g.counties().size());
    assertEquals("09", g.countyOf("398", JAN_2025).orElseThrow().code());
    assertTrue(g.mergers().isEmpty());
  }

  private static List<String> codes(List<Municipality> municipalities) {
    return municipalities.stream().map(Municipality::code).collect(Collectors.toList());
  }
}
