package fi.lape.examples.cli;

import fi.lape.core.Dates;
import fi.lape.core.Redaction;
import java.text.MessageFormat;
import java.time.LocalDate;
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

  /**
   * The text for {@code key} with {@code arguments} filled in; a {@link LocalDate} is shown as the
   * language writes days ({@link Dates#format}: 1.11.2017 in Finnish and Swedish).
   */
  String get(String key, Object... arguments) {
    Object[] shown = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      shown[i] = arguments[i] instanceof LocalDate
          ? Dates.format((LocalDate) arguments[i], locale) : arguments[i];
    }
    return new MessageFormat(bundle.getString(key), locale).format(shown);
  }

  /** {@code day} as the language writes it. */
  String day(LocalDate day) {
    return Dates.format(day, locale);
  }

  /**
   * A value the user typed, to be quoted back: in quotes when it cannot be a name, an e-mail
   * address or a phone number ({@link Redaction#canQuote}), else only by its shape.
   */
  String echo(String value) {
    return Redaction.quoteOrShape(value, shape -> get("echo.shaped", shape));
  }
}
