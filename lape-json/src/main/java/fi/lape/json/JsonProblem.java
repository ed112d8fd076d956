package fi.lape.json;

import fi.lape.json.internal.ProblemTexts;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with a lape JSON document: where it is, its stable {@linkplain #code() code} and
 * what is wrong, in Finnish, Swedish or English.
 *
 * <p>{@code pointer} is a JSON Pointer (RFC 6901) to the offending value, {@code ""} for the whole
 * document; for a missing member it points to the object that lacks it. {@code line} and {@code
 * column} (both from 1, columns counted in characters) locate the start of the offending text: the
 * value, the member name for an unknown or repeated member, or the object's opening brace for a
 * missing member.
 *
 * <p>Nothing in a problem can carry personal data or forge output: a member name, id or value that
 * could be a name, an e-mail address or a phone number (it has an {@code @}, a space, the shape of
 * a phone number, or characters no id may have) is shown only by its shape, letters as {@code a}
 * and digits as {@code 9}, in the pointer as well as in the message; and every control character
 * (line breaks, ANSI escapes) in a pointer or message is escaped as {@code \\uXXXX}.
 *
 * <pre>{@code
 * // line 7, column 17 at /groups/0/kind: [unknown-code] unknown code "LAPE_GROUP": expected one of ...
 * problem.code();                                // ProblemCode.UNKNOWN_CODE
 * problem.message(Locale.forLanguageTag("fi"));  // tuntematon koodi "LAPE_GROUP": ...
 * }</pre>
 */
public final class JsonProblem implements Serializable {
  private static final long serialVersionUID = 2L;

  private final String pointer;
  private final int line;
  private final int column;
  private final ProblemCode code;
  private final String key;
  private final List<Object> arguments;

  /**
   * A problem whose message is {@code message} in every language, with code {@link
   * ProblemCode#INVALID_VALUE}; for adapters that validate lape documents themselves.
   */
  public JsonProblem(String pointer, int line, int column, String message) {
    this(pointer, line, column, ProblemCode.INVALID_VALUE, null,
        List.of(Objects.requireNonNull(message, "message")));
  }

  /**
   * A problem rendered from lape-json's resource bundle: {@code key} names the message and {@code
   * arguments} fill it in (strings, numbers, or lape-json's own shaped values).
   */
  public JsonProblem(String pointer, int line, int column, ProblemCode code, String key,
      List<?> arguments) {
    this.pointer = ProblemTexts.escape(Objects.requireNonNull(pointer, "pointer"));
    this.line = line;
    this.column = column;
    this.code = Objects.requireNonNull(code, "code");
    this.key = key;
    this.arguments = List.copyOf(arguments);
  }

  /** A JSON Pointer to the offending value, {@code ""} for the document; shaped and escaped. */
  public String pointer() {
    return pointer;
  }

  /** The line of the offending text, from 1; 0 when the source has no positions. */
  public int line() {
    return line;
  }

  /** The column of the offending text, from 1, in characters; 0 when unknown. */
  public int column() {
    return column;
  }

  /** The stable, machine-readable kind of problem. */
  public ProblemCode code() {
    return code;
  }

  /** What is wrong, in English, without personal data and without control characters. */
  public String message() {
    return message(Locale.ENGLISH);
  }

  /**
   * What is wrong in {@code language}: Finnish, Swedish or English (any other language gets
   * English).
   */
  public String message(Locale language) {
    String text = key == null ? String.valueOf(arguments.get(0))
        : ProblemTexts.format(language, key, arguments);
    return ProblemTexts.escape(text);
  }

  /** The problem as {@code line L, column C at POINTER: MESSAGE} in English. */
  @Override
  public String toString() {
    return "line " + line + ", column " + column + " at " + (pointer.isEmpty() ? "(root)" : pointer)
        + ": " + message();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof JsonProblem)) {
      return false;
    }
    JsonProblem other = (JsonProblem) o;
    return line == other.line && column == other.column && pointer.equals(other.pointer)
        && code == other.code && Objects.equals(key, other.key)
        && arguments.equals(other.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, line, column, code, key, arguments);
  }
}
