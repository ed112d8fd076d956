package fi.lape.examples.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The fixed words of the command line's output, from {@code
 * fi/lape/examples/cli/messages*.properties} (English base, Finnish and Swedish). Every value is a
 * {@link MessageFormat} pattern, so single quotes are doubled in all of them. Names of codes and
 * finding messages come from lape-core.
 */
final class Messages {
  static final String BUNDLE = "fi.lape.examples.cli.messages";
  static final String HELP_BUNDLE = "fi.lape.examples.cli.help";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final ResourceBundle bundle;

  Messages(Language language) {
    this.locale = language.locale();
    this.bundle = bundle(BUNDLE, language);
  }

  /** The bundle {@code name} for {@code language}, never the JVM's default locale as fallback. */
  static ResourceBundle bundle(String name, Language language) {
    Locale bundleLocale = language == Language.en ? Locale.ROOT : language.locale();
    return ResourceBundle.getBundle(name, bundleLocale, NO_FALLBACK);
  }

  Locale locale() {
    return locale;
  }

  /** The text for {@code key} with {@code arguments} filled in. */
  String get(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }
}
