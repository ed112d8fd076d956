package fi.lape.advisor.internal;

import fi.lape.advisor.Addition;
import fi.lape.advisor.Candidate;
import fi.lape.advisor.MisfitException;
import fi.lape.advisor.SuggestionOptions;
import fi.lape.advisor.Suggestions;
import fi.lape.advisor.Unmeetable;
import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.LapeValidationException;
import fi.lape.core.Membership;
import fi.lape.core.Term;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.CoverageLine;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import fi.lape.rules.GroupAssessor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the smallest set of candidates whose seats clear a group's findings, with the rules
 * deciding everything:
 *
 * <ol>
 *   <li>the group is assessed as it is: the findings to clear;
 *   <li>it is assessed once with every candidate seated: the coverage lines' witnesses say which
 *       candidate counts toward which requirement, and what stays unmet with everyone seated no
 *       candidate can meet;
 *   <li>the smallest covers of those requirements are enumerated ({@link CoverSearch}) and each is
 *       verified by assessing the group with it, until one clears everything that can be cleared
 *       (rules that count combinations, such as LAPE-M08's branches and organisations, are settled
 *       here, within a bound of verifications).
 * </ol>
 */
public final class Suggester {
  private static final Logger LOG = LoggerFactory.getLogger(Suggester.class);

  private final GroupAssessor assessor;

  public Suggester(GroupAssessor assessor) {
    this.assessor = assessor;
  }

  /** A candidate seated hypothetically: its membership and the person number of its holder. */
  private record Seat(Candidate candidate, Membership membership, int person) {}

  public Suggestions suggest(Dataset dataset, String groupId, LocalDate day,
      SuggestionOptions options) {
    Group group = dataset.group(groupId).orElseThrow(() -> new LapeValidationException(
        "suggestion: the dataset has no group " + groupId));
    Set<Severity> targets = options.includeWarnings()
        ? EnumSet.of(Severity.ERROR, Severity.WARNING) : EnumSet.of(Severity.ERROR);
    GroupAssessment before = assessor.assess(dataset, groupId, day);
    List<Finding> toClear = before.findings().stream()
        .filter(f -> targets.contains(f.severity())).toList();

    List<Candidate> candidates = new ArrayList<>(options.candidates());
    checkCandidates(dataset, candidates);
    if (options.datasetPool()) {
      candidates.addAll(Pool.of(dataset, group, day));
    }
    if (toClear.isEmpty()) {
      return new Suggestions(groupId, day, assessor.policy().id(), options.includeWarnings(),
          Suggestions.Status.NOTHING_TO_DO, List.of(), List.of(), true, candidates.size(), before,
          Optional.empty());
    }

    // The requirements to cover, in policy order, with how many more members each needs.
    List<CoverageLine> open = before.coverage().stream()
        .filter(l -> !l.satisfied() && targets.contains(l.severity())).toList();
    int maxDeficit = open.stream().mapToInt(CoverageLine::deficit).max().orElse(1);

    Hypothesis hypothesis = new Hypothesis(dataset);
    // Candidates with the same profile are the same to the rules: only the first ones are seated.
    List<Seat> distinct = distinctProfiles(seats(group, day, candidates, maxDeficit, hypothesis),
        maxDeficit);
    // Every distinct candidate is seated: the witnesses (Drools) alone say who counts toward what.
    List<Seat> relevant = distinct;
    GroupAssessment all = seatAll(hypothesis, group, relevant, day);
    boolean everyoneSeated = false;

    Map<String, CoverageLine> allLines = new HashMap<>();
    all.coverage().forEach(l -> allLines.put(l.requirementId(), l));
    List<Unmeetable> unmeetable = new ArrayList<>();
    Set<String> unmeetableKeys = new HashSet<>();
    List<CoverageLine> coverable = new ArrayList<>();
    for (CoverageLine line : open) {
      CoverageLine withAll = allLines.get(line.requirementId());
      if (withAll == null || !withAll.satisfied()) {
        unmeetable.add(new Unmeetable(line.ruleId(), Optional.of(line.requirementId()),
            line.severity(), Optional.of(line.wouldSatisfy())));
        unmeetableKeys.add(key(line.ruleId(), Optional.of(line.requirementId())));
      } else {
        coverable.add(line);
      }
    }
    // Findings that are not a requirement's: those that seating everyone does not clear no
    // addition clears; the others are verified on each candidate set. Everyone is seated only
    // when the relevant candidates alone leave such a finding (a count of branches, say).
    Set<String> openRequirements = new HashSet<>();
    open.forEach(l -> openRequirements.add(l.requirementId()));
    List<Finding> others = toClear.stream().filter(f -> !f.requirementId()
        .map(openRequirements::contains).orElse(false)).toList();
    Set<String> stillWithAll = keys(all);
    if (relevant.size() < distinct.size()
        && others.stream().anyMatch(f -> stillWithAll.contains(key(f.ruleId(), f.requirementId())))) {
      stillWithAll.retainAll(keys(seatAll(hypothesis, group, distinct, day)));
      everyoneSeated = true;
    }
    for (Finding f : others) {
      String k = key(f.ruleId(), f.requirementId());
      if (stillWithAll.contains(k) && unmeetableKeys.add(k)) {
        unmeetable.add(new Unmeetable(f.ruleId(), f.requirementId(), f.severity(),
            Optional.empty()));
      }
    }

    boolean[][] covers = new boolean[distinct.size()][coverable.size()];
    int[] person = new int[distinct.size()];
    for (int c = 0; c < distinct.size(); c++) {
      String membershipId = distinct.get(c).membership().id();
      for (int r = 0; r < coverable.size(); r++) {
        covers[c][r] = allLines.get(coverable.get(r).requirementId()).witnessIds()
            .contains(membershipId);
      }
      person[c] = distinct.get(c).person();
    }
    int[] deficit = coverable.stream().mapToInt(CoverageLine::deficit).toArray();
    CoverSearch search = new CoverSearch(covers, deficit, person, options.maxNodes());

    int[] verifications = {0};
    Object[] found = {null, null};
    CoverSearch.Outcome outcome = search.enumerate(distinct.size(), chosen -> {
      GroupAssessment after = verify(hypothesis, group, distinct, chosen, day);
      verifications[0]++;
      boolean clears = after.findings().stream().noneMatch(f -> targets.contains(f.severity())
          && !unmeetableKeys.contains(key(f.ruleId(), f.requirementId())));
      if (clears) {
        found[0] = chosen;
        found[1] = after;
        return true;
      }
      return verifications[0] >= options.maxVerifications();
    });
    // Sizes are enumerated smallest first and every set of each size is verified, so the first
    // set that passes is minimal, unless a bound cut the enumeration short before it.
    boolean proven = found[0] != null;
    if (outcome == CoverSearch.Outcome.BOUND_REACHED && found[0] == null) {
      int[] greedy = search.greedy();
      if (greedy != null) {
        GroupAssessment after = verify(hypothesis, group, distinct, greedy, day);
        found[0] = greedy;
        found[1] = after;
        proven = false;
      }
    }
    LOG.debug("suggestion for {}: {} candidates, {} distinct, {} seated, everyone {}, {} nodes,"
        + " {} verifications, {}",
        groupId, candidates.size(), distinct.size(), relevant.size(), everyoneSeated,
        search.nodes(), verifications[0], outcome);
    if (found[0] == null) {
      return new Suggestions(groupId, day, assessor.policy().id(), options.includeWarnings(),
          Suggestions.Status.NOT_FOUND, List.of(), unmeetable, false, candidates.size(), before,
          Optional.empty());
    }
    int[] chosen = (int[]) found[0];
    GroupAssessment after = (GroupAssessment) found[1];
    boolean clearsAll = after.findings().stream().noneMatch(f -> targets.contains(f.severity()));
    return new Suggestions(groupId, day, assessor.policy().id(), options.includeWarnings(),
        clearsAll ? Suggestions.Status.COMPLETE : Suggestions.Status.PARTIAL,
        additions(distinct, chosen, open, after), unmeetable, proven, candidates.size(), before,
        Optional.of(after));
  }

  private GroupAssessment seatAll(Hypothesis hypothesis, Group group, List<Seat> seats,
      LocalDate day) {
    List<Membership> everyone = new ArrayList<>(group.memberships());
    seats.forEach(s -> everyone.add(s.membership()));
    return assessor.assess(hypothesis.with(group.id(), everyone), group.id(), day);
  }

  private static Set<String> keys(GroupAssessment a) {
    Set<String> keys = new HashSet<>();
    a.findings().forEach(f -> keys.add(key(f.ruleId(), f.requirementId())));
    return keys;
  }

  private static String key(String ruleId, Optional<String> requirementId) {
    return ruleId + "\u0000" + requirementId.orElse("");
  }

  /** Every candidate of the pool not seated on the day, as a seat; roles and organisations in k copies. */
  private static List<Seat> seats(Group group, LocalDate day, List<Candidate> candidates,
      int copies, Hypothesis hypothesis) {
    Set<String> seated = new HashSet<>();
    group.activeMemberships(day).forEach(m -> seated.add(m.personId()));
    Map<String, Integer> personNumbers = new LinkedHashMap<>();
    List<Seat> seats = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.personId().isPresent()) {
        if (seated.contains(c.personId().get())) {
          continue;
        }
        int p = personNumbers.computeIfAbsent(c.personId().get(), k -> personNumbers.size());
        seats.add(new Seat(c, membership(c, c.personId().get(), day, hypothesis), p));
      } else {
        for (int i = 0; i < copies; i++) {
          String personId = hypothesis.freshId("advisor-person-");
          int p = personNumbers.computeIfAbsent(personId, k -> personNumbers.size());
          seats.add(new Seat(c, membership(c, personId, day, hypothesis), p));
        }
      }
    }
    return seats;
  }

  private static Membership membership(Candidate c, String personId, LocalDate day,
      Hypothesis hypothesis) {
    Membership.Builder b = Membership.builder().id(hypothesis.freshId("advisor-seat-"))
        .personId(personId).role(c.role()).sectors(c.sectors()).voices(c.voices())
        .duties(c.duties()).term(Term.from(day));
    c.organisationId().ifPresent(b::organisationId);
    return b.build();
  }

  /**
   * The seats with at most {@code copies} of each profile (organisation, role, sectors, voices,
   * duties), in pool order: candidates with the same profile are the same to the rules, so only
   * the first ones are searched.
   */
  private static List<Seat> distinctProfiles(List<Seat> seats, int copies) {
    Map<List<Object>, Integer> count = new HashMap<>();
    List<Seat> kept = new ArrayList<>();
    for (Seat s : seats) {
      Candidate c = s.candidate();
      List<Object> profile = List.of(c.organisationId(), c.role(), Set.copyOf(c.sectors()),
          Set.copyOf(c.voices()), Set.copyOf(c.duties()));
      int n = count.merge(profile, 1, Integer::sum);
      if (n <= Math.max(copies, 1)) {
        kept.add(s);
      }
    }
    return kept;
  }

  private GroupAssessment verify(Hypothesis hypothesis, Group group, List<Seat> seats,
      int[] chosen, LocalDate day) {
    List<Membership> memberships = new ArrayList<>(group.memberships());
    for (int c : chosen) {
      memberships.add(seats.get(c).membership());
    }
    return assessor.assess(hypothesis.with(group.id(), memberships), group.id(), day);
  }

  private static List<Addition> additions(List<Seat> seats, int[] chosen,
      List<CoverageLine> open, GroupAssessment after) {
    Map<String, CoverageLine> afterLines = new HashMap<>();
    after.coverage().forEach(l -> afterLines.put(l.requirementId(), l));
    List<Addition> additions = new ArrayList<>();
    for (int c : chosen) {
      String membershipId = seats.get(c).membership().id();
      Set<String> closes = new LinkedHashSet<>();
      for (CoverageLine line : open) {
        CoverageLine a = afterLines.get(line.requirementId());
        if (a != null && a.witnessIds().contains(membershipId)) {
          closes.add(line.requirementId());
        }
      }
      additions.add(new Addition(seats.get(c).candidate(), List.copyOf(closes)));
    }
    return additions;
  }

  /** The user's candidates: unique ids, and organisations the dataset knows; every misfit. */
  private static void checkCandidates(Dataset dataset, List<Candidate> candidates) {
    Set<String> ids = new HashSet<>();
    List<MisfitException.Misfit> misfits = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (!ids.add(c.id())) {
        misfits.add(new MisfitException.Misfit("/candidates/" + i + "/id",
            MisfitException.Reason.CANDIDATE_REPEATED, i, List.of(c.id())));
      }
      if (c.organisationId().isPresent()
          && dataset.organisation(c.organisationId().get()).isEmpty()) {
        misfits.add(new MisfitException.Misfit("/candidates/" + i + "/organisationId",
            MisfitException.Reason.UNKNOWN_ORGANISATION, i,
            List.of(c.id(), c.organisationId().get())));
      }
    }
    if (!misfits.isEmpty()) {
      throw new MisfitException(misfits);
    }
  }
}
