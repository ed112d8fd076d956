package fi.lape.report.internal;

import fi.lape.core.Dates;
import fi.lape.core.Dates;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The fixed words of the reports in Finnish, Swedish or English, from {@code
 * fi/lape/report/internal/report*.properties}; names of codes and finding messages come from
 * lape-core. Public only for the compiled templates, which call {@link #get(String)}.
 */
public final class ReportTexts {
  private static final String BUNDLE = "fi.lape.report.internal.report";
  private final Locale locale;
  private final ResourceBundle bundle;

  /** The texts for {@code locale}: Finnish, Swedish, else English. */
  public ReportTexts(Locale locale) {
    String language = locale.getLanguage();
    this.locale = language.equals("fi") || language.equals("sv") ? Locale.forLanguageTag(language)
        : Locale.ENGLISH;
    // English is the base bundle, asked for as ROOT so that the JVM's default locale is never
    // tried (a Control cannot say so inside a named module).
    Locale bundleLocale = this.locale.equals(Locale.ENGLISH) ? Locale.ROOT : this.locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, bundleLocale);
  }

  /** The language, as {@code fi}, {@code sv} or {@code en}. */
  public Locale locale() {
    return locale;
  }

  /** The text for {@code key} with {@code arguments} filled in. */
  public String get(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  /** A day as people in the language write it, as everywhere in lape (lape-core's Dates). */
  public String date(LocalDate day) {
    return Dates.format(day, locale);
  }
}
