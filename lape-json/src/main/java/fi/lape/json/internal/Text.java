package fi.lape.json.internal;

/** Small helpers for problem messages. */
final class Text {
  private Text() {}

  /** Shortens a quoted value so that a huge input does not make a huge message. */
  static String abbreviate(String value) {
    return value.length() <= 64 ? value : value.substring(0, 61) + "...";
  }
}
