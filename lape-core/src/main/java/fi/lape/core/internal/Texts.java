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
    return new MessageFormat(pattern, normalise(locale)).format(arguments.toArray());
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
