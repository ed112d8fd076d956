package fi.lape.core.internal;

import fi.lape.core.LapeValidationException;
import java.util.regex.Pattern;

/** Preconditions shared by the value types; every message names the type, the id and the field. */
public final class Checks {
  /** Why a rejected value is left out of a message. */
  public static final String NOT_SHOWN = "not shown: it may be personal data";

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,127}");

  private Checks() {}

  /** Whether {@code id} follows the id syntax; the one place lape defines it. */
  public static boolean isId(String id) {
    return ID.matcher(id).matches();
  }

  /** Rejects an id that is blank, too long or contains anything but letters, digits and {@code ._:/@+-}. */
  public static void id(String type, String id) {
    if (!ID.matcher(id).matches()) {
      throw new LapeValidationException(
          String.format(
              "%s: id '%s' is not valid: use 1-128 letters, digits or ._:/@+- starting with a letter"
                  + " or digit",
              type, abbreviate(id)));
    }
  }

  /** Rejects a reference that is not a valid id, naming the owner and the field. */
  public static void reference(String type, String ownerId, String field, String id) {
    if (!ID.matcher(id).matches()) {
      throw new LapeValidationException(
          String.format("%s %s: %s '%s' is not a valid id", type, ownerId, field, abbreviate(id)));
    }
  }

  /**
   * Rejects a malformed person id without quoting it: a value that is not a valid id may be a name
   * or an address that landed in the wrong field, and messages never carry personal data.
   */
  public static void personId(String type, String ownerId, String field, String id) {
    if (!ID.matcher(id).matches()) {
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
