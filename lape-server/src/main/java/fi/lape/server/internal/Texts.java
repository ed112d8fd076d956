package fi.lape.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server's own texts in fi, sv and en, from {@code fi/lape/server/messages*.properties}
 * (English base). Every value is a {@link MessageFormat} pattern. Rule descriptions, code names and
 * finding messages come from lape-core.
 *
 * <p>Read directly rather than through {@code ResourceBundle.getBundle}: in a named module that
 * method takes no {@code ResourceBundle.Control} and falls back to the JVM's default locale.
 */
final class Texts {
  private static final Map<String, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

  private Texts() {}

  /** The text {@code key} in {@code language} with {@code arguments} filled in. */
  static String get(Locale language, String key, Object... arguments) {
    String name = language.getLanguage();
    // English first, outside the other's computation: a map's computation must not nest.
    ResourceBundle english = BUNDLES.computeIfAbsent("", base -> load(base, null));
    ResourceBundle bundle = name.equals("fi") || name.equals("sv")
        ? BUNDLES.computeIfAbsent(name, translated -> load(translated, english)) : english;
    return new MessageFormat(bundle.getString(key), language).format(arguments);
  }

  private static ResourceBundle load(String language, ResourceBundle parent) {
    String resource = language.isEmpty() ? "messages.properties"
        : "messages_" + language + ".properties";
    try (InputStream in = Texts.class.getResourceAsStream("/fi/lape/server/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("lape-server: missing resource " + resource);
      }
      return new Bundle(new InputStreamReader(in, StandardCharsets.UTF_8), parent);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A properties bundle with English as its parent, as {@code getBundle} would chain it. */
  private static final class Bundle extends PropertyResourceBundle {
    Bundle(InputStreamReader reader, ResourceBundle parent) throws IOException {
      super(reader);
      if (parent != null) {
        setParent(parent);
      }
    }
  }
}
