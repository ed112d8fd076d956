package fi.lape.core.internal;

import fi.lape.core.Geography;
import fi.lape.core.LapeValidationException;
import fi.lape.core.Municipality;
import fi.lape.core.Region;
import fi.lape.core.RegionMembership;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the CSV layout of the built-in geography. Every error names the source and the line, since
 * users feed it Statistics Finland lists of several hundred lines.
 */
public final class GeographyCsv {
  private GeographyCsv() {}

  /** Reads the built-in files shipped in this package. */
  public static Geography readResources() throws IOException {
    try (Reader r = resource("regions.csv"); Reader m = resource("municipalities.csv")) {
      return read(r, "regions.csv", m, "municipalities.csv");
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

  /** Reads regions and municipalities; errors name the source and the line. */
  public static Geography read(Reader regions, String regionsName, Reader municipalities,
      String municipalitiesName) throws IOException {
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
    Map<String, Periods> byCode = new LinkedHashMap<>();
    for (Line line : lines(municipalities)) {
      String[] f = line.fields(municipalitiesName, 3);
      RegionMembership period = line.build(municipalitiesName,
          () -> RegionMembership.between(f[2], optional(f, 3).map(LocalDate::parse),
              optional(f, 4).map(LocalDate::parse)));
      line.check(municipalitiesName, regionsByCode.containsKey(period.regionCode()),
          "region %s is not in %s", period.regionCode(), regionsName);
      Periods periods = byCode.get(f[0]);
      if (periods == null) {
        byCode.put(f[0], new Periods(line, f[1], period));
      } else {
        periods.add(municipalitiesName, line, f[0], f[1], period);
      }
    }
    List<Municipality> municipalityList = new ArrayList<>();
    for (Map.Entry<String, Periods> e : byCode.entrySet()) {
      Periods periods = e.getValue();
      municipalityList.add(periods.firstLine.build(municipalitiesName,
          () -> Municipality.builder().code(e.getKey()).name(periods.name)
              .addAllRegionMemberships(periods.periods).build()));
    }
    return Geography.of(regionsByCode.values(), municipalityList);
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
