package fi.lape.json.internal;

import fi.lape.core.Redaction;
import fi.lape.core.internal.Checks;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How problems show what the document says. A rejected free-form value (an id, a code, a date, a
 * member name) may be a name or an address typed into the wrong place, and problems never carry
 * personal data, so such a value is shown only by its shape: letters as {@code a}, digits as
 * {@code 9}. An id is quoted only when it cannot be a name, an e-mail address or a phone number.
 */
final class Text {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]{0,63}");
  /** Six or more digits with the separators of a phone number, e.g. +358 40 123 4567. */

  private Text() {}

  /** A value shown by its shape, e.g. {@code shaped "aaaaa 9999"} in English. */
  static final class Shape implements ProblemTexts.Localized {
    private static final long serialVersionUID = 1L;
    final String shape;
    /** Whether the value is an id that looks like an e-mail address or a phone number. */
    final boolean identifying;

    Shape(String shape, boolean identifying) {
      this.shape = shape;
      this.identifying = identifying;
    }

    @Override
    public String render(Locale language) {
      switch (language.getLanguage()) {
        case "fi":
          return "muotoa \"" + shape + "\"";
        case "sv":
          return "av formen \"" + shape + "\"";
        default:
          return "shaped \"" + shape + "\"";
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Shape && ((Shape) o).shape.equals(shape);
    }

    @Override
    public int hashCode() {
      return shape.hashCode();
    }

    @Override
    public String toString() {
      return "shaped \"" + shape + "\"";
    }
  }

  /** A word or phrase of the problem bundle, in the problem's language (e.g. a JSON type). */
  static final class Word implements ProblemTexts.Localized {
    private static final long serialVersionUID = 1L;
    final String key;

    Word(String key) {
      this.key = key;
    }

    @Override
    public String render(Locale language) {
      return ProblemTexts.format(language, key, java.util.List.of());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Word && ((Word) o).key.equals(key);
    }

    @Override
    public int hashCode() {
      return key.hashCode();
    }

    @Override
    public String toString() {
      return key;
    }
  }

  /** The bundle's name for a JSON type described in English as {@code description}. */
  static Word type(String description) {
    switch (description) {
      case "an object":
        return new Word("type.object");
      case "an array":
        return new Word("type.array");
      case "a string":
        return new Word("type.string");
      case "a whole number":
        return new Word("type.integer");
      case "a number":
        return new Word("type.number");
      case "true or false":
      case "a boolean":
        return new Word("type.boolean");
      default:
        return new Word("type.null");
    }
  }

  /** Shortens a quoted value so that a huge input does not make a huge message. */
  static String abbreviate(String value) {
    return value.length() <= 64 ? value : value.substring(0, 61) + "...";
  }

  /** {@code value} with letters as {@code a}, digits as {@code 9}, other characters as {@code ?}. */
  static String shapeOf(String value) {
    String quoted = Redaction.shape(value);
    return quoted.substring(1, quoted.length() - 1);
  }

  /** {@code value} by its shape. */
  static Shape shape(String value) {
    return new Shape(shapeOf(value), false);
  }

  /**
   * Whether {@code id} may be quoted: it has the id syntax and cannot be a name, an e-mail address
   * or a phone number (no {@code @}, no space, not shaped like a phone number).
   */
  static boolean quotable(String id) {
    return Checks.isId(id) && Redaction.canQuote(id);
  }

  /** Whether {@code id} has the id syntax but looks like an e-mail address or phone number. */
  static boolean identifying(String id) {
    return Checks.isId(id) && !quotable(id);
  }

  /** An id: quoted when {@linkplain #quotable quotable}, else by its shape. */
  static Object id(String value) {
    return quotable(value) ? "\"" + abbreviate(value) + "\""
        : new Shape(shapeOf(value), identifying(value));
  }

  /**
   * The English detail of a value lape-core rejected, with anything that looks like an e-mail
   * address or a phone number shaped.
   */
  static String invalid(String detail) {
    java.util.regex.Matcher m = Pattern.compile("[^\\s'\"]*@[^\\s'\"]*|(\\+|00?)[1-9][0-9 ().-]{4,}[0-9]")
        .matcher(detail);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(shapeOf(m.group())));
    }
    m.appendTail(out);
    return out.length() <= 200 ? out.toString() : out.substring(0, 197) + "...";
  }

  /** A rejected code: quoted when it has the form of a code, else by its shape. */
  static Object code(String value) {
    return CODE.matcher(value).matches() ? "\"" + value + "\"" : shape(value);
  }

  /** A member name: quoted when it has the form of an identifier, else by its shape. */
  static Object name(String value) {
    return isIdentifier(value) ? "\"" + value + "\"" : shape(value);
  }

  static boolean isIdentifier(String value) {
    return IDENTIFIER.matcher(value).matches();
  }

  /**
   * {@code pointer} with every segment that is neither an index nor a quotable name replaced by its
   * shape, so that a member named after a person does not reach a message through its pointer.
   */
  static String pointer(String pointer) {
    if (pointer.isEmpty()) {
      return pointer;
    }
    StringBuilder out = new StringBuilder();
    for (String raw : pointer.substring(1).split("/", -1)) {
      String segment = raw.replace("~1", "/").replace("~0", "~");
      boolean keep = !segment.isEmpty() && segment.chars().allMatch(c -> c >= '0' && c <= '9')
          || isIdentifier(segment) || quotable(segment) && segment.indexOf('/') < 0;
      String shown = keep ? segment : shapeOf(segment);
      out.append('/').append(shown.replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }
}
