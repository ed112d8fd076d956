package fi.lape.advisor;

import java.util.List;

/**
 * How {@link Advisor#suggest} searches: which findings to clear, where the candidates come from and
 * the search's bounds.
 *
 * <pre>{@code
 * SuggestionOptions options = SuggestionOptions.defaults()
 *     .withWarnings(true)
 *     .withCandidates(List.of(Candidate.builder("a-parent").addVoice(Voice.PARENTS).build()));
 * }</pre>
 *
 * @param includeWarnings clear warnings too, not only errors
 * @param datasetPool include the people who sit, on the day, in other groups of the group's
 *     municipality or region
 * @param candidates the user's own candidates, considered before the dataset's
 * @param maxNodes the exact search's bound: nodes of the branch-and-bound tree; beyond it the best
 *     set found is returned as not proven minimal
 * @param maxVerifications how many candidate sets may be assessed when the smallest cover does not
 *     pass the rules (a combination rule such as LAPE-M08)
 */
public record SuggestionOptions(boolean includeWarnings, boolean datasetPool,
    List<Candidate> candidates, long maxNodes, int maxVerifications) {

  /** The default bound of the exact search. */
  public static final long DEFAULT_MAX_NODES = 2_000_000;
  /** The default number of verifications. */
  public static final int DEFAULT_MAX_VERIFICATIONS = 32;

  /** Copies the list and checks the bounds. */
  public SuggestionOptions {
    candidates = List.copyOf(candidates);
    if (maxNodes < 1 || maxVerifications < 1) {
      throw new IllegalArgumentException("suggestion options: bounds must be at least 1");
    }
  }

  /** Errors only, the dataset's pool, no own candidates, the default bounds. */
  public static SuggestionOptions defaults() {
    return new SuggestionOptions(false, true, List.of(), DEFAULT_MAX_NODES,
        DEFAULT_MAX_VERIFICATIONS);
  }

  /** These options clearing warnings too, or not. */
  public SuggestionOptions withWarnings(boolean value) {
    return new SuggestionOptions(value, datasetPool, candidates, maxNodes, maxVerifications);
  }

  /** These options with or without the dataset's pool. */
  public SuggestionOptions withDatasetPool(boolean value) {
    return new SuggestionOptions(includeWarnings, value, candidates, maxNodes, maxVerifications);
  }

  /** These options with the user's own candidates. */
  public SuggestionOptions withCandidates(List<Candidate> value) {
    return new SuggestionOptions(includeWarnings, datasetPool, value, maxNodes, maxVerifications);
  }

  /** These options with other bounds. */
  public SuggestionOptions withBounds(long nodes, int verifications) {
    return new SuggestionOptions(includeWarnings, datasetPool, candidates, nodes, verifications);
  }
}
