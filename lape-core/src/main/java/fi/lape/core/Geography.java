package fi.lape.core;

import fi.lape.core.internal.Checks;
import fi.lape.core.internal.GeographyCsv;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finnish regions and municipalities with their official codes and region membership over time.
 *
 * <p>{@link #builtIn()} holds the codes confirmed for lape's source documents (Päijät-Häme,
 * Pohjois-Savo, Pirkanmaa and the places they mention). Source: Statistics Finland, municipality and
 * region classifications, licensed CC BY 4.0. Supply the full, current classification with
 * {@link #readCsv(Reader, Reader)} or add entries to a dataset.
 *
 * <pre>{@code
 * Geography fi = Geography.builtIn();
 * fi.regionOf("142", LocalDate.of(2020, 6, 1)); // Optional[08]: Iitti was in Kymenlaakso
 * fi.regionOf("142", LocalDate.of(2021, 6, 1)); // Optional[07]: and is now in Päijät-Häme
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

  private Geography(Map<String, Region> regions, Map<String, Municipality> municipalities) {
    this.regions = regions;
    this.municipalities = municipalities;
  }

  /** The built-in reference data, read once from lape-core's resources. */
  public static Geography builtIn() {
    return BuiltIn.INSTANCE;
  }

  /** A geography of exactly these regions and municipalities; codes must be unique. */
  public static Geography of(Collection<Region> regions, Collection<Municipality> municipalities) {
    return empty().with(regions, municipalities, false);
  }

  /** A geography with nothing in it. */
  public static Geography empty() {
    return new Geography(Map.of(), Map.of());
  }

  /**
   * Reads regions ({@code code,name_fi,name_sv}) and municipalities ({@code
   * code,name_fi,region_code,valid_from,valid_to,note}) in the CSV layout of lape's built-in files,
   * where lines starting with {@code #} are comments. A municipality that changed region has one
   * line per period; the periods must not overlap and every region code must be in {@code
   * regions}.
   *
   * @throws LapeValidationException naming the file and line of a malformed entry
   */
  public static Geography readCsv(Reader regions, Reader municipalities) throws IOException {
    return GeographyCsv.read(regions, "regions", municipalities, "municipalities");
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

  /** This geography with {@code regions} and {@code municipalities} added, replacing equal codes. */
  public Geography withOverrides(
      Collection<Region> regions, Collection<Municipality> municipalities) {
    if (regions.isEmpty() && municipalities.isEmpty()) {
      return this;
    }
    return with(regions, municipalities, true);
  }

  private Geography with(
      Collection<Region> addedRegions, Collection<Municipality> addedMunicipalities,
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
    return new Geography(Map.copyOf(r), Map.copyOf(m));
  }

  /** The region with {@code code}. */
  public Optional<Region> region(String code) {
    return Optional.ofNullable(regions.get(code));
  }

  /** The municipality with {@code code}. */
  public Optional<Municipality> municipality(String code) {
    return Optional.ofNullable(municipalities.get(code));
  }

  /** The code of the region {@code municipalityCode} belongs to on {@code day}. */
  public Optional<String> regionOf(String municipalityCode, LocalDate day) {
    return municipality(municipalityCode).flatMap(m -> m.regionOn(day));
  }

  /** The municipalities of region {@code regionCode} on {@code day}, sorted by code. */
  public List<Municipality> municipalitiesOf(String regionCode, LocalDate day) {
    return municipalities.values().stream()
        .filter(m -> m.regionOn(day).map(regionCode::equals).orElse(false))
        .sorted(java.util.Comparator.comparing(Municipality::code))
        .collect(Collectors.toList());
  }

  /** Every region, sorted by code. */
  public List<Region> regions() {
    return regions.values().stream().sorted(java.util.Comparator.comparing(Region::code))
        .collect(Collectors.toList());
  }

  /** Every municipality, sorted by code. */
  public List<Municipality> municipalities() {
    return municipalities.values().stream()
        .sorted(java.util.Comparator.comparing(Municipality::code))
        .collect(Collectors.toList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Geography && ((Geography) o).regions.equals(regions)
        && ((Geography) o).municipalities.equals(municipalities);
  }

  @Override
  public int hashCode() {
    return regions.hashCode() * 31 + municipalities.hashCode();
  }

  @Override
  public String toString() {
    return "Geography{" + regions.size() + " regions, " + municipalities.size()
        + " municipalities}";
  }
}
