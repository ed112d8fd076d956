package fi.lape.advisor.internal;

import java.util.Arrays;

/**
 * An exact search for the smallest sets of candidates that give every requirement the number of
 * additional members it lacks (a set multicover), by iterative deepening: the sets of size 0, 1,
 * 2, ... are enumerated depth first with candidates in pool order, so the first set found is the
 * smallest and, among the smallest, the first in the pool's order (its sorted indices are
 * lexicographically least). Two candidates of one person are never both chosen.
 *
 * <p>Pruning: a size that the largest deficit or the sum of deficits over the best candidate's
 * reach cannot fit is skipped; a branch where the remaining candidates cannot meet some deficit is
 * cut. The search counts the nodes it visits and stops at its bound, saying so.
 *
 * <p>Why not a solver library: the instances are tiny after symmetric candidates are merged (a
 * policy has some 20 requirements and a pool a few dozen distinct profiles) and the search must
 * also enumerate the next-best sets, in a fixed order, for verification by the rules, which an
 * ILP or CP solver does not do without repeated solves and a native or large dependency.
 */
final class CoverSearch {
  /** Receives each set found; returns true to stop the search. */
  interface Visitor {
    boolean visit(int[] chosen);
  }

  /** How a search ended. */
  enum Outcome {
    /** The visitor stopped it. */
    STOPPED,
    /** Every set up to the largest size asked was enumerated. */
    EXHAUSTED,
    /** The node bound was reached. */
    BOUND_REACHED
  }

  private final boolean[][] covers;
  private final int[] deficit;
  private final int[] person;
  private final int n;
  private final int m;
  private final int[][] suffix;
  private final long maxNodes;
  private long nodes;

  /**
   * @param covers covers[c][r]: candidate c counts toward requirement r
   * @param deficit how many more members requirement r needs
   * @param person a number per candidate's person; equal numbers exclude each other
   * @param maxNodes the node bound
   */
  CoverSearch(boolean[][] covers, int[] deficit, int[] person, long maxNodes) {
    this.covers = covers;
    this.deficit = deficit.clone();
    this.person = person;
    this.n = covers.length;
    this.m = deficit.length;
    this.maxNodes = maxNodes;
    this.suffix = new int[n + 1][m];
    for (int c = n - 1; c >= 0; c--) {
      for (int r = 0; r < m; r++) {
        suffix[c][r] = suffix[c + 1][r] + (covers[c][r] ? 1 : 0);
      }
    }
  }

  long nodes() {
    return nodes;
  }

  /** Whether the pool can meet every deficit at all (ignoring the one-per-person rule). */
  boolean feasible() {
    for (int r = 0; r < m; r++) {
      if (suffix[0][r] < deficit[r]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Enumerates, size by size from the smallest up to {@code maxSize}, every set that meets the
   * deficits. Sets larger than the smallest may hold candidates that meet nothing (rules that
   * count combinations need them); sets of the smallest size never do.
   */
  Outcome enumerate(int maxSize, Visitor visitor) {
    int smallest = -1;
    for (int size = lowerBound(deficit, 0); size <= Math.min(maxSize, n); size++) {
      boolean[] found = {false};
      Outcome outcome = level(size, size > smallest && smallest >= 0, chosen -> {
        found[0] = true;
        return visitor.visit(chosen);
      });
      if (outcome != Outcome.EXHAUSTED) {
        return outcome;
      }
      if (found[0] && smallest < 0) {
        smallest = size;
      }
    }
    return Outcome.EXHAUSTED;
  }

  private Outcome level(int size, boolean allowIdle, Visitor visitor) {
    int[] chosen = new int[size];
    int[] remaining = deficit.clone();
    boolean[] usedPerson = new boolean[personCount()];
    return dfs(0, 0, size, chosen, remaining, usedPerson, allowIdle, visitor);
  }

  private int personCount() {
    int max = 0;
    for (int p : person) {
      max = Math.max(max, p + 1);
    }
    return max;
  }

  private Outcome dfs(int from, int depth, int size, int[] chosen, int[] remaining,
      boolean[] usedPerson, boolean allowIdle, Visitor visitor) {
    if (++nodes > maxNodes) {
      return Outcome.BOUND_REACHED;
    }
    int slots = size - depth;
    if (slots == 0) {
      for (int d : remaining) {
        if (d > 0) {
          return Outcome.EXHAUSTED;
        }
      }
      return visitor.visit(chosen.clone()) ? Outcome.STOPPED : Outcome.EXHAUSTED;
    }
    if (lowerBound(remaining, from) > slots) {
      return Outcome.EXHAUSTED;
    }
    for (int c = from; c <= n - slots; c++) {
      if (!coverable(remaining, c)) {
        return Outcome.EXHAUSTED;
      }
      if (usedPerson[person[c]]) {
        continue;
      }
      boolean useful = false;
      for (int r = 0; r < m; r++) {
        if (covers[c][r] && remaining[r] > 0) {
          useful = true;
          break;
        }
      }
      if (!useful && !allowIdle) {
        continue;
      }
      for (int r = 0; r < m; r++) {
        if (covers[c][r]) {
          remaining[r]--;
        }
      }
      usedPerson[person[c]] = true;
      chosen[depth] = c;
      Outcome outcome = dfs(c + 1, depth + 1, size, chosen, remaining, usedPerson, allowIdle,
          visitor);
      usedPerson[person[c]] = false;
      for (int r = 0; r < m; r++) {
        if (covers[c][r]) {
          remaining[r]++;
        }
      }
      if (outcome != Outcome.EXHAUSTED) {
        return outcome;
      }
    }
    return Outcome.EXHAUSTED;
  }

  /** Whether candidates from {@code c} on can still meet every remaining deficit. */
  private boolean coverable(int[] remaining, int c) {
    for (int r = 0; r < m; r++) {
      if (remaining[r] > suffix[c][r]) {
        return false;
      }
    }
    return true;
  }

  /**
   * At least this many more candidates from {@code from} on: the largest deficit (a candidate
   * counts once per requirement) and the sum of deficits over the widest reach left.
   */
  private int lowerBound(int[] remaining, int from) {
    int max = 0;
    int sum = 0;
    for (int d : remaining) {
      max = Math.max(max, Math.max(d, 0));
      sum += Math.max(d, 0);
    }
    if (sum == 0) {
      return 0;
    }
    int reach = 0;
    for (int c = from; c < n; c++) {
      int k = 0;
      for (int r = 0; r < m; r++) {
        if (covers[c][r] && remaining[r] > 0) {
          k++;
        }
      }
      reach = Math.max(reach, k);
    }
    return reach == 0 ? Integer.MAX_VALUE / 2 : Math.max(max, (sum + reach - 1) / reach);
  }

  /** A greedy cover for when the exact search hits its bound: widest reach first, pool order. */
  int[] greedy() {
    int[] remaining = deficit.clone();
    boolean[] taken = new boolean[n];
    boolean[] usedPerson = new boolean[personCount()];
    int[] chosen = new int[0];
    while (Arrays.stream(remaining).anyMatch(d -> d > 0)) {
      int best = -1;
      int bestReach = 0;
      for (int c = 0; c < n; c++) {
        if (taken[c] || usedPerson[person[c]]) {
          continue;
        }
        int k = 0;
        for (int r = 0; r < m; r++) {
          if (covers[c][r] && remaining[r] > 0) {
            k++;
          }
        }
        if (k > bestReach) {
          best = c;
          bestReach = k;
        }
      }
      if (best < 0) {
        return null;
      }
      taken[best] = true;
      usedPerson[person[best]] = true;
      for (int r = 0; r < m; r++) {
        if (covers[best][r]) {
          remaining[r]--;
        }
      }
      chosen = Arrays.copyOf(chosen, chosen.length + 1);
      chosen[chosen.length - 1] = best;
    }
    Arrays.sort(chosen);
    return chosen;
  }
}
