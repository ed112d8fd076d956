package fi.lape.testkit;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A small property runner for plain JUnit 5 tests (or any other): checks a body against many
 * generated values, each from its own seed, and on the first failure throws an {@link
 * AssertionError} that names the seed, shows the minimised example and carries the failure as its
 * cause. While minimising, a smaller value counts as failing when the body throws the same kind of
 * exception from the same line of the checking code.
 *
 * <pre>{@code
 * @Test
 * void compliantGroupsMeetEveryRequirement() {
 *   CoveragePolicy policy = Policies.nationalBaseline();
 *   Property.forAllGroups(Generators.compliant(policy, GroupKind.MUNICIPAL_LAPE_GROUP))
 *       .named("compliant groups meet every requirement")
 *       .cases(300)
 *       .check(example -> assertTrue(assessor.assess(example.dataset(), example.groupId(),
 *           example.asOf()).coverage().stream().allMatch(CoverageLine::satisfied)));
 * }
 * }</pre>
 *
 * <p>System properties steer a run without changing the code:
 *
 * <ul>
 *   <li>{@code -Dlape.seed=0x5eed}: run only the case with this seed (as printed on failure), to
 *       replay it in a debugger. Decimal or {@code 0x} hexadecimal.
 *   <li>{@code -Dlape.cases=5000}: run this many cases instead, to search harder.
 *   <li>{@code -Dlape.baseSeed=42}: derive the cases' seeds from this seed instead of the
 *       property's name; {@code random} draws one (it is printed on failure).
 * </ul>
 *
 * <p>A case's size is drawn from its seed, so the seed alone replays it. A body that throws
 * {@code org.opentest4j.TestAbortedException} (a failed JUnit assumption) skips its case.
 *
 * @param <T> the values checked
 */
public final class Property<T> {
  /** System property: the seed of the single case to replay. */
  public static final String SEED = "lape.seed";
  /** System property: the number of cases to run, overriding {@link #cases(int)}. */
  public static final String CASES = "lape.cases";
  /** System property: the base seed the cases' seeds are drawn from. */
  public static final String BASE_SEED = "lape.baseSeed";

  private static final long BODY_SALT = 0x9E3779B97F4A7C15L;

  private final Gen<T> gen;
  private final Shrinker<T> shrinker;
  private final String name;
  private final int cases;
  private final int minSize;
  private final int maxSize;
  private final Long baseSeed;

  private Property(Gen<T> gen, Shrinker<T> shrinker, String name, int cases, int minSize,
      int maxSize, Long baseSeed) {
    this.gen = gen;
    this.shrinker = shrinker;
    this.name = name;
    this.cases = cases;
    this.minSize = minSize;
    this.maxSize = maxSize;
    this.baseSeed = baseSeed;
  }

  /** How a failing value is made smaller: a smaller value for which {@code stillFails} holds. */
  @FunctionalInterface
  public interface Shrinker<T> {
    /** A value no larger than {@code failing} for which {@code stillFails} is true. */
    T shrink(T failing, Predicate<T> stillFails);
  }

  /** A property over the values of {@code gen}: 200 cases of sizes 0 to 30, not minimised. */
  public static <T> Property<T> forAll(Gen<T> gen) {
    return new Property<>(Objects.requireNonNull(gen, "gen"), null, "property", 200, 0, 30, null);
  }

  /** A property over group cases, whose failures are shrunk with {@link Minimiser}. */
  public static Property<GroupCase> forAllGroups(Gen<GroupCase> gen) {
    return forAll(gen).minimisedBy(Minimiser::minimise);
  }

  /** This property with a name, shown on failure and, unless a base seed is set, its seeds' source. */
  public Property<T> named(String newName) {
    return new Property<>(gen, shrinker, Objects.requireNonNull(newName, "name"), cases, minSize,
        maxSize, baseSeed);
  }

  /** This property with {@code count} cases (unless {@code -Dlape.cases} says otherwise). */
  public Property<T> cases(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("cases " + count + " is less than 1");
    }
    return new Property<>(gen, shrinker, name, count, minSize, maxSize, baseSeed);
  }

  /** This property with sizes drawn from {@code min} to {@code max}, both inclusive. */
  public Property<T> sizes(int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("sizes " + min + ".." + max + " are not 0 <= min <= max");
    }
    return new Property<>(gen, shrinker, name, cases, min, max, baseSeed);
  }

  /** This property with the cases' seeds drawn from {@code seed} (unless {@code -Dlape.baseSeed}). */
  public Property<T> baseSeed(long seed) {
    return new Property<>(gen, shrinker, name, cases, minSize, maxSize, seed);
  }

  /** This property with failures shrunk by {@code newShrinker}. */
  public Property<T> minimisedBy(Shrinker<T> newShrinker) {
    return new Property<>(gen, Objects.requireNonNull(newShrinker, "shrinker"), name, cases,
        minSize, maxSize, baseSeed);
  }

  /**
   * Runs {@code body} on every case; a case fails when the body throws.
   *
   * @throws AssertionError for the first failing case, naming its seed, with the minimised example
   */
  public void check(Consumer<? super T> body) {
    Objects.requireNonNull(body, "body");
    checkWith((value, rng) -> body.accept(value));
  }

  /**
   * Like {@link #check}, giving the body a random generator of its own, seeded from the case's
   * seed, for choices the body makes (which member to remove, say). The body gets an equally
   * seeded generator on every call, also while the example is minimised.
   */
  public void checkWith(BiConsumer<? super T, RandomGenerator> body) {
    Objects.requireNonNull(body, "body");
    String replay = System.getProperty(SEED);
    if (replay != null && !replay.isBlank()) {
      runCase(body, parseSeed(SEED, replay), "replayed case");
      return;
    }
    long base = base();
    int count = count();
    SplittableRandom seeds = new SplittableRandom(base);
    for (int i = 0; i < count; i++) {
      runCase(body, seeds.nextLong(),
          "case " + (i + 1) + " of " + count + " (base seed " + hex(base) + ")");
    }
  }

  private void runCase(BiConsumer<? super T, RandomGenerator> body, long seed, String which) {
    SplittableRandom rng = new SplittableRandom(seed);
    int size = minSize + rng.nextInt(maxSize - minSize + 1);
    T value;
    try {
      value = gen.generate(rng, size);
    } catch (RuntimeException e) {
      throw new AssertionError(header(which, seed, size) + "\nThe generator failed: " + e, e);
    }
    Throwable failure = run(body, value, seed);
    if (failure == null) {
      return;
    }
    T small = value;
    Throwable smallFailure = failure;
    if (shrinker != null) {
      String signature = signature(failure);
      small = shrinker.shrink(value, candidate -> {
        Throwable f = run(body, candidate, seed);
        return f != null && signature(f).equals(signature);
      });
      Throwable again = run(body, small, seed);
      smallFailure = again != null ? again : failure;
    }
    StringBuilder message = new StringBuilder(header(which, seed, size));
    message.append(shrinker != null ? "\nMinimised example:\n" : "\nExample:\n").append(small);
    message.append("\nFailure: ").append(smallFailure);
    AssertionError error = new AssertionError(message.toString(), smallFailure);
    if (smallFailure != failure) {
      error.addSuppressed(failure);
    }
    throw error;
  }

  private String header(String which, long seed, int size) {
    return "Property \"" + name + "\" failed on " + which + ", seed " + hex(seed) + ", size " + size
        + ".\nReplay only this case with -D" + SEED + "=" + hex(seed);
  }

  /** The failure of {@code body} on {@code value}, or null when it passes or skips the case. */
  private static <T> Throwable run(BiConsumer<? super T, RandomGenerator> body, T value,
      long seed) {
    try {
      body.accept(value, new SplittableRandom(seed ^ BODY_SALT));
      return null;
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable t) {
      if (t.getClass().getName().equals("org.opentest4j.TestAbortedException")) {
        return null;
      }
      return t;
    }
  }

  /**
   * What makes two failures the same while shrinking: the exception's class and where the checking
   * code threw it (the first frame outside the JDK, JUnit and opentest4j), so that a minimised
   * example fails the same assertion, not any assertion.
   */
  private static String signature(Throwable t) {
    for (StackTraceElement frame : t.getStackTrace()) {
      String c = frame.getClassName();
      if (!(c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.")
          || c.startsWith("org.junit.") || c.startsWith("org.opentest4j."))) {
        return t.getClass().getName() + " at " + c + ":" + frame.getLineNumber();
      }
    }
    return t.getClass().getName();
  }

  private long base() {
    String configured = System.getProperty(BASE_SEED);
    if (configured != null && !configured.isBlank()) {
      return configured.trim().equals("random") ? new SplittableRandom().nextLong()
          : parseSeed(BASE_SEED, configured);
    }
    if (baseSeed != null) {
      return baseSeed;
    }
    // A stable function of the name: every run checks the same cases unless told otherwise.
    long h = 1125899906842597L;
    for (int i = 0; i < name.length(); i++) {
      h = 31 * h + name.charAt(i);
    }
    return h;
  }

  private int count() {
    String configured = System.getProperty(CASES);
    if (configured == null || configured.isBlank()) {
      return cases;
    }
    try {
      int n = Integer.parseInt(configured.trim());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("-D" + CASES + "=" + configured
        + " is not a positive number");
  }

  static long parseSeed(String property, String text) {
    String t = text.trim();
    try {
      if (t.startsWith("0x") || t.startsWith("0X")) {
        return Long.parseUnsignedLong(t.substring(2), 16);
      }
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-D" + property + "=" + text
          + " is not a seed: use a decimal or 0x hexadecimal number", e);
    }
  }

  static String hex(long seed) {
    return "0x" + Long.toHexString(seed);
  }
}
