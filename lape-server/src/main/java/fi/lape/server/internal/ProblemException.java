package fi.lape.server.internal;

import fi.lape.json.JsonProblem;
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
  private final transient List<JsonProblem> problems;
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
  public ProblemException(int status, String type, String parameter, List<JsonProblem> problems,
      Object... arguments) {
    super(type, null, false, false);
    this.status = status;
    this.type = type;
    this.parameter = parameter;
    this.problems = List.copyOf(problems);
    this.arguments = arguments.clone();
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

  public List<JsonProblem> problems() {
    return problems;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
