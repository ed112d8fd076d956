package fi.lape.json.internal;

import fi.lape.core.Redaction;
import java.util.regex.Pattern;

/**
 * Small helpers for problem messages. A rejected free-form value (an id, a code, a date) may be a
 * name or an address typed into the wrong member, and messages never carry personal data, so such
 * a value is shown only by its shape: letters as {@code a}, digits as {@code 9}.
 */
final class Text {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]{0,63}");

  private Text() {}

  /** Shortens a quoted value so that a huge input does not make a huge message. */
  static String abbreviate(String value) {
    return value.length() <= 64 ? value : value.substring(0, 61) + "...";
  }

  /** {@code value} with letters shown as {@code a} and digits as {@code 9}, in quotes. */
  static String shape(String value) {
    return Redaction.shape(value);
  }

  /** A rejected code: quoted when it has the form of a code, else by its shape. */
  static String code(String value) {
    return CODE.matcher(value).matches() ? "\"" + value + "\"" : "shaped " + shape(value);
  }

  /** A member name: quoted when it has the form of an identifier, else by its shape. */
  static String name(String value) {
    return IDENTIFIER.matcher(value).matches() ? "\"" + value + "\"" : "shaped " + shape(value);
  }
}
