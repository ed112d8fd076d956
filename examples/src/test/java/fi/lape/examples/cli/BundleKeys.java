package fi.lape.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

/** The keys of one of the command line's properties files. */
final class BundleKeys {
  private BundleKeys() {}

  static Set<Object> of(String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = BundleKeys.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IOException("no resource " + file);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p.keySet();
  }
}
