package fi.lape.json;

import java.util.List;

/**
 * Thrown when a lape JSON document cannot be read. It lists every problem the reader found in one
 * pass, each with a JSON Pointer, a line, a column and a plain message, sorted by position; no
 * partial value is ever returned.
 *
 * <p>Malformed JSON stops the reader at the first syntax error, so only the problems before it and
 * the error itself are listed. At most 1000 problems are collected; a last entry then says that the
 * list was cut short. The exception message repeats the first 20 problems; messages quote ids and
 * codes, never names or contact details.
 *
 * <pre>{@code
 * try {
 *   Dataset dataset = LapeJson.standard().readDataset(path);
 * } catch (LapeJsonException e) {
 *   for (JsonProblem p : e.problems()) {
 *     System.err.println(path + ":" + p.line() + ":" + p.column() + ": " + p.message());
 *   }
 * }
 * }</pre>
 */
public final class LapeJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int PROBLEMS_IN_MESSAGE = 20;

  /** The kind of document that was being read. */
  private final LapeDocument document;
  /** Every problem found, sorted by position. */
  private final List<JsonProblem> problems;

  /**
   * An exception about a {@code document} with {@code problems}, which must not be empty. lape's
   * readers throw it; adapters that validate lape documents themselves may too.
   */
  public LapeJsonException(LapeDocument document, List<JsonProblem> problems) {
    super(summary(document, problems));
    this.document = document;
    this.problems = List.copyOf(problems);
  }

  /** The kind of document that was being read. */
  public LapeDocument document() {
    return document;
  }

  /** Every problem found, sorted by line and column. */
  public List<JsonProblem> problems() {
    return problems;
  }

  private static String summary(LapeDocument document, List<JsonProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a LapeJsonException needs at least one problem");
    }
    StringBuilder text = new StringBuilder()
        .append("invalid ").append(document.formatName()).append(" document (")
        .append(problems.size()).append(problems.size() == 1 ? " problem):" : " problems):");
    problems.stream().limit(PROBLEMS_IN_MESSAGE)
        .forEach(p -> text.append("\n  ").append(p));
    if (problems.size() > PROBLEMS_IN_MESSAGE) {
      text.append("\n  ... and ").append(problems.size() - PROBLEMS_IN_MESSAGE).append(" more");
    }
    return text.toString();
  }
}
