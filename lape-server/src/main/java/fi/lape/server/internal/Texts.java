package fi.lape.server.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The server's own texts in fi, sv and en, from {@code fi/lape/server/messages*.properties}
 * (English base). Every value is a {@link MessageFormat} pattern. Rule descriptions, code names and
 * finding messages come from lape-core.
 */
final class Texts {
  private static final String BUNDLE = "fi.lape.server.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Texts() {}

  /** The text {@code key} in {@code language} with {@code arguments} filled in. */
  static String get(Locale language, String key, Object... arguments) {
    Locale bundleLocale = language.getLanguage().equals("en") ? Locale.ROOT : language;
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, bundleLocale, NO_FALLBACK);
    return new MessageFormat(bundle.getString(key), language).format(arguments);
  }
}
