package fi.lape.examples.cli;

import java.util.Locale;
import java.util.Optional;

/** The languages of the command line's output and help: {@code --lang fi|sv|en}. */
public enum Language {
  /** Finnish (suomi). */
  fi,
  /** Swedish (svenska). */
  sv,
  /** English. */
  en;

  /** The locale to render texts in. */
  public Locale locale() {
    return Locale.forLanguageTag(name());
  }

  /** The language of {@code locale} if lape speaks it. */
  public static Optional<Language> of(Locale locale) {
    for (Language language : values()) {
      if (language.name().equals(locale.getLanguage())) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /** Without {@code --lang}: the JVM's default language if lape speaks it, else English. */
  public static Language fallback() {
    return of(Locale.getDefault()).orElse(en);
  }
}
