package fi.lape.sheets.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How headers, sheet names and codes are compared: case, accents and punctuation ignored. */
public final class Words {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

  private Words() {}

  /** {@code "Ryhmän nimi"} and {@code "ryhman_NIMI"} both become {@code "ryhman nimi"}. */
  public static String key(String text) {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    return NOT_ALNUM.matcher(plain).replaceAll(" ").strip();
  }

  /** An id made of a name: lower case, ASCII, words joined by hyphens ("MLL Orimattila" → "mll-orimattila"). */
  public static String slug(String name) {
    String slug = key(name).replace(' ', '-');
    return slug.length() <= 128 ? slug : slug.substring(0, 128);
  }

  /** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
  public static String columnLetters(int index) {
    StringBuilder s = new StringBuilder();
    int n = index + 1;
    while (n > 0) {
      int r = (n - 1) % 26;
      s.insert(0, (char) ('A' + r));
      n = (n - 1) / 26;
    }
    return s.toString();
  }

  /** Shortens a value quoted in a problem so that a huge cell does not make a huge message. */
  public static String abbreviate(String value) {
    String oneLine = value.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
  }
}
