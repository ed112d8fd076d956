package fi.lape.json;

import java.util.Objects;

/**
 * Where a value stands in the document it was read from: a JSON Pointer (RFC 6901) and the line
 * and column (both from 1, columns in characters) where its text starts. Tools that point people
 * back into the file, such as SARIF reports, use it.
 *
 * <pre>{@code
 * // {"pointer": "/groups/3/memberships/0", "line": 41, "column": 9}
 * }</pre>
 *
 * @param pointer the JSON Pointer of the value, e.g. {@code /groups/3}
 * @param line the line where the value starts, from 1
 * @param column the column where the value starts, from 1, in characters
 */
public record SourceLocation(String pointer, int line, int column) {
  /** A location; {@code pointer} must not be null. */
  public SourceLocation {
    Objects.requireNonNull(pointer, "pointer");
  }
}
