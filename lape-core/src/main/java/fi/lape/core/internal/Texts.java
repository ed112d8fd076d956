package fi.lape.core.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Looks up user-facing texts in lape's resource bundles. English is the base bundle; Finnish and
 * Swedish are translations. The JVM's default locale never leaks in as a fallback.
 */
public final class Texts {
  /** The languages lape ships texts in. */
  public static final List<Locale> SUPPORTED =
      List.of(Locale.ENGLISH, Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"));

  private static final String BUNDLE = "fi.lape.core.internal.texts";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Texts() {}

  /** The text for {@code key} in {@code locale}, falling back to English, then to the key itself. */
  public static String text(Locale locale, String key) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, normalise(locale), NO_FALLBACK);
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** Whether any bundle has a text for {@code key}. */
  public static boolean has(String key) {
    return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK).containsKey(key);
  }

  /**
   * The text for {@code key} with its {@link MessageFormat} arguments filled in. A key without a
   * text (a user rule's own key, say) is shown as itself followed by its arguments, never parsed as
   * a pattern.
   */
  public static String format(Locale locale, String key, List<?> arguments) {
    if (!has(key)) {
      return arguments.isEmpty() ? key : key + " " + arguments;
    }
    String pattern = text(locale, key);
    if (arguments.isEmpty()) {
      return pattern;
    }
    return fill(new MessageFormat(pattern, normalise(locale)), arguments);
  }

  /**
   * Formats with {@code arguments}, which findings keep as strings: an argument that the pattern
   * formats as a number or a choice (for plurals: "{0,choice,1#one group|1<{0} groups}") is passed
   * as the number it spells.
   */
  private static String fill(MessageFormat format, List<?> arguments) {
    Object[] values = arguments.toArray();
    java.text.Format[] formats = format.getFormatsByArgumentIndex();
    for (int i = 0; i < values.length && i < formats.length; i++) {
      if (formats[i] instanceof java.text.NumberFormat && values[i] instanceof String text) {
        try {
          values[i] = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
          // Not a number after all: shown as it is by the format's fallback below.
          values[i] = text;
        }
      }
    }
    try {
      return format.format(values);
    } catch (IllegalArgumentException e) {
      return format.toPattern() + " " + arguments;
    }
  }

  /**
   * {@code pattern}, a {@link MessageFormat} pattern that is not lape's (a policy's or a user's
   * rule's own text), with its arguments filled in; a pattern that does not parse is shown as it
   * is, followed by its arguments.
   */
  public static String formatPattern(Locale locale, String pattern, List<?> arguments) {
    try {
      return fill(new MessageFormat(pattern, normalise(locale)), arguments);
    } catch (IllegalArgumentException e) {
      return arguments.isEmpty() ? pattern : pattern + " " + arguments;
    }
  }

  /** The localised name of an enumeration constant, key {@code SimpleName.CONSTANT}. */
  public static String name(Enum<?> constant, Locale locale) {
    return text(locale, constant.getDeclaringClass().getSimpleName() + "." + constant.name());
  }

  private static Locale normalise(Locale locale) {
    String language = locale.getLanguage();
    if (language.equals("fi") || language.equals("sv")) {
      return Locale.forLanguageTag(language);
    }
    return Locale.ROOT;
  }
}
