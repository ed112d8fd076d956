package fi.lape.advisor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A suggestion request as read from its JSON document: the user's candidates and, optionally, the
 * group, the day and the options (the command line's arguments take precedence).
 *
 * @param groupId the group, if given
 * @param asOf the day, if given
 * @param includeWarnings whether to clear warnings too, if given
 * @param datasetPool whether to add the dataset's pool, if given
 * @param candidates the user's candidates, in order
 */
public record SuggestionRequest(Optional<String> groupId, Optional<LocalDate> asOf,
    Optional<Boolean> includeWarnings, Optional<Boolean> datasetPool,
    List<Candidate> candidates) {
  /** Copies the list. */
  public SuggestionRequest {
    candidates = List.copyOf(candidates);
  }

  /** {@code options} with what this request gives. */
  public SuggestionOptions applyTo(SuggestionOptions options) {
    SuggestionOptions o = options.withCandidates(candidates);
    if (includeWarnings.isPresent()) {
      o = o.withWarnings(includeWarnings.get());
    }
    if (datasetPool.isPresent()) {
      o = o.withDatasetPool(datasetPool.get());
    }
    return o;
  }
}
