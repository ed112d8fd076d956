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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the CSV layout of the built-in geography. */
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

  /** Reads regions and municipalities; errors name the source and the line. */
  public static Geography read(Reader regions, String regionsName, Reader municipalities,
      String municipalitiesName) throws IOException {
    List<Region> regionList = new ArrayList<>();
    for (Line line : lines(regions)) {
      String[] f = line.fields(regionsName, 2);
      regionList.add(line.build(regionsName, () -> Region.builder().code(f[0]).name(f[1])
          .nameSv(optional(f, 2)).build()));
    }
    Map<String, Municipality.Builder> builders = new LinkedHashMap<>();
    for (Line line : lines(municipalities)) {
      String[] f = line.fields(municipalitiesName, 3);
      RegionMembership period = line.build(municipalitiesName,
          () -> RegionMembership.between(f[2], optional(f, 3).map(LocalDate::parse),
              optional(f, 4).map(LocalDate::parse)));
      builders.computeIfAbsent(f[0], code -> Municipality.builder().code(code).name(f[1]))
          .addRegionMembership(period);
    }
    List<Municipality> municipalityList = new ArrayList<>();
    for (Municipality.Builder builder : builders.values()) {
      municipalityList.add(builder.build());
    }
    return Geography.of(regionList, municipalityList);
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
      if (!text.isBlank() && !text.startsWith("#")) {
        lines.add(new Line(number, text));
      }
    }
    return lines;
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

    <T> T build(String source, java.util.function.Supplier<T> supplier) {
      try {
        return supplier.get();
      } catch (LapeValidationException | DateTimeParseException e) {
        throw new LapeValidationException(
            String.format("%s line %d: %s", source, number, e.getMessage()));
      }
    }
  }
}
