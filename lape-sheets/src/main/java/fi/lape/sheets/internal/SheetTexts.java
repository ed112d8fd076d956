package fi.lape.sheets.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of lape-sheets in one language: sheet names, headers, problems. English is the base
 * bundle; the JVM's default locale never leaks in as a fallback.
 */
public final class SheetTexts {
  /** The languages lape-sheets reads headers and codes in, and writes. */
  public static final List<Locale> LANGUAGES =
      List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"), Locale.ENGLISH);

  private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

  private final Locale locale;
  private final Properties bundle;
  private final Properties base;

  private SheetTexts(Locale locale) {
    this.locale = locale;
    this.base = load("sheets.properties");
    this.bundle = locale.equals(Locale.ROOT) ? base
        : load("sheets_" + locale.getLanguage() + ".properties");
  }

  /**
   * Loads a bundle file of this package directly: ResourceBundle with a no-fallback Control is
   * refused in named modules, and the default Control would fall back to the JVM's locale.
   */
  private static Properties load(String name) {
    return BUNDLES.computeIfAbsent(name, n -> {
      Properties p = new Properties();
      try (InputStream in = SheetTexts.class.getResourceAsStream(n)) {
        if (in != null) {
          try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return p;
    });
  }

  /** The texts in {@code locale}'s language (fi, sv; anything else gets English). */
  public static SheetTexts of(Locale locale) {
    String language = locale == null ? "en" : locale.getLanguage();
    if (language.equals("fi") || language.equals("sv")) {
      return new SheetTexts(Locale.forLanguageTag(language));
    }
    return new SheetTexts(Locale.ROOT);
  }

  /** The locale texts are shown in; English is {@link Locale#ENGLISH}. */
  public Locale locale() {
    return locale.equals(Locale.ROOT) ? Locale.ENGLISH : locale;
  }

  /** The text for {@code key} with {@code arguments} filled in. */
  public String get(String key, Object... arguments) {
    String pattern = raw(key);
    return new MessageFormat(pattern, locale()).format(arguments);
  }

  /** The text for {@code key} as written, or the empty string when there is none. */
  public String raw(String key) {
    String value = bundle.getProperty(key);
    return value != null ? value : base.getProperty(key, "");
  }

  /** The {@code |}-separated values of {@code key}, without blanks. */
  public List<String> list(String key) {
    List<String> values = new ArrayList<>();
    for (String v : raw(key).split("\\|")) {
      if (!v.isBlank()) {
        values.add(v.strip());
      }
    }
    return values;
  }

  /** The name of {@code sheet} in this language. */
  public String sheetName(SheetKind sheet) {
    return raw("sheet." + sheet.name());
  }

  /** The header of {@code column} in this language. */
  public String header(Column column) {
    return raw(column.key());
  }
}
