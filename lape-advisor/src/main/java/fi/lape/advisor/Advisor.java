package fi.lape.advisor;

import fi.lape.advisor.internal.Pool;
import fi.lape.advisor.internal.Suggester;
import fi.lape.advisor.internal.WhatIfs;
import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.LapeValidationException;
import fi.lape.rules.GroupAssessor;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Advice on one group, decided by the rules of a {@link GroupAssessor}: whom to invite so that it
 * complies, and what a planned change of its memberships would do. Immutable and thread-safe, like
 * the assessor.
 *
 * <pre>{@code
 * Advisor advisor = Advisor.of(GroupAssessor.of(Policies.nationalBaseline()));
 * Suggestions s = advisor.suggest(dataset, "varkaus-lape", LocalDate.of(2017, 11, 1),
 *     SuggestionOptions.defaults());
 * WhatIf w = advisor.whatIf(dataset, new Change("orimattila-lape",
 *     List.of(ChangeStep.end("m-orimattila-lape-05", LocalDate.of(2018, 2, 28)))));
 * }</pre>
 *
 * <h2>How suggestions are found</h2>
 * The group is assessed as it is, then once with every candidate seated: the coverage lines'
 * witnesses (the rules) decide which candidate counts toward which requirement, and what stays
 * unmet with everyone seated is reported as {@link Suggestions#unmeetable()}.
 * The smallest sets of candidates that give every other unmet requirement the members it lacks
 * (a set multicover) are then
 * enumerated exactly, smallest first and in pool order, and each is verified by assessing the group
 * with it; the first that clears everything is the answer, so rules that count combinations
 * (LAPE-M08's branches and organisations) are respected. Candidates with the same organisation,
 * role, sectors, voices and duties are interchangeable for the rules and searched once. Ties go to
 * the candidates earlier in the pool: the user's own candidates in their order, then the people of
 * the group's municipality, then of its region, in dataset order.
 *
 * <p>The bound: the exact search visits at most {@link SuggestionOptions#maxNodes()} nodes and
 * verifies at most {@link SuggestionOptions#maxVerifications()} sets. Groups of up to 60 members
 * and pools of a few hundred candidates under lape's policies stay far within it (a few hundred
 * nodes and one verification when no combination rule interferes). Beyond it a greedy cover is
 * verified and returned with {@link Suggestions#provenMinimal()} false.
 */
public final class Advisor {
  private final GroupAssessor assessor;
  private final Suggester suggester;
  private final WhatIfs whatIfs;

  private Advisor(GroupAssessor assessor) {
    this.assessor = assessor;
    this.suggester = new Suggester(assessor);
    this.whatIfs = new WhatIfs(assessor);
  }

  /** An advisor that decides with {@code assessor}'s policy and rules. */
  public static Advisor of(GroupAssessor assessor) {
    return new Advisor(Objects.requireNonNull(assessor, "assessor"));
  }

  /** The assessor that decides. */
  public GroupAssessor assessor() {
    return assessor;
  }

  /**
   * The dataset's candidates for the group on {@code asOf}: the people who sit that day in other
   * groups of its municipality (first) or region and not in the group, with the organisation,
   * sectors and voices they represent there; a person seen for two organisations is two
   * candidates.
   *
   * @throws LapeValidationException naming the id when the dataset has no such group
   */
  public List<Candidate> pool(Dataset dataset, String groupId, LocalDate asOf) {
    Group group = dataset.group(groupId).orElseThrow(() -> new LapeValidationException(
        "the dataset has no group " + groupId));
    return Pool.of(dataset, group, asOf);
  }

  /**
   * The smallest set of invitations that clears the group's errors on {@code asOf} (and its
   * warnings, if the options ask).
   *
   * @throws LapeValidationException naming the id when the dataset has no such group
   * @throws MisfitException (a LapeValidationException) naming every candidate of the options
   *     that repeats an earlier one's id or names an organisation the dataset does not have
   */
  public Suggestions suggest(Dataset dataset, String groupId, LocalDate asOf,
      SuggestionOptions options) {
    return suggester.suggest(dataset, groupId, asOf, options);
  }

  /**
   * The change's effect: the group assessed without and with it on the day every step has taken
   * effect, and its timeline from the group's first day (its own term's or its first membership's
   * start) to the day its last membership change takes effect, with and without the change.
   *
   * @throws LapeValidationException naming the group when the dataset has no such group
   * @throws MisfitException (a LapeValidationException) naming the step that does not fit
   */
  public WhatIf whatIf(Dataset dataset, Change change) {
    return whatIf(dataset, change, null, null, null);
  }

  /**
   * As {@link #whatIf(Dataset, Change)} with the assessment day and the timeline's first and last
   * days given; a {@code null} takes the default.
   *
   * @throws InvalidPeriodException when the last day comes before the first
   */
  public WhatIf whatIf(Dataset dataset, Change change, LocalDate asOf, LocalDate from,
      LocalDate to) {
    return whatIfs.whatIf(dataset, change, asOf, from, to);
  }

  /**
   * The dataset with {@code change} applied to its group: for your own assessments.
   *
   * @throws MisfitException naming the first step that does not fit
   */
  public static Dataset apply(Dataset dataset, Change change) {
    return WhatIfs.apply(dataset, change);
  }
}
