package fi.lape.advisor.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The advisor's texts in Finnish, Swedish and English ({@code fi/lape/advisor/texts*.properties}).
 * Read as plain properties rather than through {@link java.util.ResourceBundle}: a named module
 * cannot pass the no-fallback control, and the JVM's default locale must never leak in.
 */
public final class AdvisorTexts {
  private static final Map<String, Properties> CACHE = new ConcurrentHashMap<>();

  private AdvisorTexts() {}

  /** The text for {@code key} in {@code locale} (English unless fi or sv), arguments filled in. */
  public static String format(Locale locale, String key, Object... arguments) {
    String language = locale.getLanguage();
    String suffix = language.equals("fi") || language.equals("sv") ? "_" + language : "";
    String pattern = CACHE.computeIfAbsent(suffix, AdvisorTexts::load).getProperty(key);
    if (pattern == null) {
      pattern = CACHE.computeIfAbsent("", AdvisorTexts::load).getProperty(key, key);
    }
    return new MessageFormat(pattern, locale).format(arguments);
  }

  private static Properties load(String suffix) {
    Properties p = new Properties();
    try (InputStream in = AdvisorTexts.class.getResourceAsStream(
        "/fi/lape/advisor/texts" + suffix + ".properties")) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
