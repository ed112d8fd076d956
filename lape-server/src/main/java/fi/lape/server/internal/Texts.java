package fi.lape.server.internal;

import fi.lape.core.internal.Bundles;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * The server's own texts in fi, sv and en, from {@code fi/lape/server/messages*.properties}
 * (English base). Every value is a {@link MessageFormat} pattern. Rule descriptions, code names and
 * finding messages come from lape-core. Read with lape-core's {@code Bundles}, which works on the
 * module path.
 */
final class Texts {
  private static final Bundles BUNDLES = new Bundles("messages",
      fi.lape.server.LapeServer.class::getResourceAsStream);

  private Texts() {}

  /** The text {@code key} in {@code language} with {@code arguments} filled in. */
  static String get(Locale language, String key, Object... arguments) {
    return new MessageFormat(BUNDLES.get(language).getString(key), language).format(arguments);
  }
}
