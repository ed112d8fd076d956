package fi.lape.core.internal;

import fi.lape.core.Geography;
import fi.lape.core.LapeValidationException;
import fi.lape.core.Municipality;
import fi.lape.core.Region;
import fi.lape.core.RegionMembership;
import fi.lape.core.Merger;
import fi.lape.core.WellbeingServicesCounty;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads the CSV layout of the built-in geography. Every error names the source and the line, since
 * users feed it Statistics Finland lists of several hundred lines.
 */
public final class GeographyCsv {
  private GeographyCsv() {}

  /** Reads the built-in files shipped in this package. */
  public static Geography readResources() throws IOException {
    try (Reader r = resource("regions.csv"); Reader m = resource("municipalities.csv");
        Reader c = resource("wellbeing_counties.csv"); Reader g = resource("mergers.csv")) {
      return read(r, "regions.csv", m, "municipalities.csv", c, "wellbeing_counties.csv", g,
          "mergers.csv");
    }
  }

  private static Reader resource(String name) throws IOException {
    InputStream in = GeographyCsv.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("missing resource " + name);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /** Reads two UTF-8 files; errors name the file as given and the line. */
  public static Geography read(Path regions, Path municipalities) throws IOException {
    try (Reader r = Files.newBufferedReader(regions, StandardCharsets.UTF_8);
        Reader m = Files.newBufferedReader(municipalities, StandardCharsets.UTF_8)) {
      return read(r, regions.toString(), m, municipalities.toString());
    }
  }

  /** Reads four UTF-8 files; errors name the file as given and the line. */
  public static Geography read(Path regions, Path municipalities, Path counties, Path mergers)
      throws IOException {
    try (Reader r = Files.newBufferedReader(regions, StandardCharsets.UTF_8);
        Reader m = Files.newBufferedReader(municipalities, StandardCharsets.UTF_8);
        Reader c = Files.newBufferedReader(counties, StandardCharsets.UTF_8);
        Reader g = Files.newBufferedReader(mergers, StandardCharsets.UTF_8)) {
      return read(r, regions.toString(), m, municipalities.toString(), c, counties.toString(), g,
          mergers.toString());
    }
  }

  /**
   * Reads regions and municipalities with the built-in counties and no mergers; errors name the
   * source and the line.
   */
  public static Geography read(Reader regions, String regionsName, Reader municipalities,
      String municipalitiesName) throws IOException {
    return read(regions, regionsName, municipalities, municipalitiesName,
        Geography.builtIn().counties(), List.of(), null);
  }

  /** Reads all four lists; errors name the source and the line. */
  public static Geography read(Reader regions, String regionsName, Reader municipalities,
      String municipalitiesName, Reader counties, String countiesName, Reader mergers,
      String mergersName) throws IOException {
    Map<String, WellbeingServicesCounty> countiesByCode = new LinkedHashMap<>();
    Map<String, Integer> countyLines = new LinkedHashMap<>();
    for (Line line : lines(counties)) {
      String[] f = line.fields(countiesName, 2);
      WellbeingServicesCounty county = line.build(countiesName, () -> WellbeingServicesCounty
          .builder().code(f[0]).name(f[1]).nameSv(optional(f, 2)).build());
      Integer first = countyLines.putIfAbsent(county.code(), line.number);
      line.check(countiesName, first == null,
          "wellbeing services county code %s is used twice (first on line %d)", county.code(),
          first);
      countiesByCode.put(county.code(), county);
    }
    List<Merger> mergerList = new ArrayList<>();
    List<Line> mergerLines = lines(mergers);
    Map<String, Integer> mergerCodes = new LinkedHashMap<>();
    for (Line line : mergerLines) {
      String[] f = line.fields(mergersName, 4);
      Merger merger = line.build(mergersName, () -> Merger.builder().oldCode(f[0]).oldName(f[1])
          .successorCode(f[2]).date(LocalDate.parse(f[3])).build());
      Integer first = mergerCodes.putIfAbsent(merger.oldCode(), line.number);
      line.check(mergersName, first == null, "municipality code %s is merged twice (first on"
          + " line %d)", merger.oldCode(), first);
      mergerList.add(merger);
    }
    Geography geography = read(regions, regionsName, municipalities, municipalitiesName,
        countiesByCode.values(), List.of(), countiesName);
    for (int i = 0; i < mergerList.size(); i++) {
      Merger merger = mergerList.get(i);
      mergerLines.get(i).check(mergersName,
          geography.municipality(merger.successorCode()).isPresent(),
          "%s %s is merged into %s, which is not in %s", merger.oldCode(), merger.oldName(),
          merger.successorCode(), municipalitiesName);
    }
    return Geography.of(geography.regions(), geography.municipalities(), geography.counties(),
        mergerList);
  }

  private static Geography read(Reader regions, String regionsName, Reader municipalities,
      String municipalitiesName, Collection<WellbeingServicesCounty> counties,
      List<Merger> mergers, String countiesName) throws IOException {
    Map<String, Region> regionsByCode = new LinkedHashMap<>();
    Map<String, Integer> regionLines = new LinkedHashMap<>();
    for (Line line : lines(regions)) {
      String[] f = line.fields(regionsName, 2);
      Region region = line.build(regionsName, () -> Region.builder().code(f[0]).name(f[1])
          .nameSv(optional(f, 2)).build());
      Integer first = regionLines.putIfAbsent(region.code(), line.number);
      line.check(regionsName, first == null, "region code %s is used twice (first on line %d)",
          region.code(), first);
      regionsByCode.put(region.code(), region);
    }
    Set<String> countyCodes = counties.stream().map(WellbeingServicesCounty::code)
        .collect(Collectors.toSet());
    Map<String, Periods> byCode = new LinkedHashMap<>();
    for (Line line : lines(municipalities)) {
      String[] f = line.fields(municipalitiesName, 3);
      RegionMembership period = line.build(municipalitiesName,
          () -> RegionMembership.between(f[2], optional(f, 3).map(LocalDate::parse),
              optional(f, 4).map(LocalDate::parse)));
      line.check(municipalitiesName, regionsByCode.containsKey(period.regionCode()),
          "region %s is not in %s", period.regionCode(), regionsName);
      Optional<String> county = optional(f, 7);
      county.ifPresent(code -> line.check(municipalitiesName, countyCodes.contains(code),
          "wellbeing services county %s is not in %s", code,
          countiesName == null ? "the built-in counties" : countiesName));
      Periods periods = byCode.get(f[0]);
      if (periods == null) {
        byCode.put(f[0], new Periods(line, f[1], period));
      } else {
        periods.add(municipalitiesName, line, f[0], f[1], period);
      }
      optional(f, 6).ifPresent(sv -> periods(byCode, f[0]).nameSv = sv);
      county.ifPresent(code -> periods(byCode, f[0]).county = code);
    }
    List<Municipality> municipalityList = new ArrayList<>();
    for (Map.Entry<String, Periods> e : byCode.entrySet()) {
      Periods periods = e.getValue();
      municipalityList.add(periods.firstLine.build(municipalitiesName,
          () -> Municipality.builder().code(e.getKey()).name(periods.name)
              .nameSv(Optional.ofNullable(periods.nameSv))
              .wellbeingServicesCounty(Optional.ofNullable(periods.county))
              .addAllRegionMemberships(periods.periods).build()));
    }
    return Geography.of(regionsByCode.values(), municipalityList, counties, mergers);
  }

  private static Periods periods(Map<String, Periods> byCode, String code) {
    return byCode.get(code);
  }

  private static Optional<String> optional(String[] fields, int index) {
    return index < fields.length && !fields[index].isBlank()
        ? Optional.of(fields[index].trim()) : Optional.empty();
  }

  private static List<Line> lines(Reader reader) throws IOException {
    List<Line> lines = new ArrayList<>();
    BufferedReader buffered = new BufferedReader(reader);
    String text;
    int number = 0;
    while ((text = buffered.readLine()) != null) {
      number++;
      // Spreadsheet programs save UTF-8 CSV with a byte order mark.
      if (number == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (!text.isBlank() && !text.startsWith("#")) {
        lines.add(new Line(number, text));
      }
    }
    return lines;
  }

  /** The lines of one municipality, which has one line per region period. */
  private static final class Periods {
    final Line firstLine;
    final String name;
    final List<RegionMembership> periods = new ArrayList<>();
    final List<Integer> lines = new ArrayList<>();
    String nameSv;
    String county;

    Periods(Line line, String name, RegionMembership period) {
      this.firstLine = line;
      this.name = name;
      periods.add(period);
      lines.add(line.number);
    }

    void add(String source, Line line, String code, String otherName, RegionMembership period) {
      line.check(source, otherName.equals(name),
          "municipality %s is named %s here but %s on line %d", code, otherName, name,
          firstLine.number);
      for (int i = 0; i < periods.size(); i++) {
        line.check(source, !periods.get(i).overlaps(period),
            "municipality %s: the period overlaps the one on line %d", code, lines.get(i));
      }
      periods.add(period);
      lines.add(line.number);
    }
  }

  private static final class Line {
    final int number;
    final String text;

    Line(int number, String text) {
      this.number = number;
      this.text = text;
    }

    String[] fields(String source, int required) {
      String[] fields = text.split(",", -1);
      if (fields.length < required) {
        throw new LapeValidationException(String.format(
            "%s line %d: expected at least %d comma-separated fields", source, number, required));
      }
      for (int i = 0; i < fields.length; i++) {
        fields[i] = fields[i].trim();
      }
      return fields;
    }

    void check(String source, boolean condition, String format, Object... arguments) {
      if (!condition) {
        throw new LapeValidationException(
            String.format("%s line %d: ", source, number) + String.format(format, arguments));
      }
    }

    <T> T build(String source, Supplier<T> supplier) {
      try {
        return supplier.get();
      } catch (LapeValidationException | DateTimeParseException e) {
        throw new LapeValidationException(
            String.format("%s line %d: %s", source, number, e.getMessage()));
      }
    }
  }
}
