package fi.lape.json;

import java.io.Serializable;
import java.util.Objects;

/**
 * One thing wrong with a lape JSON document: where it is and what is wrong.
 *
 * <p>{@code pointer} is a JSON Pointer (RFC 6901) to the offending value, {@code ""} for the whole
 * document; for a missing member it points to the object that lacks it. {@code line} and {@code
 * column} (both from 1, columns counted in characters) locate the start of the offending text: the
 * value, the member name for an unknown or repeated member, or the object's opening brace for a
 * missing member. Messages are plain English and quote ids and codes, never names or contact
 * details; a rejected value that may be personal data in the wrong member (a malformed id, code or
 * date) is shown only by its shape, letters as {@code a} and digits as {@code 9}.
 *
 * <pre>{@code
 * // line 7, column 17 at /groups/0/kind: unknown GroupKind code "LAPE_GROUP"; expected one of ...
 * }</pre>
 *
 * @param pointer a JSON Pointer to the offending value
 * @param line the line of the offending text, from 1; 0 when the source has no positions (a
 *     {@code JsonNode} read through {@link LapeModule})
 * @param column the column of the offending text, from 1, in characters; 0 when unknown
 * @param message what is wrong
 */
public record JsonProblem(String pointer, int line, int column, String message)
    implements Serializable {

  /** A problem; {@code pointer} and {@code message} must not be null. */
  public JsonProblem {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /** A JSON Pointer to the offending value, {@code ""} for the document. */
  @Override
  public String pointer() {
    return pointer;
  }

  /** The line of the offending text, from 1; 0 when the source has no positions. */
  @Override
  public int line() {
    return line;
  }

  /** The column of the offending text, from 1, in characters; 0 when unknown. */
  @Override
  public int column() {
    return column;
  }

  /** What is wrong, in plain English, without personal data. */
  @Override
  public String message() {
    return message;
  }

  /** The problem as {@code line L, column C at POINTER: MESSAGE}. */
  @Override
  public String toString() {
    return "line " + line + ", column " + column + " at " + (pointer.isEmpty() ? "(root)" : pointer)
        + ": " + message;
  }
}
