package fi.lape.sheets.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * CSV through Jackson's CSV data format. Reads what spreadsheet programs save: UTF-8 with or without
 * a byte-order mark, or Windows-1252 ("CSV" rather than "CSV UTF-8" in Excel), separated by
 * semicolons (Finnish and Swedish Excel), commas or tabs. Writes UTF-8 with a byte-order mark, so
 * that Excel shows ä and ö, separated by semicolons.
 */
public final class CsvTables {
  private static final CsvMapper MAPPER =
      CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private CsvTables() {}

  /** Thrown for text that is not CSV; {@code line} is where the parser gave up. */
  public static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    private final long line;

    Malformed(long line) {
      super("malformed CSV near line " + line, null, false, false);
      this.line = line;
    }

    public long line() {
      return line;
    }
  }

  /** The table in {@code bytes}; its first non-blank row is the header. */
  public static Table read(byte[] bytes, String file) throws Malformed {
    String text = decode(bytes);
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator(text));
    List<Table.Row> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).with(schema)
        .readValues(text)) {
      int number = 0;
      while (it.hasNextValue()) {
        String[] record = it.nextValue();
        number++;
        List<Object> cells = new ArrayList<>(Arrays.asList((Object[]) record));
        if (cells.stream().anyMatch(c -> !Table.blank(c))) {
          rows.add(new Table.Row(number, cells));
        }
      }
    } catch (JacksonException e) {
      throw new Malformed(e.getLocation() == null ? 0 : e.getLocation().getLineNr());
    }
    return Tables.withHeader(file, Optional.empty(), rows, false);
  }

  /** Writes {@code rows} (the header first) as CSV: UTF-8 with a byte-order mark, semicolons. */
  public static void write(List<List<String>> rows, Writer out) {
    try {
      out.write('\uFEFF');
      CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(';').withLineSeparator("\n");
      try (SequenceWriter w = MAPPER.writerFor(String[].class).with(schema).writeValues(out)) {
        for (List<String> row : rows) {
          w.write(row.toArray(new String[0]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #write} to a string, for tests and small documents. */
  public static String toString(List<List<String>> rows) {
    StringWriter s = new StringWriter();
    write(rows, s);
    return s.toString();
  }

  private static String decode(byte[] bytes) {
    int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
    } catch (CharacterCodingException e) {
      // Not UTF-8: Excel's plain "CSV" in a Finnish or Swedish Windows is Windows-1252.
      return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
    }
  }

  /** The separator the header line uses most, outside quotes: semicolon, comma or tab. */
  static char separator(String text) {
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (semicolons + commas + tabs > 0) {
          break;
        }
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == '\t') {
        tabs++;
      }
    }
    if (semicolons >= commas && semicolons >= tabs && semicolons > 0) {
      return ';';
    }
    return tabs > commas ? '\t' : ',';
  }
}
