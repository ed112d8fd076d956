package fi.lape.sheets.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** XLSX through FastExcel: its reader streams the sheets, its writer streams them out. */
public final class XlsxTables {
  private XlsxTables() {}

  /** Thrown for bytes that are not an XLSX workbook. */
  public static final class NotXlsx extends Exception {
    private static final long serialVersionUID = 1L;

    NotXlsx() {
      super("not an XLSX workbook", null, false, false);
    }
  }

  /** Every sheet of the workbook in {@code in}, in order. */
  public static List<Table> read(InputStream in, String file) throws IOException, NotXlsx {
    List<Table> tables = new ArrayList<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
      boolean date1904 = workbook.isDate1904();
      for (Sheet sheet : (Iterable<Sheet>) workbook.getSheets()::iterator) {
        List<Table.Row> rows = new ArrayList<>();
        for (Row row : sheet.read()) {
          List<Object> cells = new ArrayList<>();
          boolean any = false;
          for (int i = 0; i < row.getCellCount(); i++) {
            Object value = value(row.getCell(i));
            cells.add(value);
            any |= !Table.blank(value);
          }
          if (any) {
            rows.add(new Table.Row(row.getRowNum(), cells));
          }
        }
        tables.add(Tables.withHeader(file, Optional.of(sheet.getName()), rows, date1904));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (IOException | RuntimeException e) {
      // FastExcel reports a file that is no OOXML package with assorted exceptions.
      if (e instanceof java.nio.file.NoSuchFileException) {
        throw (IOException) e;
      }
      throw new NotXlsx();
    }
    return tables;
  }

  private static Object value(Cell cell) {
    if (cell == null) {
      return null;
    }
    switch (cell.getType()) {
      case NUMBER:
        return cell.asNumber();
      case STRING:
        return cell.asString();
      case BOOLEAN:
        return cell.asBoolean();
      case ERROR:
        return Table.ERROR;
      case FORMULA: {
        String cached = cell.getRawValue();
        if (cached == null) {
          return null;
        }
        try {
          return new BigDecimal(cached);
        } catch (NumberFormatException e) {
          return cached;
        }
      }
      default:
        return null;
    }
  }

  /** A sheet to write: its name, and rows of {@code String}, {@code Integer} or {@link LocalDate}. */
  public record SheetOut(String name, List<List<Object>> rows) {}

  /** Writes {@code sheets} as one workbook, header rows bold and frozen, dates as real dates. */
  public static void write(List<SheetOut> sheets, OutputStream out, Locale language) {
    String dateFormat = language.getLanguage().equals("en") ? "yyyy-mm-dd" : "d.m.yyyy";
    try {
      Workbook workbook = new Workbook(out, "lape", "1.0");
      for (SheetOut sheet : sheets) {
        Worksheet ws = workbook.newWorksheet(sheet.name());
        int width = sheet.rows().isEmpty() ? 0 : sheet.rows().get(0).size();
        for (int c = 0; c < width; c++) {
          ws.width(c, 18);
        }
        for (int r = 0; r < sheet.rows().size(); r++) {
          List<Object> row = sheet.rows().get(r);
          for (int c = 0; c < row.size(); c++) {
            Object v = row.get(c);
            if (v instanceof LocalDate d) {
              ws.value(r, c, d);
              ws.style(r, c).format(dateFormat).set();
            } else if (v instanceof Integer n) {
              ws.value(r, c, n);
            } else if (v != null && !v.toString().isEmpty()) {
              ws.value(r, c, v.toString());
            }
          }
          if (r == 0 && width > 0) {
            ws.range(0, 0, 0, width - 1).style().bold().set();
          }
        }
        ws.freezePane(0, 1);
        ws.finish();
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
