package fi.lape.json.internal;

import fi.lape.core.internal.Bundles;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * The texts of reading problems, from lape-json's resource bundle {@code
 * fi.lape.json.internal.problems} (English, Finnish, Swedish), and the escaping every problem's
 * pointer and message goes through. Public only because {@code JsonProblem} renders with it.
 */
public final class ProblemTexts {
  // Not ResourceBundle.getBundle with a Control: a named module refuses that (lape on the module
  // path answered every bad document with an internal error).
  private static final Bundles BUNDLE =
      new Bundles("problems", ProblemTexts.class::getResourceAsStream);

  private ProblemTexts() {}

  /** A message argument that reads differently in each language (a value shown by its shape). */
  public interface Localized extends Serializable {
    /** The argument in {@code language}. */
    String render(Locale language);
  }

  /** The message {@code key} in {@code language} with {@code arguments} filled in. */
  public static String format(Locale language, String key, List<Object> arguments) {
    Locale locale = normalise(language);
    String pattern;
    try {
      pattern = BUNDLE.get(locale).getString(key);
    } catch (MissingResourceException e) {
      return key + " " + arguments;
    }
    Object[] values = new Object[arguments.size()];
    for (int i = 0; i < values.length; i++) {
      Object a = arguments.get(i);
      values[i] = a instanceof Localized ? ((Localized) a).render(locale)
          : a instanceof String ? a : a instanceof Number ? a : String.valueOf(a);
    }
    return new MessageFormat(pattern, locale).format(values);
  }

  /** Whether the bundle of {@code language} has a text for {@code key}. */
  public static boolean has(Locale language, String key) {
    return BUNDLE.get(normalise(language)).containsKey(key);
  }

  /**
   * {@code text} with every control character (line breaks, tabs, escape, the C1 controls, the
   * line and paragraph separators) written as {@code \\uXXXX}, so that a problem is always one line
   * and cannot move a terminal's cursor or colour its text.
   */
  public static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
          || Character.getType(c) == Character.FORMAT;
      if (control) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(String.format("\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  static Locale normalise(Locale locale) {
    String language = locale.getLanguage();
    if (language.equals("fi") || language.equals("sv")) {
      return Locale.forLanguageTag(language);
    }
    return Locale.ROOT;
  }
}
