package fi.lape.core;

import java.util.regex.Pattern;

/**
 * How lape quotes a value back to people without leaking personal data. A value that a user typed
 * (an id, a code, a date, a command-line argument) may be a name, an e-mail address or a phone
 * number put in the wrong place, so it is quoted only when it cannot be one of them; otherwise it is
 * shown by its shape, letters as {@code a} and digits as {@code 9}.
 *
 * <pre>{@code
 * Redaction.canQuote("orimattila-lape");        // true
 * Redaction.canQuote("Matti Meikäläinen");      // false: a space, so perhaps a name
 * Redaction.canQuote("matti@example.fi");       // false: an e-mail address
 * Redaction.canQuote("+358 40 123 4567");       // false: a phone number
 * Redaction.shape("Matti Meikäläinen");         // "\"aaaaa aaaaaaaaaaa\""
 * Redaction.quoteOrShape("2018-02-30", s -> "shaped " + s);  // "\"2018-02-30\""
 * }</pre>
 */
public final class Redaction {
  /** At most this many characters of a value are quoted or shaped. */
  public static final int MAX_LENGTH = 64;

  /** A phone number: +358 40 123 4567, 0401234567, 040-123 4567, 00358 40 1234567. */
  private static final Pattern PHONE = Pattern.compile("(\\+|00?)[1-9][0-9 ().-]{4,}[0-9]");
  /** A day written as a day is not a phone number, even when it names no day of the calendar. */
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}");

  private Redaction() {}

  /**
   * Whether {@code value} may be quoted back: it has no {@code @}, no white space, no control
   * character, and is not shaped like a phone number.
   */
  public static boolean canQuote(String value) {
    if (value.isEmpty()) {
      return true;
    }
    if (value.indexOf('@') >= 0
        || value.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
            || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
      return false;
    }
    return !isPhoneShaped(value);
  }

  /** {@code value} in quotes when it {@linkplain #canQuote can be quoted}, else its shape in quotes. */
  public static String quoteOrShape(String value, java.util.function.UnaryOperator<String> shaped) {
    return canQuote(value) ? "\"" + abbreviate(value) + "\"" : shaped.apply(shape(value));
  }

  /**
   * {@code value} shown by its shape, in quotes: letters as {@code a}, digits as {@code 9}, a space
   * as a space, printable ASCII punctuation as itself and anything else (control characters, other
   * white space) as {@code ?}; at most {@value #MAX_LENGTH} characters, then {@code ...}.
   */
  public static String shape(String value) {
    StringBuilder shape = new StringBuilder("\"");
    value.codePoints().limit(MAX_LENGTH).forEach(c -> shape.appendCodePoint(
        Character.isLetter(c) ? 'a' : Character.isDigit(c) ? '9'
            : c == ' ' ? ' ' : c > 32 && c < 127 ? c : '?'));
    return shape.append(value.codePointCount(0, value.length()) > MAX_LENGTH ? "...\"" : "\"")
        .toString();
  }

  private static boolean isPhoneShaped(String value) {
    return PHONE.matcher(value).matches() && !DAY.matcher(value).matches();
  }

  private static String abbreviate(String value) {
    return value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH - 3) + "...";
  }
}
