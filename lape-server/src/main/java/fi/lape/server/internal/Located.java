package fi.lape.server.internal;

import fi.lape.advisor.AdvisorJsonException;
import fi.lape.json.JsonProblem;
import fi.lape.json.ProblemCode;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One located problem of a document a request sent, as problem details list it: the form part it
 * is in (null for a request whose body is the document itself), its JSON Pointer, line and column
 * (0 when unknown), its stable code from {@link ProblemCode} and its message in the caller's
 * language. The messages come from lape-json and lape-advisor, which quote ids and codes only.
 *
 * @param part the multipart form part, or null when the body is the document
 * @param pointer the JSON Pointer, {@code ""} for the document
 * @param line the line from 1, or 0
 * @param column the column from 1, or 0
 * @param code the stable code of {@link ProblemCode}
 * @param message the message in a language
 */
record Located(String part, String pointer, int line, int column, ProblemCode code,
    Function<Locale, String> message) {

  /** lape-json's problems of a dataset sent as {@code part} (null: the whole body). */
  static List<Located> of(String part, List<JsonProblem> problems) {
    return problems.stream().map(p -> new Located(part, p.pointer(), p.line(), p.column(),
        p.code(), p::message)).toList();
  }

  /** lape-advisor's problems of a change or suggestion request sent as {@code part}. */
  static List<Located> ofAdvisor(String part, List<AdvisorJsonException.Problem> problems) {
    return problems.stream().map(p -> new Located(part, p.pointer(), p.line(), p.column(),
        code(p), p::message)).toList();
  }

  /** A problem the server finds itself, with its message from the server's texts. */
  static Located server(String part, String pointer, ProblemCode code, String key) {
    return new Located(part, pointer, 0, 0, code, language -> Texts.get(language, key));
  }

  /** A document with nothing in it: its problem is where its text would start. */
  static Located empty(String part, String key) {
    return new Located(part, "", 1, 1, ProblemCode.EMPTY_DOCUMENT,
        language -> Texts.get(language, key));
  }

  /**
   * The advisor's message keys as lape-json's codes, so that a client switches on one vocabulary
   * whichever document was at fault.
   */
  private static ProblemCode code(AdvisorJsonException.Problem p) {
    return switch (p.key()) {
      case "syntax" -> ProblemCode.MALFORMED_JSON;
      case "unknownField" -> ProblemCode.UNKNOWN_MEMBER;
      case "missing" -> ProblemCode.MISSING_MEMBER;
      case "wrongDocument" -> ProblemCode.WRONG_DOCUMENT;
      case "badValue" -> p.pointer().equals("/version") ? ProblemCode.UNKNOWN_VERSION
          : p.detail().equals("expected.date") ? ProblemCode.INVALID_DATE
          : p.detail().contains(", ") ? ProblemCode.UNKNOWN_CODE
          : ProblemCode.WRONG_TYPE;
      default -> ProblemCode.INVALID_VALUE;
    };
  }
}
