package fi.lape.sheets.internal;

import java.math.BigDecimal;

/** Cell values as text. */
final class Cells {
  private Cells() {}

  /** A cell as a person reads it: numbers without a trailing ".0", text stripped. */
  static String plain(Object cell) {
    if (cell instanceof BigDecimal n) {
      return n.stripTrailingZeros().toPlainString();
    }
    return String.valueOf(cell).strip();
  }
}
