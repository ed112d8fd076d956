package fi.lape.core.internal;

import fi.lape.core.LapeValidationException;

/** Preconditions shared by the value types; every message names the type, the id and the field. */
public final class Checks {
  /** Why a rejected value is left out of a message. */
  public static final String NOT_SHOWN = "not shown: it may be personal data";

  /** The longest id. */
  private static final int MAX_ID_LENGTH = 128;

  private Checks() {}

  /** Whether {@code id} follows the id syntax; the one place lape defines it. */
  public static boolean isId(String id) {
    // A character loop, not a regular expression: every id of every document passes here.
    int length = id.length();
    if (length == 0 || length > MAX_ID_LENGTH || !isAsciiLetterOrDigit(id.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = id.charAt(i);
      if (!isAsciiLetterOrDigit(c) && "._:/@+-".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code code} is exactly {@code count} ASCII digits, as region and municipality codes. */
  public static boolean isDigits(String code, int count) {
    if (code.length() != count) {
      return false;
    }
    for (int i = 0; i < count; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** Rejects an id that is blank, too long or contains anything but letters, digits and {@code ._:/@+-}. */
  public static void id(String type, String id) {
    if (!isId(id)) {
      throw new LapeValidationException(
          String.format(
              "%s: id '%s' is not valid: use 1-128 letters, digits or ._:/@+- starting with a letter"
                  + " or digit",
              type, abbreviate(id)));
    }
  }

  /** Rejects a reference that is not a valid id, naming the owner and the field. */
  public static void reference(String type, String ownerId, String field, String id) {
    if (!isId(id)) {
      throw new LapeValidationException(
          String.format("%s %s: %s '%s' is not a valid id", type, ownerId, field, abbreviate(id)));
    }
  }

  /**
   * Rejects a malformed person id without quoting it: a value that is not a valid id may be a name
   * or an address that landed in the wrong field, and messages never carry personal data.
   */
  public static void personId(String type, String ownerId, String field, String id) {
    if (!isId(id)) {
      throw new LapeValidationException(String.format(
          "%s%s: %s is not a valid person id (%d characters, %s): use 1-128 letters, digits or"
              + " ._:/@+- starting with a letter or digit",
          type, ownerId.isEmpty() ? "" : " " + ownerId, field, id.length(), NOT_SHOWN));
    }
  }

  /** Throws a {@link LapeValidationException} with a formatted message unless {@code condition}. */
  public static void check(boolean condition, String format, Object... arguments) {
    if (!condition) {
      throw new LapeValidationException(String.format(format, arguments));
    }
  }

  /** Shortens a value quoted in a message so that a huge input does not make a huge message. */
  public static String abbreviate(String value) {
    return value.length() <= 64 ? value : value.substring(0, 61) + "...";
  }
}
