package fi.lape.sheets.internal;

import fi.lape.sheets.SheetException;
import fi.lape.sheets.SheetProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects located problems in one language, and throws them all at once. */
public final class Problems {
  private final SheetTexts texts;
  private final List<SheetProblem> list = new ArrayList<>();
  private final List<int[]> order = new ArrayList<>();
  private final List<String> places = new ArrayList<>();

  public Problems(SheetTexts texts) {
    this.texts = texts;
  }

  public SheetTexts texts() {
    return texts;
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  /** A problem with a whole file. */
  public void file(String file, String key, Object... arguments) {
    add(file, Optional.empty(), 0, -1, "", key, arguments);
  }

  /** A problem with a whole sheet (its header row, or a sheet that is missing). */
  public void sheet(Table table, String key, Object... arguments) {
    add(table.file(), table.sheet(), table.headerRow(), -1, "", key, arguments);
  }

  /** A problem with a cell; {@code index} -1 for the whole row. */
  public void cell(Table table, Table.Row row, int index, String key, Object... arguments) {
    String header = index >= 0 && index < table.headers().size() ? table.headers().get(index) : "";
    add(table.file(), table.sheet(), row.number(), index, header, key, arguments);
  }

  private void add(String file, Optional<String> sheet, int row, int index, String header,
      String key, Object... arguments) {
    List<String> parts = new ArrayList<>();
    parts.add(file);
    sheet.ifPresent(s -> parts.add(texts.get("where.sheet", s)));
    if (row > 0) {
      parts.add(texts.get("where.row", Integer.toString(row)));
    }
    Optional<String> letters = index >= 0 ? Optional.of(Words.columnLetters(index))
        : Optional.empty();
    letters.ifPresent(l -> parts.add(texts.get("where.column", l, header)));
    String place = file + "\u0000" + sheet.orElse("");
    if (!places.contains(place)) {
      places.add(place);
    }
    order.add(new int[] {places.indexOf(place), row, index, list.size()});
    list.add(SheetProblem.of(file, sheet, row, letters,
        index >= 0 ? Optional.of(header) : Optional.empty(), String.join(", ", parts),
        texts.get(key, arguments)));
  }

  /** Throws every problem collected, if any, as one exception about {@code file}. */
  public void throwIfAny(String file) {
    if (!list.isEmpty()) {
      // Sheet by sheet in the order met, then as a person reads: row by row, left to right.
      List<int[]> sorted = new ArrayList<>(order);
      sorted.sort(java.util.Comparator.<int[]>comparingInt(o -> o[0])
          .thenComparingInt(o -> o[1]).thenComparingInt(o -> o[2]).thenComparingInt(o -> o[3]));
      List<SheetProblem> problems = new ArrayList<>();
      for (int[] o : sorted) {
        problems.add(list.get(o[3]));
      }
      throw new SheetException(texts.get("problems", file, list.size()), problems);
    }
  }
}
