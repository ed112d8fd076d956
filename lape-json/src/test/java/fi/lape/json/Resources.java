package fi.lape.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test resources as text. */
final class Resources {
  private Resources() {}

  static String text(String resource) {
    try (InputStream in = Resources.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code json} with the values of rendered texts (message, reason) replaced by a marker. */
  static String maskRenderedTexts(String json) {
    return json.replaceAll("(\"(?:message|reason)\"): \"(?:[^\"\\\\]|\\\\.)*\"", "$1: \"...\"");
  }
}
