package fi.lape.sheets;

import fi.lape.core.Dataset;
import fi.lape.sheets.internal.SheetFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Member lists kept in spreadsheets, read into a {@link Dataset} and written back: one row per
 * membership (group, person id, organisation, role, sectors, voices, duties, start, end), with the
 * groups and organisations on sheets of their own (XLSX) or in files beside it (CSV).
 *
 * <p>Headers are accepted in Finnish, Swedish and English ({@code ryhmä}, {@code grupp}, {@code
 * group}), ignoring case, accents and punctuation; codes as lape's codes or as their names in any of
 * the three languages ({@code lastensuojelu}, {@code barnskydd}, {@code CHILD_PROTECTION}), several
 * separated by semicolons or commas; dates as {@code 2017-08-01}, {@code 1.8.2017} or real
 * spreadsheet dates. A sheet with problems gives a {@link SheetException} listing every one of
 * them with its file, sheet, row and column, in {@code language}; nothing of it is returned.
 *
 * <pre>{@code
 * Dataset dataset = MemberSheets.read(Path.of("jasenet.xlsx"), Locale.forLanguageTag("fi"));
 * Dataset upload = MemberSheets.read(request.getInputStream(), "members.csv", Locale.ENGLISH);
 * MemberSheets.write(dataset, Path.of("medlemmar.xlsx"), Locale.forLanguageTag("sv"));
 * }</pre>
 *
 * <p>A CSV file {@code NAME.csv} holds the members; the other sheets are read from files beside it
 * named {@code NAME-ryhmat.csv}, {@code NAME-groups.csv} and so on (any language), or, when
 * {@code NAME} ends with the members sheet's name, with that name replaced ({@code
 * orimattila-jasenet.csv}, {@code orimattila-ryhmat.csv}). A stream holds one sheet only.
 */
public final class MemberSheets {
  private MemberSheets() {}

  /**
   * Reads the member list in {@code file}, a {@code .xlsx} workbook or a {@code .csv} file with the
   * CSV files beside it.
   *
   * @param file the spreadsheet
   * @param language the language of problems: fi, sv or en (anything else gets English)
   * @return the dataset, checked as every {@link Dataset} is
   * @throws SheetException listing every problem of every sheet
   */
  public static Dataset read(Path file, Locale language) {
    Objects.requireNonNull(file, "file");
    return SheetFiles.read(file, language);
  }

  /**
   * Reads the member list in {@code in}: an XLSX workbook, or a CSV members sheet alone, as {@code
   * fileName}'s extension says. The stream is read to its end and not closed.
   *
   * @param in the bytes of the spreadsheet
   * @param fileName the name the user knows the file by; problems name it
   * @param language the language of problems: fi, sv or en
   * @return the dataset
   * @throws SheetException listing every problem
   */
  public static Dataset read(InputStream in, String fileName, Locale language) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(fileName, "fileName");
    return SheetFiles.read(in, fileName, language);
  }

  /**
   * Reads a member list kept as several CSV files, such as an upload of {@code jasenet.csv},
   * {@code jasenet-ryhmat.csv} and {@code jasenet-organisaatiot.csv}: by their names, one is the
   * members file and the others are its groups, organisations, persons and meetings files, named
   * as they would be beside it. The streams are read to their end and not closed.
   *
   * @param files the streams by file name, in the order the problems should name them
   * @param language the language of problems: fi, sv or en
   * @return the dataset
   * @throws SheetException listing every problem, or naming the files when no single one of them
   *     is the members file
   */
  public static Dataset readCsv(Map<String, InputStream> files, Locale language) {
    Objects.requireNonNull(files, "files");
    return SheetFiles.readCsv(files, language);
  }

  /**
   * Reads a candidate list for {@code lape suggest} from {@code file}: a {@code .csv} file or an
   * {@code .xlsx} workbook (its sheet Ehdokkaat / Kandidater / Candidates, else its first sheet),
   * one candidate a row, with the columns {@code ehdokas} / {@code kandidat} / {@code candidate},
   * {@code henkilö} / {@code person}, {@code organisaatio} / {@code organisation}, {@code rooli} /
   * {@code roll} / {@code role}, {@code sektorit} / {@code sektorer} / {@code sectors}, {@code
   * äänet} / {@code röster} / {@code voices} and {@code tehtävät} / {@code uppdrag} / {@code
   * duties}, headers and codes in any of the three languages as on a members sheet. An
   * organisation is given by its id or its name in {@code dataset}.
   *
   * @param file the spreadsheet
   * @param dataset the dataset the candidates' organisations are in
   * @param language the language of problems: fi, sv or en
   * @return the candidates in the rows' order
   * @throws SheetException listing every problem with its row and column
   */
  public static List<CandidateRow> readCandidates(Path file, Dataset dataset, Locale language) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(dataset, "dataset");
    return SheetFiles.readCandidates(file, dataset, language);
  }

  /** Whether {@code fileName} names a spreadsheet this class reads and writes: .csv or .xlsx. */
  public static boolean isSpreadsheet(String fileName) {
    return SheetFiles.isSheetFile(fileName);
  }

  /**
   * Writes {@code dataset} as a member list in {@code language}: one XLSX workbook, or for a
   * {@code .csv} file the members there and the other sheets in files beside it. Reading what was
   * written gives {@code dataset} back. Names and contact details are written when the dataset has
   * them; pass {@code dataset.withoutPersonalData()} to leave them out.
   *
   * @param dataset what to write; its own regions and municipalities cannot be written
   * @param file a {@code .xlsx} or {@code .csv} file
   * @param language the language of sheet names, headers and code names
   * @return the files written, the members first
   * @throws SheetException when the dataset has its own regions or municipalities
   * @throws UncheckedIOException when a file cannot be written
   */
  public static List<Path> write(Dataset dataset, Path file, Locale language) {
    Objects.requireNonNull(dataset, "dataset");
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return SheetFiles.writeCsv(dataset, file, language);
    }
    if (!name.endsWith(".xlsx")) {
      throw new IllegalArgumentException("not a .csv or .xlsx file: " + file.getFileName());
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      SheetFiles.writeXlsx(dataset, out, language, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.of(file);
  }

  /**
   * Writes {@code dataset} as an XLSX workbook to {@code out}, which is not closed.
   *
   * @param dataset what to write
   * @param out where to
   * @param language the language of sheet names, headers and code names
   */
  public static void writeXlsx(Dataset dataset, OutputStream out, Locale language) {
    SheetFiles.writeXlsx(dataset, out, language, "-");
  }
}
