package fi.lape.sheets;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a spreadsheet, where a person would look for it: the file, the sheet (XLSX
 * only), the row and the column as the spreadsheet program shows them, and what was expected, in
 * the language the sheet was read in. A value from a column that may hold personal data (a person
 * id, a name, contact details, a home municipality) is never quoted.
 *
 * <pre>{@code
 * problem.location(); // "jasenet.xlsx, taulukko Jäsenet, rivi 7, sarake E (sektorit)"
 * problem.message();  // "tuntematon sektori ”varhaiskasvatuss”: odotettiin jotakin näistä: ..."
 * }</pre>
 */
public final class SheetProblem {
  private final String file;
  private final Optional<String> sheet;
  private final int row;
  private final Optional<String> column;
  private final Optional<String> header;
  private final String location;
  private final String message;

  private SheetProblem(String file, Optional<String> sheet, int row, Optional<String> column,
      Optional<String> header, String location, String message) {
    this.file = Objects.requireNonNull(file, "file");
    this.sheet = Objects.requireNonNull(sheet, "sheet");
    this.row = row;
    this.column = Objects.requireNonNull(column, "column");
    this.header = Objects.requireNonNull(header, "header");
    this.location = Objects.requireNonNull(location, "location");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * A problem; readers make these, applications only read them.
   *
   * @param file the file's name
   * @param sheet the sheet's name in a workbook; empty for CSV or a whole file
   * @param row the row's number from 1, or 0 for a whole sheet or file
   * @param column the column's letters (A, B, ..., AA); empty for a whole row, sheet or file
   * @param header the column's header as the sheet has it
   * @param location all of the above as one text in the reader's language
   * @param message what is wrong and what was expected, in the reader's language
   * @return the problem
   */
  public static SheetProblem of(String file, Optional<String> sheet, int row,
      Optional<String> column, Optional<String> header, String location, String message) {
    return new SheetProblem(file, sheet, row, column, header, location, message);
  }

  /** The file's name as given. */
  public String file() {
    return file;
  }

  /** The sheet's name in an XLSX workbook; empty for a CSV file. */
  public Optional<String> sheet() {
    return sheet;
  }

  /** The row's number as the spreadsheet shows it, from 1; 0 when the whole sheet is at fault. */
  public int row() {
    return row;
  }

  /** The column's letters as the spreadsheet shows them ({@code E}), if one column is at fault. */
  public Optional<String> column() {
    return column;
  }

  /** The column's header as the sheet has it ({@code sektorit}), if one column is at fault. */
  public Optional<String> header() {
    return header;
  }

  /** Where the problem is, in the reader's language: "members.xlsx, sheet Members, row 7, column E (sectors)". */
  public String location() {
    return location;
  }

  /** What is wrong and what was expected, in the reader's language. */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SheetProblem p && file.equals(p.file) && sheet.equals(p.sheet)
        && row == p.row && column.equals(p.column) && header.equals(p.header)
        && location.equals(p.location) && message.equals(p.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, sheet, row, column, header, message);
  }

  /** {@code location: message}. */
  @Override
  public String toString() {
    return location + ": " + message;
  }
}
