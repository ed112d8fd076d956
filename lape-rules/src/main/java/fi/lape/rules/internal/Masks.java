package fi.lape.rules.internal;

import java.util.Collection;

/** Bit masks over small enumerations (each has fewer than 32 constants; sectors use a long). */
final class Masks {
  private Masks() {}

  static int of(Collection<? extends Enum<?>> constants) {
    int mask = 0;
    for (Enum<?> constant : constants) {
      mask |= 1 << constant.ordinal();
    }
    return mask;
  }

  static long ofLong(Collection<? extends Enum<?>> constants) {
    long mask = 0;
    for (Enum<?> constant : constants) {
      mask |= 1L << constant.ordinal();
    }
    return mask;
  }
}
