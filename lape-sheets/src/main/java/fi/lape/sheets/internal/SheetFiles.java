package fi.lape.sheets.internal;

import fi.lape.core.Dataset;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the sheets of a member list in its file (and, for CSV, the files beside it). */
public final class SheetFiles {
  private SheetFiles() {}

  /** Whether {@code fileName} is a spreadsheet lape-sheets reads: {@code .csv} or {@code .xlsx}. */
  public static boolean isSheetFile(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".csv") || lower.endsWith(".xlsx");
  }

  private static boolean isCsv(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  /** The bytes of a spreadsheet file, or its problem thrown: not a spreadsheet, or unreadable. */
  private static byte[] bytes(Path file, String label, Problems problems) {
    if (!isSheetFile(label)) {
      problems.file(label, "notSpreadsheet");
      problems.throwIfAny(label);
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      problems.file(label, "unreadable", e.getClass().getSimpleName());
      problems.throwIfAny(label);
      throw new IllegalStateException("unreachable: a problem was recorded", e);
    }
  }

  /** The member list in {@code file}, with the CSV files beside it. */
  public static Dataset read(Path file, Locale locale) {
    SheetTexts texts = SheetTexts.of(locale);
    Problems problems = new Problems(texts);
    String label = file.toString();
    byte[] bytes = bytes(file, label, problems);
    if (!isCsv(label)) {
      return readXlsx(bytes, label, texts);
    }
    Map<SheetKind, Table> tables = new EnumMap<>(SheetKind.class);
    csv(bytes, label, problems).ifPresent(t -> tables.put(SheetKind.MEMBERS, t));
    for (Map.Entry<SheetKind, Path> companion : companions(file).entrySet()) {
      String companionLabel = companion.getValue().toString();
      try {
        csv(Files.readAllBytes(companion.getValue()), companionLabel, problems)
            .ifPresent(t -> tables.put(companion.getKey(), t));
      } catch (IOException e) {
        problems.file(companionLabel, "unreadable", e.getClass().getSimpleName());
      }
    }
    problems.throwIfAny(label);
    return new SheetReader(label, tables, texts).read();
  }

  /** The member list in {@code in}; a CSV stream is a members sheet alone. */
  public static Dataset read(InputStream in, String fileName, Locale locale) {
    SheetTexts texts = SheetTexts.of(locale);
    Problems problems = new Problems(texts);
    if (!isSheetFile(fileName)) {
      problems.file(fileName, "notSpreadsheet");
      problems.throwIfAny(fileName);
    }
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      problems.file(fileName, "unreadable", e.getClass().getSimpleName());
      problems.throwIfAny(fileName);
      return null;
    }
    if (!isCsv(fileName)) {
      return readXlsx(bytes, fileName, texts);
    }
    Map<SheetKind, Table> tables = new EnumMap<>(SheetKind.class);
    csv(bytes, fileName, problems).ifPresent(t -> tables.put(SheetKind.MEMBERS, t));
    problems.throwIfAny(fileName);
    return new SheetReader(fileName, tables, texts).read();
  }

  /**
   * The candidate list in {@code file} for {@code lape suggest}: a CSV file, or an XLSX workbook
   * whose candidates sheet (or else first sheet) holds it; organisations are resolved against
   * {@code dataset}.
   */
  public static List<fi.lape.sheets.CandidateRow> readCandidates(Path file, Dataset dataset,
      Locale locale) {
    SheetTexts texts = SheetTexts.of(locale);
    Problems problems = new Problems(texts);
    String label = file.toString();
    byte[] bytes = bytes(file, label, problems);
    Optional<Table> table = Optional.empty();
    if (isCsv(label)) {
      table = csv(bytes, label, problems);
    } else {
      try {
        List<Table> sheets = XlsxTables.read(new ByteArrayInputStream(bytes), label);
        table = sheets.stream().filter(t -> isCandidatesSheet(t.sheet().orElse(""))).findFirst()
            .or(() -> sheets.stream().findFirst());
        if (table.isEmpty()) {
          problems.file(label, "noMembersSheet", texts.sheetName(SheetKind.CANDIDATES));
        }
      } catch (XlsxTables.NotXlsx e) {
        problems.file(label, "notXlsx");
      } catch (IOException e) {
        problems.file(label, "unreadable", e.getClass().getSimpleName());
      }
    }
    problems.throwIfAny(label);
    return new SheetReader(label, Map.of(SheetKind.CANDIDATES, table.get()), texts)
        .candidates(dataset);
  }

  private static boolean isCandidatesSheet(String name) {
    for (Locale l : SheetTexts.LANGUAGES) {
      if (Words.key(SheetTexts.of(l).sheetName(SheetKind.CANDIDATES)).equals(Words.key(name))) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Table> csv(byte[] bytes, String label, Problems problems) {
    try {
      return Optional.of(CsvTables.read(bytes, label));
    } catch (CsvTables.Malformed e) {
      problems.file(label, "csvSyntax", Long.toString(e.line()));
      return Optional.empty();
    }
  }

  private static Dataset readXlsx(byte[] bytes, String label, SheetTexts texts) {
    Problems problems = new Problems(texts);
    List<Table> sheets;
    try {
      sheets = XlsxTables.read(new ByteArrayInputStream(bytes), label);
    } catch (XlsxTables.NotXlsx e) {
      problems.file(label, "notXlsx");
      problems.throwIfAny(label);
      return null;
    } catch (IOException e) {
      problems.file(label, "unreadable", e.getClass().getSimpleName());
      problems.throwIfAny(label);
      return null;
    }
    Map<SheetKind, Table> tables = new EnumMap<>(SheetKind.class);
    for (Table t : sheets) {
      kindOf(t.sheet().orElse("")).ifPresent(k -> tables.putIfAbsent(k, t));
    }
    if (!tables.containsKey(SheetKind.MEMBERS)) {
      // A workbook of one list: its first sheet that is not one of the others is the members'.
      for (Table t : sheets) {
        if (kindOf(t.sheet().orElse("")).isEmpty()) {
          tables.put(SheetKind.MEMBERS, t);
          break;
        }
      }
    }
    if (!tables.containsKey(SheetKind.MEMBERS)) {
      problems.file(label, "noMembersSheet", texts.sheetName(SheetKind.MEMBERS));
      problems.throwIfAny(label);
    }
    return new SheetReader(label, tables, texts).read();
  }

  /** The sheet {@code name} is, in any of the languages. */
  static Optional<SheetKind> kindOf(String name) {
    String key = Words.key(name);
    for (SheetKind kind : SheetKind.values()) {
      if (!kind.isMemberListSheet()) {
        continue;
      }
      for (Locale l : SheetTexts.LANGUAGES) {
        if (Words.key(SheetTexts.of(l).sheetName(kind)).equals(key)) {
          return Optional.of(kind);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The CSV files that hold the other sheets of the members file {@code file}: beside it, named
   * as the file with the sheet's name added ({@code jasenet-fi.csv}: {@code
   * jasenet-fi-ryhmat.csv}), or with the members sheet's name replaced ({@code
   * orimattila-jasenet.csv}: {@code orimattila-ryhmat.csv}), in any of the languages.
   */
  static Map<SheetKind, Path> companions(Path file) {
    Map<SheetKind, Path> found = new EnumMap<>(SheetKind.class);
    Path dir = file.toAbsolutePath().getParent();
    List<Path> candidates = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.filter(p -> isCsv(p.getFileName().toString()) && Files.isRegularFile(p))
          .sorted().forEach(candidates::add);
    } catch (IOException | UncheckedIOException e) {
      return found;
    }
    String name = file.getFileName().toString();
    for (Path p : candidates) {
      companionKind(name, p.getFileName().toString())
          .ifPresent(kind -> found.putIfAbsent(kind, p));
    }
    return found;
  }

  /** Which sheet the CSV file {@code candidate} holds for the members file {@code members}. */
  static Optional<SheetKind> companionKind(String members, String candidate) {
    if (!isCsv(members) || !isCsv(candidate)) {
      return Optional.empty();
    }
    String stem = Words.key(members.substring(0, members.length() - ".csv".length()));
    List<String> prefixes = new ArrayList<>();
    prefixes.add(stem + " ");
    for (Locale l : SheetTexts.LANGUAGES) {
      String sheet = Words.key(SheetTexts.of(l).sheetName(SheetKind.MEMBERS));
      if (stem.equals(sheet)) {
        prefixes.add("");
      } else if (stem.endsWith(" " + sheet)) {
        prefixes.add(stem.substring(0, stem.length() - sheet.length()));
      }
    }
    String key = Words.key(candidate.substring(0, candidate.length() - ".csv".length()));
    for (SheetKind kind : SheetKind.values()) {
      if (kind == SheetKind.MEMBERS || !kind.isMemberListSheet()) {
        continue;
      }
      for (Locale l : SheetTexts.LANGUAGES) {
        String sheet = Words.key(SheetTexts.of(l).sheetName(kind));
        for (String prefix : prefixes) {
          if (key.equals(prefix + sheet)) {
            return Optional.of(kind);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The member list in several CSV streams by file name: the members file, and the files of the
   * other sheets named as they would be beside it on disk.
   */
  public static Dataset readCsv(Map<String, InputStream> files, Locale locale) {
    SheetTexts texts = SheetTexts.of(locale);
    Problems problems = new Problems(texts);
    List<String> members = new ArrayList<>();
    for (String name : files.keySet()) {
      boolean companion = false;
      for (String other : files.keySet()) {
        companion |= !other.equals(name) && companionKind(other, name).isPresent();
      }
      if (!companion) {
        members.add(name);
      }
    }
    String label = members.isEmpty() ? String.join(", ", files.keySet()) : members.get(0);
    for (String name : files.keySet()) {
      if (!isCsv(name)) {
        problems.file(name, "notSpreadsheet");
      }
    }
    if (members.size() != 1) {
      problems.file(label, "noMembersSheet", texts.sheetName(SheetKind.MEMBERS));
    }
    problems.throwIfAny(label);
    Map<SheetKind, Table> tables = new EnumMap<>(SheetKind.class);
    for (Map.Entry<String, InputStream> e : files.entrySet()) {
      Optional<SheetKind> kind = e.getKey().equals(label) ? Optional.of(SheetKind.MEMBERS)
          : companionKind(label, e.getKey());
      if (kind.isEmpty()) {
        continue;
      }
      try {
        csv(e.getValue().readAllBytes(), e.getKey(), problems)
            .ifPresent(t -> tables.putIfAbsent(kind.get(), t));
      } catch (IOException ex) {
        problems.file(e.getKey(), "unreadable", ex.getClass().getSimpleName());
      }
    }
    problems.throwIfAny(label);
    return new SheetReader(label, tables, texts).read();
  }

  /** The file a CSV sheet other than the members' is written to, beside {@code members}. */
  public static Path companion(Path members, SheetKind kind, SheetTexts texts) {
    String name = members.getFileName().toString();
    String stem = name.substring(0, name.length() - ".csv".length());
    return members.resolveSibling(stem + "-" + Words.slug(texts.sheetName(kind)) + ".csv");
  }

  /** Writes {@code dataset} as CSV: the members to {@code file}, the other sheets beside it. */
  public static List<Path> writeCsv(Dataset dataset, Path file, Locale locale) {
    SheetTexts texts = SheetTexts.of(locale);
    Map<SheetKind, List<List<Object>>> sheets = SheetWriter.sheets(dataset, texts, file.toString());
    List<Path> written = new ArrayList<>();
    for (Map.Entry<SheetKind, List<List<Object>>> e : sheets.entrySet()) {
      Path target = e.getKey() == SheetKind.MEMBERS ? file : companion(file, e.getKey(), texts);
      try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
        CsvTables.write(SheetWriter.strings(e.getValue(), texts), out);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      written.add(target);
    }
    return written;
  }

  /** Writes {@code dataset} as one XLSX workbook to {@code out}. */
  public static void writeXlsx(Dataset dataset, java.io.OutputStream out, Locale locale,
      String label) {
    SheetTexts texts = SheetTexts.of(locale);
    Map<SheetKind, List<List<Object>>> sheets = SheetWriter.sheets(dataset, texts, label);
    List<XlsxTables.SheetOut> out2 = new ArrayList<>();
    for (Map.Entry<SheetKind, List<List<Object>>> e : sheets.entrySet()) {
      out2.add(new XlsxTables.SheetOut(texts.sheetName(e.getKey()), e.getValue()));
    }
    XlsxTables.write(out2, out, texts.locale());
  }
}
