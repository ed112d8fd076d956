package fi.lape.testkit;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A reproducible generator: the same random sequence and size always give an equal value. It
 * depends on no test framework, so one line of glue plugs it into any of them.
 *
 * <p>JUnit 5, with a seed that can be replayed (or use {@link Property}, which does this for you):
 *
 * <pre>{@code
 * long seed = Long.getLong("lape.seed", System.nanoTime());
 * GroupCase example = Generators.groups(GroupKind.MUNICIPAL_LAPE_GROUP).generate(seed, 20);
 * assertTrue(check(example), () -> "failed for -Dlape.seed=" + seed + ": " + example);
 * }</pre>
 *
 * <p>Jazzer: every {@link RandomGenerator} method is derived from {@code nextLong()}, so the
 * fuzzer's data can drive every choice directly:
 *
 * <pre>{@code
 * @FuzzTest
 * void anyDatasetRoundTrips(FuzzedDataProvider data) {
 *   Dataset dataset = Generators.datasets().generate(data::consumeLong, data.consumeInt(0, 30));
 *   ...
 * }
 * }</pre>
 *
 * @param <T> what it generates
 */
@FunctionalInterface
public interface Gen<T> {
  /**
   * A value drawn from {@code rng}. {@code size} (0 or more) bounds how many optional parts the
   * value has, e.g. the memberships of a group; what it bounds is documented per generator.
   */
  T generate(RandomGenerator rng, int size);

  /** A value drawn from a {@link SplittableRandom} seeded with {@code seed}. */
  default T generate(long seed, int size) {
    return generate(new SplittableRandom(seed), size);
  }

  /** A generator of {@code f} applied to this generator's values. */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return (rng, size) -> f.apply(generate(rng, size));
  }
}
