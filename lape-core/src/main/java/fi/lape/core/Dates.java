package fi.lape.core;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Days as people write and read them: ISO 8601 ({@code 2017-11-01}) everywhere, and the Finnish and
 * Swedish form ({@code 1.11.2017}, {@code 01.11.2017}) that Finnish municipalities use in both
 * languages. JSON documents always carry ISO days; this is for what people type and read.
 *
 * <pre>{@code
 * Dates.parse("1.11.2017");                              // Optional[2017-11-01]
 * Dates.parse("2018-02-30");                             // Optional.empty: no such day
 * Dates.format(LocalDate.of(2017, 11, 1), Locale.forLanguageTag("fi"));   // "1.11.2017"
 * Dates.format(LocalDate.of(2017, 11, 1), Locale.ENGLISH);               // "2017-11-01"
 * }</pre>
 */
public final class Dates {
  private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern NORDIC = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");
  private static final DateTimeFormatter ISO_STRICT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter NORDIC_STRICT =
      DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

  private Dates() {}

  /**
   * The day {@code text} names, in ISO form ({@code 2017-11-01}) or in the Finnish and Swedish form
   * ({@code 1.11.2017} or {@code 01.11.2017}); empty when it names no day of the calendar, such as
   * {@code 2018-02-30}, or is not a date at all.
   */
  public static Optional<LocalDate> parse(String text) {
    String s = text == null ? "" : text.strip();
    try {
      if (ISO.matcher(s).matches()) {
        return Optional.of(LocalDate.parse(s, ISO_STRICT));
      }
      if (NORDIC.matcher(s).matches()) {
        return Optional.of(LocalDate.parse(s, NORDIC_STRICT));
      }
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * {@code day} as people of {@code locale} write it: {@code 1.11.2017} in Finnish and Swedish (the
   * form Finnish municipalities use in both languages), ISO {@code 2017-11-01} otherwise.
   */
  public static String format(LocalDate day, Locale locale) {
    String language = locale.getLanguage();
    return language.equals("fi") || language.equals("sv") ? NORDIC_STRICT.format(day)
        : ISO_STRICT.format(day);
  }
}
