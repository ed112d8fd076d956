package fi.lape.advisor.internal;

import fi.lape.core.internal.Bundles;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * The advisor's texts in Finnish, Swedish and English ({@code fi/lape/advisor/texts*.properties}),
 * read through lape-core's {@link Bundles}: no fallback to the JVM's default locale, and on the
 * module path too.
 */
public final class AdvisorTexts {
  private static final Bundles BUNDLES = new Bundles("texts",
      name -> AdvisorTexts.class.getResourceAsStream("/fi/lape/advisor/" + name));

  private AdvisorTexts() {}

  /** The text for {@code key} in {@code locale} (English unless fi or sv), arguments filled in. */
  public static String format(Locale locale, String key, Object... arguments) {
    return new MessageFormat(BUNDLES.get(locale).getString(key), locale).format(arguments);
  }
}
