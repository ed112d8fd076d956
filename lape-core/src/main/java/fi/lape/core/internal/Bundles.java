package fi.lape.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One module's resource bundle in English (the base file), Finnish and Swedish, read as UTF-8
 * from the module's own package, so that it works on the class path and on the module path alike
 * ({@code ResourceBundle.Control} does not work in a named module). The module opens its files
 * itself ({@code name -> Owner.class.getResourceAsStream(name)}): a named module's resources are
 * encapsulated, and lape-core could not read them. Any other language gets English; there is no
 * fallback to the JVM's default locale. Thread-safe.
 */
public final class Bundles {
  private final String name;
  private final Function<String, InputStream> resources;
  private final Map<String, ResourceBundle> loaded = new ConcurrentHashMap<>();

  /**
   * The bundle {@code name} ({@code name.properties}, {@code name_fi.properties}...), whose files
   * {@code resources} opens by file name (null when missing).
   */
  public Bundles(String name, Function<String, InputStream> resources) {
    this.name = name;
    this.resources = resources;
  }

  /** The bundle of {@code language}: Finnish, Swedish, or English for any other. */
  public ResourceBundle get(Locale language) {
    String key = language.getLanguage();
    key = key.equals("fi") || key.equals("sv") ? key : "";
    ResourceBundle bundle = loaded.get(key);
    if (bundle != null) {
      return bundle;
    }
    // The parent first: loading it inside the map's computeIfAbsent would update the map from
    // within its own update, which ConcurrentHashMap refuses ("Recursive update").
    ResourceBundle parent = key.isEmpty() ? null : get(Locale.ROOT);
    return loaded.computeIfAbsent(key, k -> load(k, parent));
  }

  private ResourceBundle load(String language, ResourceBundle parent) {
    String file = language.isEmpty() ? name + ".properties" : name + "_" + language + ".properties";
    try (InputStream in = resources.apply(file)) {
      if (in == null) {
        throw new IllegalStateException("lape: resource " + file + " is missing");
      }
      return new Bundle(new InputStreamReader(in, StandardCharsets.UTF_8), parent);
    } catch (IOException e) {
      throw new UncheckedIOException("lape: resource " + file + " could not be read", e);
    }
  }

  /** A properties bundle whose parent is given, as {@code getBundle} would chain it. */
  private static final class Bundle extends PropertyResourceBundle {
    Bundle(Reader reader, ResourceBundle parent) throws IOException {
      super(reader);
      if (parent != null) {
        setParent(parent);
      }
    }
  }
}
