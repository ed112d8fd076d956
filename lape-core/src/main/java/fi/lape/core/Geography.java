package fi.lape.core;

import fi.lape.core.internal.Checks;
import fi.lape.core.internal.GeographyCsv;
import fi.lape.core.internal.Texts;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finland's regions, municipalities and wellbeing services counties with their official codes, the
 * regions each municipality belonged to over time, and the mergers that abolished municipality
 * codes.
 *
 * <p>{@link #builtIn()} holds the whole country: the 308 municipalities in force on 1 January 2025
 * with their Finnish and Swedish names, region and wellbeing services county, the region changes
 * since 2015 (Iitti moved from Kymenlaakso to Päijät-Häme on 1 January 2021), the 19 regions, the 21
 * wellbeing services counties and the municipality mergers since 2015. Source: Statistics Finland,
 * classifications kunta_1, maakunta_1 and hyvinvointialue_1 of 2025-01-01 and the list of abolished
 * municipalities, licensed CC BY 4.0. It is read from lape-core's resources once, when first used.
 * Supply lists of your own with {@link #readCsv(Reader, Reader, Reader, Reader)} or add entries to a
 * dataset.
 *
 * <p>A merged municipality's old code stays known: it is in force for days before the merger, and
 * {@link #mergerNotice(String, LocalDate, Locale)} names the successor for days after it.
 *
 * <pre>{@code
 * Geography fi = Geography.builtIn();
 * fi.regionOf("142", LocalDate.of(2020, 6, 1)); // Optional[08]: Iitti was in Kymenlaakso
 * fi.regionOf("142", LocalDate.of(2021, 6, 1)); // Optional[07]: and is now in Päijät-Häme
 * fi.countyOf("049", LocalDate.of(2024, 1, 1)); // Länsi-Uudenmaan hyvinvointialue serves Espoo
 * fi.countyOf("091", LocalDate.of(2024, 1, 1)); // empty: Helsinki arranges the services itself
 * fi.merger("532");                             // Nastola, merged into 398 Lahti on 2016-01-01
 * }</pre>
 */
public final class Geography {
  private static final class BuiltIn {
    static final Geography INSTANCE = load();

    private static Geography load() {
      try {
        return GeographyCsv.readResources();
      } catch (IOException e) {
        throw new UncheckedIOException("lape-core: built-in geography could not be read", e);
      }
    }
  }

  private final Map<String, Region> regions;
  private final Map<String, Municipality> municipalities;
  private final Map<String, WellbeingServicesCounty> counties;
  private final Map<String, Merger> mergers;

  private Geography(Map<String, Region> regions, Map<String, Municipality> municipalities,
      Map<String, WellbeingServicesCounty> counties, Map<String, Merger> mergers) {
    this.regions = regions;
    this.municipalities = municipalities;
    this.counties = counties;
    this.mergers = mergers;
  }

  /** The built-in reference data of the whole country, read once from lape-core's resources. */
  public static Geography builtIn() {
    return BuiltIn.INSTANCE;
  }

  /** A geography of exactly these regions and municipalities; codes must be unique. */
  public static Geography of(Collection<Region> regions, Collection<Municipality> municipalities) {
    return of(regions, municipalities, List.of(), List.of());
  }

  /**
   * A geography of exactly these regions, municipalities, counties and mergers; codes must be unique.
   * A merger's old code that is not among {@code municipalities} is added as a municipality that
   * belonged, until the day before the merger, to its successor's region of that day (and, for a
   * merger after the counties began, to its successor's wellbeing services county).
   */
  public static Geography of(Collection<Region> regions, Collection<Municipality> municipalities,
      Collection<WellbeingServicesCounty> counties, Collection<Merger> mergers) {
    return empty().with(regions, municipalities, counties, mergers, false);
  }

  /** A geography with nothing in it. */
  public static Geography empty() {
    return new Geography(Map.of(), Map.of(), Map.of(), Map.of());
  }

  /**
   * Reads regions ({@code code,name_fi,name_sv}) and municipalities ({@code
   * code,name_fi,region_code,valid_from,valid_to,note,name_sv,wellbeing_county_code}, every field
   * after the region code optional) in the CSV layout of lape's built-in files, where lines starting
   * with {@code #} are comments. A municipality that changed region has one line per period; the
   * periods must not overlap and every region code must be in {@code regions}. The built-in
   * wellbeing services counties are kept; there are no mergers.
   *
   * @throws LapeValidationException naming the file and line of a malformed entry
   */
  public static Geography readCsv(Reader regions, Reader municipalities) throws IOException {
    return GeographyCsv.read(regions, "regions", municipalities, "municipalities");
  }

  /**
   * Reads regions and municipalities as {@link #readCsv(Reader, Reader)} does, the wellbeing
   * services counties ({@code code,name_fi,name_sv}) and the mergers ({@code
   * old_code,old_name,new_code,date}, the date being the first day of the merged municipality),
   * in the layout of the files in lape-core's resources {@code fi/lape/core/internal/}.
   *
   * @throws LapeValidationException naming the file and line of a malformed entry
   */
  public static Geography readCsv(Reader regions, Reader municipalities, Reader counties,
      Reader mergers) throws IOException {
    return GeographyCsv.read(regions, "regions", municipalities, "municipalities", counties,
        "wellbeing_counties", mergers, "mergers");
  }

  /**
   * Reads two UTF-8 files in the layout of {@link #readCsv(Reader, Reader)}; a byte order mark is
   * ignored.
   *
   * <pre>{@code
   * Geography fi = Geography.readCsv(Path.of("maakunta.csv"), Path.of("kunta.csv"));
   * }</pre>
   *
   * @throws LapeValidationException naming the file, as given, and the line of a malformed entry
   */
  public static Geography readCsv(Path regions, Path municipalities) throws IOException {
    return GeographyCsv.read(regions, municipalities);
  }

  /**
   * Reads four UTF-8 files in the layout of {@link #readCsv(Reader, Reader, Reader, Reader)}.
   *
   * @throws LapeValidationException naming the file, as given, and the line of a malformed entry
   */
  public static Geography readCsv(Path regions, Path municipalities, Path counties, Path mergers)
      throws IOException {
    return GeographyCsv.read(regions, municipalities, counties, mergers);
  }

  /** This geography with {@code regions} and {@code municipalities} added, replacing equal codes. */
  public Geography withOverrides(
      Collection<Region> regions, Collection<Municipality> municipalities) {
    if (regions.isEmpty() && municipalities.isEmpty()) {
      return this;
    }
    return with(regions, municipalities, List.of(), List.of(), true);
  }

  private Geography with(
      Collection<Region> addedRegions, Collection<Municipality> addedMunicipalities,
      Collection<WellbeingServicesCounty> addedCounties, Collection<Merger> addedMergers,
      boolean replace) {
    Map<String, Region> r = new LinkedHashMap<>(regions);
    for (Region region : addedRegions) {
      Checks.check(r.put(region.code(), region) == null || replace,
          "geography: region code %s is used twice", region.code());
    }
    Map<String, Municipality> m = new LinkedHashMap<>(municipalities);
    for (Municipality municipality : addedMunicipalities) {
      Checks.check(m.put(municipality.code(), municipality) == null || replace,
          "geography: municipality code %s is used twice", municipality.code());
    }
    Map<String, WellbeingServicesCounty> c = new LinkedHashMap<>(counties);
    for (WellbeingServicesCounty county : addedCounties) {
      Checks.check(c.put(county.code(), county) == null || replace,
          "geography: wellbeing services county code %s is used twice", county.code());
    }
    Map<String, Merger> g = new LinkedHashMap<>(mergers);
    for (Merger merger : addedMergers) {
      Checks.check(g.put(merger.oldCode(), merger) == null || replace,
          "geography: municipality code %s is merged twice", merger.oldCode());
    }
    for (Merger merger : addedMergers) {
      Municipality successor = m.get(merger.successorCode());
      Checks.check(successor != null,
          "geography: %s %s is merged into %s, which is not a known municipality",
          merger.oldCode(), merger.oldName(), merger.successorCode());
      m.computeIfAbsent(merger.oldCode(), code -> abolished(merger, successor));
    }
    return new Geography(Map.copyOf(r), Map.copyOf(m), Map.copyOf(c), Map.copyOf(g));
  }

  private static Municipality abolished(Merger merger, Municipality successor) {
    LocalDate lastDay = merger.date().minusDays(1);
    Municipality.Builder b = Municipality.builder().code(merger.oldCode()).name(merger.oldName());
    successor.regionOn(lastDay).ifPresent(region ->
        b.addRegionMembership(RegionMembership.between(region, Optional.empty(),
            Optional.of(lastDay))));
    if (merger.date().isAfter(WellbeingServicesCounty.FIRST_DAY)) {
      b.wellbeingServicesCounty(successor.wellbeingServicesCounty());
    }
    return b.build();
  }

  /** The region with {@code code}. */
  public Optional<Region> region(String code) {
    return Optional.ofNullable(regions.get(code));
  }

  /** The municipality with {@code code}, in force or merged away. */
  public Optional<Municipality> municipality(String code) {
    return Optional.ofNullable(municipalities.get(code));
  }

  /** The wellbeing services county with {@code code}. */
  public Optional<WellbeingServicesCounty> county(String code) {
    return Optional.ofNullable(counties.get(code));
  }

  /** The merger that abolished municipality code {@code oldCode}, if one did. */
  public Optional<Merger> merger(String oldCode) {
    return Optional.ofNullable(mergers.get(oldCode));
  }

  /** Whether municipality code {@code code} is known and not merged away on {@code day}. */
  public boolean isInForce(String code, LocalDate day) {
    return municipalities.containsKey(code)
        && merger(code).map(m -> m.isOldCodeInForceOn(day)).orElse(true);
  }

  /**
   * The municipality that carries on {@code code} on {@code day}: itself while it is in force, its
   * successor (or the successor's successor) once it was merged.
   */
  public Optional<Municipality> successorOn(String code, LocalDate day) {
    String current = code;
    for (int hops = 0; hops <= mergers.size(); hops++) {
      Optional<Merger> merger = merger(current);
      if (merger.isEmpty() || merger.get().isOldCodeInForceOn(day)) {
        return municipality(current);
      }
      current = merger.get().successorCode();
    }
    return Optional.empty();
  }

  /**
   * Why {@code code} is not in force on {@code day}, in {@code locale}: "532 Nastola was merged
   * into 398 Lahti on 2016-01-01"; empty when it is in force or unknown. Not a finding: a dataset
   * about the past may use the old code, and this tells whoever assesses it later.
   */
  public Optional<String> mergerNotice(String code, LocalDate day, Locale locale) {
    return merger(code).filter(m -> !m.isOldCodeInForceOn(day)).map(m -> {
      boolean sv = locale.getLanguage().equals("sv");
      String oldName = municipality(code).map(x -> name(x, sv)).orElse(m.oldName());
      String successor = municipality(m.successorCode()).map(x -> name(x, sv))
          .orElse(m.successorCode());
      String date = locale.getLanguage().equals("fi") || sv
          ? DateTimeFormatter.ofPattern("d.M.yyyy").format(m.date()) : m.date().toString();
      return Texts.format(locale, "geography.merged",
          List.of(m.oldCode(), oldName, m.successorCode(), successor, date));
    });
  }

  private static String name(Municipality m, boolean sv) {
    return sv ? m.nameSv().orElse(m.name()) : m.name();
  }

  /** The code of the region {@code municipalityCode} belongs to on {@code day}. */
  public Optional<String> regionOf(String municipalityCode, LocalDate day) {
    return municipality(municipalityCode).flatMap(m -> m.regionOn(day));
  }

  /**
   * The wellbeing services county that serves municipality {@code municipalityCode} on {@code
   * day}: empty before {@link WellbeingServicesCounty#FIRST_DAY}, for Helsinki and Åland, which
   * belong to none, and for a code not in force on {@code day}.
   */
  public Optional<WellbeingServicesCounty> countyOf(String municipalityCode, LocalDate day) {
    if (day.isBefore(WellbeingServicesCounty.FIRST_DAY) || !isInForce(municipalityCode, day)) {
      return Optional.empty();
    }
    return municipality(municipalityCode).flatMap(Municipality::wellbeingServicesCounty)
        .flatMap(this::county);
  }

  /** The municipalities of region {@code regionCode} on {@code day}, sorted by code. */
  public List<Municipality> municipalitiesOf(String regionCode, LocalDate day) {
    return municipalities.values().stream()
        .filter(m -> m.regionOn(day).map(regionCode::equals).orElse(false))
        .sorted(Comparator.comparing(Municipality::code))
        .collect(Collectors.toList());
  }

  /** Every region, sorted by code. */
  public List<Region> regions() {
    return regions.values().stream().sorted(Comparator.comparing(Region::code))
        .collect(Collectors.toList());
  }

  /** Every municipality, in force or merged away, sorted by code. */
  public List<Municipality> municipalities() {
    return municipalities.values().stream()
        .sorted(Comparator.comparing(Municipality::code))
        .collect(Collectors.toList());
  }

  /** The municipalities in force on {@code day}, sorted by code. */
  public List<Municipality> municipalitiesInForce(LocalDate day) {
    return municipalities.values().stream()
        .filter(m -> isInForce(m.code(), day))
        .sorted(Comparator.comparing(Municipality::code))
        .collect(Collectors.toList());
  }

  /** Every wellbeing services county, sorted by code. */
  public List<WellbeingServicesCounty> counties() {
    return counties.values().stream().sorted(Comparator.comparing(WellbeingServicesCounty::code))
        .collect(Collectors.toList());
  }

  /** Every merger, sorted by date, then by the old code. */
  public List<Merger> mergers() {
    return mergers.values().stream()
        .sorted(Comparator.comparing(Merger::date).thenComparing(Merger::oldCode))
        .collect(Collectors.toList());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Geography)) {
      return false;
    }
    Geography g = (Geography) o;
    return g.regions.equals(regions) && g.municipalities.equals(municipalities)
        && g.counties.equals(counties) && g.mergers.equals(mergers);
  }

  @Override
  public int hashCode() {
    return ((regions.hashCode() * 31 + municipalities.hashCode()) * 31 + counties.hashCode()) * 31
        + mergers.hashCode();
  }

  @Override
  public String toString() {
    return "Geography{" + regions.size() + " regions, " + municipalities.size()
        + " municipalities" + (counties.isEmpty() ? "" : ", " + counties.size() + " counties")
        + (mergers.isEmpty() ? "" : ", " + mergers.size() + " mergers") + "}";
  }
}
