package fi.lape.advisor;

import fi.lape.core.report.GroupAssessment;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The answer of {@link Advisor#suggest}: the smallest set of invitations that clears the group's
 * errors (and warnings, when asked), each with the requirements it closes, and what no candidate
 * can meet.
 *
 * <pre>{@code
 * Suggestions s = advisor.suggest(dataset, "varkaus-lape", day, SuggestionOptions.defaults());
 * if (s.status() == Suggestions.Status.COMPLETE) {
 *   s.additions().forEach(a -> System.out.println(a.candidate().id() + " closes " + a.closes()));
 * }
 * }</pre>
 *
 * @param groupId the group
 * @param asOf the day
 * @param policyId the policy applied
 * @param includeWarnings whether warnings were to be cleared too
 * @param status what was found
 * @param additions whom to invite, in the pool's order
 * @param unmeetable what no candidate of the pool can clear
 * @param provenMinimal whether no smaller set of the pool does it: true when the exact search
 *     finished within its bound
 * @param candidates how many candidates the pool held
 * @param before the group's assessment as it is
 * @param after the group's assessment with the additions (the verification), when there are any
 */
public record Suggestions(String groupId, LocalDate asOf, String policyId,
    boolean includeWarnings, Status status, List<Addition> additions,
    List<Unmeetable> unmeetable, boolean provenMinimal, int candidates,
    GroupAssessment before, Optional<GroupAssessment> after) {

  /** What a suggestion found. */
  public enum Status {
    /** Nothing to clear: the group already has no finding of the asked severities. */
    NOTHING_TO_DO,
    /** The additions clear everything asked (verified by assessing the group with them). */
    COMPLETE,
    /** Some findings no candidate can clear ({@link #unmeetable()}); the additions clear the rest. */
    PARTIAL,
    /** No set of the pool was found, within the search's bound, that passes the verification. */
    NOT_FOUND
  }

  /** Copies the lists. */
  public Suggestions {
    additions = List.copyOf(additions);
    unmeetable = List.copyOf(unmeetable);
  }
}
