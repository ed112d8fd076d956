package fi.lape.testkit;

import fi.lape.testkit.internal.Shrink;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Shrinks a group case to a smallest one for which a predicate still holds, so that a failing check
 * shows a small example: fewest memberships first, then fewest sectors, voices and duties per
 * membership, then fewest links, other groups of the dataset and unused persons and organisations.
 * Every candidate is a valid dataset; the group keeps its id, kind, scope and assessment date.
 *
 * <p>The search is greedy delta debugging: the result is not always the global minimum, but no
 * single membership, sector, voice, duty or link can be removed from it without the predicate
 * turning false.
 *
 * <pre>{@code
 * // The smallest group the assessor still wrongly calls compliant:
 * GroupCase small = Minimiser.minimise(example,
 *     c -> assessor.assess(c.dataset(), c.groupId(), c.asOf()).isCompliant() != expected(c));
 * }</pre>
 */
public final class Minimiser {
  private Minimiser() {}

  /**
   * A smallest case derived from {@code example} for which {@code holds} is true.
   *
   * @throws IllegalArgumentException if {@code holds} is false for {@code example}
   */
  public static GroupCase minimise(GroupCase example, Predicate<? super GroupCase> holds) {
    Objects.requireNonNull(example, "example");
    Objects.requireNonNull(holds, "holds");
    return Shrink.minimise(example, holds);
  }
}
