package fi.lape.sheets;

import fi.lape.core.LapeValidationException;
import java.util.List;

/**
 * Thrown when a spreadsheet cannot be read into a dataset. It lists every problem found in every
 * sheet, each with its file, sheet, row and column, in the language the sheet was read in; no part
 * of the sheet is returned, so nothing half-read is ever assessed.
 *
 * <pre>{@code
 * try {
 *   Dataset dataset = MemberSheets.read(Path.of("jasenet.xlsx"), Locale.forLanguageTag("fi"));
 * } catch (SheetException e) {
 *   e.problems().forEach(p -> System.err.println(p)); // location: message
 * }
 * }</pre>
 */
public class SheetException extends LapeValidationException {
  private static final long serialVersionUID = 1L;

  private final transient List<SheetProblem> problems;

  /**
   * An exception with a first line such as "jasenet.xlsx: 3 virhettä; mitään ei luettu:" followed
   * by one line per problem.
   *
   * @param summary the first line of the message
   * @param problems every problem found; not empty
   */
  public SheetException(String summary, List<SheetProblem> problems) {
    super(message(summary, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a SheetException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, sheet by sheet and row by row. */
  public List<SheetProblem> problems() {
    return problems;
  }

  private static String message(String summary, List<SheetProblem> problems) {
    StringBuilder s = new StringBuilder(summary);
    for (SheetProblem p : problems) {
      s.append("\n  ").append(p);
    }
    return s.toString();
  }
}
