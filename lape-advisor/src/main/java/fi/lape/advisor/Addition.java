package fi.lape.advisor;

import java.util.List;

/**
 * One invitation of a suggestion: the candidate and the requirements (and rules) its seat would
 * close.
 *
 * @param candidate whom to invite
 * @param closes the ids of the requirements the candidate counts toward that are unmet without the
 *     additions, in policy order; empty for an addition needed only for a combination such as
 *     LAPE-M08's counts of branches and organisations
 */
public record Addition(Candidate candidate, List<String> closes) {
  /** Copies the list. */
  public Addition {
    closes = List.copyOf(closes);
  }
}
