package fi.lape.server.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request as an endpoint sees it: already routed, its body read in full within the limits.
 *
 * @param method the HTTP method
 * @param path the path, e.g. {@code /v1/assess}
 * @param pathParameter the part of the path that a route's {@code {name}} matched, or empty
 * @param query the query parameters, each with its first value
 * @param contentType the request's media type without parameters, lower case, or empty
 * @param contentTypeHeader the whole Content-Type header with its parameters (a form's boundary),
 *     or empty
 * @param accept the Accept header, or empty
 * @param body the request body, empty when there is none
 * @param language the answer's language: fi, sv or en, from Accept-Language
 */
public record Exchange(String method, String path, String pathParameter, Map<String, String> query,
    String contentType, String contentTypeHeader, String accept, byte[] body, Locale language) {

  /** The languages lape speaks, the first being the default. */
  public static final List<Locale> LANGUAGES =
      List.of(Locale.ENGLISH, Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"));

  /** A query parameter, if given and not blank. */
  public Optional<String> parameter(String name) {
    String value = query.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /** Whether the caller asks for HTML rather than JSON: Accept names text/html before JSON. */
  public boolean wantsHtml() {
    int html = accept.indexOf("text/html");
    int json = accept.indexOf("json");
    return html >= 0 && (json < 0 || html < json);
  }

  /**
   * The language an Accept-Language header asks for among fi, sv and en (RFC 4647 lookup), English
   * when it asks for none of them or is malformed.
   */
  public static Locale language(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return LANGUAGES.get(0);
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
      Locale match = Locale.lookup(ranges, LANGUAGES);
      return match == null ? LANGUAGES.get(0) : match;
    } catch (IllegalArgumentException malformed) {
      return LANGUAGES.get(0);
    }
  }
}
