package fi.lape.sheets.internal;

import java.util.List;
import java.util.Optional;

/**
 * One sheet as read: the file it came from, its name in the workbook (none for CSV), its header row
 * and its other rows. Cells hold a {@code String}, a {@code java.math.BigDecimal}, a {@code
 * Boolean}, {@link #ERROR} or {@code null}.
 *
 * @param file the file's name as the user gave it
 * @param sheet the sheet's name in an XLSX workbook; empty for CSV
 * @param headerRow the header row's number, counted from 1 as a spreadsheet shows it
 * @param headers the header cells' text, {@code ""} where blank
 * @param rows the rows below the header, blank ones left out
 * @param date1904 whether the workbook counts dates from 1904 (old Mac Excel)
 */
public record Table(String file, Optional<String> sheet, int headerRow, List<String> headers,
    List<Row> rows, boolean date1904) {
  /** A cell whose formula gives an error (#N/A, #REF!...). */
  public static final Object ERROR = new Object() {
    @Override
    public String toString() {
      return "#ERROR";
    }
  };

  /**
   * A row: its number as a spreadsheet shows it, and its cells.
   *
   * @param number the row's number, counted from 1
   * @param cells the cells by column index
   */
  public record Row(int number, List<Object> cells) {
    /** The cell at {@code index}, or {@code null}. */
    public Object cell(int index) {
      return index < cells.size() ? cells.get(index) : null;
    }
  }

  /** Whether {@code cell} holds nothing: null or blank text. */
  public static boolean blank(Object cell) {
    return cell == null || (cell instanceof String s && s.isBlank());
  }
}
