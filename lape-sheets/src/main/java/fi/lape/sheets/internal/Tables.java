package fi.lape.sheets.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Shared steps of the CSV and XLSX readers. */
final class Tables {
  private Tables() {}

  /** A table whose header is the first of {@code rows} (all non-blank); empty headers if none. */
  static Table withHeader(String file, Optional<String> sheet, List<Table.Row> rows,
      boolean date1904) {
    if (rows.isEmpty()) {
      return new Table(file, sheet, 0, List.of(), List.of(), date1904);
    }
    Table.Row header = rows.get(0);
    List<String> headers = new ArrayList<>();
    for (Object cell : header.cells()) {
      headers.add(cell == null ? "" : Cells.plain(cell));
    }
    return new Table(file, sheet, header.number(), headers,
        List.copyOf(rows.subList(1, rows.size())), date1904);
  }
}
