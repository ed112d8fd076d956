package fi.lape.testkit.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The few random choices the generators make, over any {@link RandomGenerator}. Every choice draws
 * a bounded int, so a generator also terminates over a fuzzer's data that has run out (all zeros).
 */
public final class Rng {
  private final RandomGenerator random;

  /** Choices drawn from {@code random}. */
  public Rng(RandomGenerator random) {
    this.random = Objects.requireNonNull(random, "rng");
  }

  /** A number in {@code [0, bound)}; 0 when {@code bound <= 1}. */
  public int below(int bound) {
    return bound <= 1 ? 0 : random.nextInt(bound);
  }

  /** A number in {@code [min, max]}. */
  public int between(int min, int max) {
    return max <= min ? min : min + below(max - min + 1);
  }

  /** True with the given chance in percent. */
  public boolean percent(int chance) {
    return below(100) < chance;
  }

  /** One element of a non-empty list. */
  public <T> T pick(List<T> values) {
    return values.get(below(values.size()));
  }

  /** One element of a non-empty array. */
  @SafeVarargs
  public final <T> T pick(T... values) {
    return values[below(values.length)];
  }

  /** The values in a random order (Fisher-Yates), as a new list. */
  public <T> List<T> shuffled(Collection<T> values) {
    List<T> list = new ArrayList<>(values);
    for (int i = list.size() - 1; i > 0; i--) {
      int j = below(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
    return list;
  }

  /** Between {@code min} and {@code max} of the values (fewer if there are fewer), in random order. */
  public <T> List<T> some(Collection<T> values, int min, int max) {
    List<T> list = shuffled(values);
    int n = Math.min(list.size(), between(min, max));
    return new ArrayList<>(list.subList(0, n));
  }
}
