package fi.lape.server.internal;

import fi.lape.sheets.SheetProblem;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes RFC 9457 problem details ({@code application/problem+json}). Each carries the standard
 * members {@code type}, {@code title}, {@code status} and {@code detail} in the caller's language,
 * and, for a document that could not be used, {@code problems}: the same located problems as the
 * command line (form part, JSON Pointer, line, column, the stable code of lape-json's {@code
 * ProblemCode}, and the message in the caller's language). Nothing the caller sent is quoted back except
 * through lape-json's messages, which quote ids and codes only.
 */
public final class Problems {
  /** The prefix of every problem type URI; the suffix is the type's short name. */
  public static final String TYPE_PREFIX = "urn:fi.lape:problem:";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Problems() {}

  /** The problem details answer for {@code problem} in {@code language}. */
  public static Reply reply(ProblemException problem, Locale language) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("type", TYPE_PREFIX + problem.type());
    body.put("title", Texts.get(language, "problem." + problem.type() + ".title"));
    body.put("status", problem.status());
    body.put("detail", Texts.get(language, "problem." + problem.type() + ".detail",
        problem.arguments()));
    if (problem.parameter() != null) {
      body.put("parameter", problem.parameter());
    }
    if (!problem.problems().isEmpty()) {
      ArrayNode list = body.putArray("problems");
      for (Located p : problem.problems()) {
        ObjectNode item = list.addObject();
        if (p.part() != null) {
          item.put("part", p.part());
        }
        item.put("pointer", p.pointer());
        if (p.line() > 0) {
          item.put("line", p.line());
          item.put("column", p.column());
        }
        item.put("code", p.code().code());
        item.put("message", p.message().apply(language));
      }
    }
    if (!problem.sheetProblems().isEmpty()) {
      ArrayNode list = body.putArray("problems");
      for (SheetProblem p : problem.sheetProblems()) {
        ObjectNode item = list.addObject();
        item.put("location", p.location());
        p.sheet().ifPresent(sheet -> item.put("sheet", sheet));
        if (p.row() > 0) {
          item.put("row", p.row());
        }
        p.column().ifPresent(column -> item.put("sheetColumn", column));
        item.put("message", p.message());
      }
    }
    return new Reply(problem.status(), Reply.PROBLEM_JSON,
        MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(body),
        java.util.Map.of("Content-Language", language.getLanguage()));
  }

  /** A problem answer for a status the server itself or Jetty decided, with a generic text. */
  public static Reply status(int status, Locale language) {
    String type = switch (status) {
      case 400 -> "bad-request";
      case 404 -> "not-found";
      case 408 -> "body-timeout";
      case 413, 414, 431 -> "request-too-large";
      case 503 -> "unavailable";
      default -> status >= 500 ? "server-error" : "bad-request";
    };
    return reply(new ProblemException(status, type, null, java.util.List.of()), language);
  }
}
