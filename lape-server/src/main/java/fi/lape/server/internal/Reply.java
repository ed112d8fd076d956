package fi.lape.server.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an endpoint answers: a status, a media type, the body and extra headers. Built whole before
 * anything is written, so a failing endpoint never leaves a half-written answer.
 *
 * @param status the HTTP status
 * @param contentType the media type with its parameters
 * @param body the body
 * @param headers further headers (Content-Language, Allow, Retry-After...)
 */
public record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
  /** The media type of lape's JSON documents and of the server's own JSON answers. */
  public static final String JSON = "application/json";
  /** RFC 9457 problem details. */
  public static final String PROBLEM_JSON = "application/problem+json";
  /** JSON Schemas. */
  public static final String SCHEMA_JSON = "application/schema+json";

  /** A reply; the headers are copied. */
  public Reply {
    headers = Map.copyOf(headers);
  }

  /** A 200 JSON reply. */
  public static Reply json(String text) {
    return of(200, JSON, text);
  }

  /** A reply with a UTF-8 text body. */
  public static Reply of(int status, String contentType, String text) {
    return new Reply(status, contentType, text.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  /** This reply with one more header. */
  public Reply with(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Reply(status, contentType, body, more);
  }
}
