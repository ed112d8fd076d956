package fi.lape.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Looks up user-facing texts in lape's resource bundles. English is the base bundle; Finnish and
 * Swedish are translations. The JVM's default locale never leaks in as a fallback.
 */
public final class Texts {
  /** The languages lape ships texts in. */
  public static final List<Locale> SUPPORTED =
      List.of(Locale.ENGLISH, Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"));

  // Read directly rather than through ResourceBundle.getBundle: in a named module that method takes
  // no ResourceBundle.Control and falls back to the JVM's default locale, which lape never does.
  private static final Map<String, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

  private Texts() {}

  /** The text for {@code key} in {@code locale}, falling back to English, then to the key itself. */
  public static String text(Locale locale, String key) {
    ResourceBundle bundle = bundle(normalise(locale));
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** Whether any bundle has a text for {@code key}. */
  public static boolean has(String key) {
    return bundle(Locale.ROOT).containsKey(key);
  }

  /** The bundle of a supported language, English for {@link Locale#ROOT}, its parent. */
  private static ResourceBundle bundle(Locale language) {
    return BUNDLES.computeIfAbsent(language.getLanguage(), Texts::load);
  }

  private static ResourceBundle load(String language) {
    String name = language.isEmpty() ? "texts.properties" : "texts_" + language + ".properties";
    try (InputStream in = Texts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("lape-core: resource " + name + " is missing");
      }
      return new Bundle(new InputStreamReader(in, StandardCharsets.UTF_8),
          language.isEmpty() ? null : bundle(Locale.ROOT));
    } catch (IOException e) {
      throw new UncheckedIOException("lape-core: resource " + name + " could not be read", e);
    }
  }

  /** A properties bundle whose parent is given, as {@code getBundle} would chain it. */
  private static final class Bundle extends PropertyResourceBundle {
    Bundle(Reader reader, ResourceBundle parent) throws IOException {
      super(reader);
      if (parent != null) {
        setParent(parent);
      }
    }
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
