package fi.lape.server.internal;

import fi.lape.sheets.SheetProblem;
import java.util.List;

/**
 * A request the server cannot answer as asked: becomes an RFC 9457 problem details answer. The
 * title and detail are looked up in the server's texts by {@code type} in the caller's language; the
 * arguments are ids, codes and numbers, never a value the caller sent that could be personal data.
 */
public final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;
  private final transient Object[] arguments;
  private final transient List<Located> problems;
  private final transient List<SheetProblem> sheetProblems;
  private final String parameter;

  /**
   * A problem.
   *
   * @param status the HTTP status
   * @param type the problem type's short name, e.g. {@code invalid-document}
   * @param parameter the query parameter at fault, or null
   * @param problems located problems of a document, possibly empty
   * @param arguments the detail text's arguments
   */
  ProblemException(int status, String type, String parameter, List<Located> problems,
      Object... arguments) {
    this(status, type, parameter, problems, List.of(), arguments);
  }

  private ProblemException(int status, String type, String parameter, List<Located> problems,
      List<SheetProblem> sheetProblems, Object[] arguments) {
    super(type, null, false, false);
    this.status = status;
    this.type = type;
    this.parameter = parameter;
    this.problems = List.copyOf(problems);
    this.sheetProblems = List.copyOf(sheetProblems);
    this.arguments = arguments.clone();
  }

  /** A workbook that cannot be read (400): its problems are located by sheet, row and column. */
  public static ProblemException workbook(List<SheetProblem> sheetProblems) {
    return new ProblemException(400, "invalid-workbook", null, List.of(), sheetProblems,
        new Object[] {sheetProblems.size()});
  }

  /**
   * A document that cannot be used (400 when it cannot be read, 422 when it does not fit the rest
   * of the request): its problems located by form part, JSON Pointer, line and column; the detail
   * text counts them.
   */
  static ProblemException document(int status, String type, List<Located> problems) {
    return new ProblemException(status, type, null, problems, problems.size());
  }

  /** A problem with a query parameter. */
  public static ProblemException parameter(String type, String parameter, Object... arguments) {
    return new ProblemException(400, type, parameter, List.of(), arguments);
  }

  /** A problem without located problems or parameter. */
  public static ProblemException of(int status, String type, Object... arguments) {
    return new ProblemException(status, type, null, List.of(), arguments);
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String parameter() {
    return parameter;
  }

  List<Located> problems() {
    return problems;
  }

  public List<SheetProblem> sheetProblems() {
    return sheetProblems;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
