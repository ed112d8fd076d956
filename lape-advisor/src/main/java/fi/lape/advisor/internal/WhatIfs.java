package fi.lape.advisor.internal;

import fi.lape.advisor.Change;
import fi.lape.advisor.ChangeStep;
import fi.lape.advisor.WhatIf;
import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.advisor.InvalidPeriodException;
import fi.lape.advisor.MisfitException;
import fi.lape.core.LapeValidationException;
import fi.lape.core.Membership;
import fi.lape.core.Term;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.ComplianceTimeline;
import fi.lape.core.report.CoverageLine;
import fi.lape.core.report.GroupAssessment;
import fi.lape.core.report.TimelineInterval;
import fi.lape.core.report.Verdict;
import fi.lape.rules.GroupAssessor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


/** Applies a planned change to a copy of the dataset and assesses the group with and without it. */
public final class WhatIfs {
  private final GroupAssessor assessor;

  public WhatIfs(GroupAssessor assessor) {
    this.assessor = assessor;
  }

  /** The dataset with {@code change} applied; every step is checked against the group. */
  public static Dataset apply(Dataset dataset, Change change) {
    Group group = dataset.group(change.groupId()).orElseThrow(() -> new LapeValidationException(
        "change: the dataset has no group " + change.groupId()));
    List<Membership> memberships = new ArrayList<>(group.memberships());
    for (int i = 0; i < change.steps().size(); i++) {
      ChangeStep step = change.steps().get(i);
      if (step.op() == ChangeStep.Op.END || step.op() == ChangeStep.Op.REPLACE) {
        String id = step.membershipId().orElseThrow();
        int at = indexOf(memberships, id);
        if (at < 0) {
          throw new MisfitException(List.of(new MisfitException.Misfit(
              "/steps/" + i + "/membershipId", MisfitException.Reason.NO_SUCH_MEMBERSHIP, i,
              List.of(group.id(), id))));
        }
        LocalDate last = step.op() == ChangeStep.Op.END ? step.day() : step.day().minusDays(1);
        Membership m = memberships.get(at);
        if (last.isBefore(m.term().start())) {
          memberships.remove(at);   // ends before it begins: the seat is never taken
        } else {
          LocalDate end = m.term().end().filter(e -> e.isBefore(last)).orElse(last);
          memberships.set(at, Membership.builder().from(m).term(Term.of(m.term().start(), end))
              .build());
        }
      }
      if (step.op() == ChangeStep.Op.ADD || step.op() == ChangeStep.Op.REPLACE) {
        Membership m = step.membership().orElseThrow();
        if (indexOf(memberships, m.id()) >= 0) {
          throw new MisfitException(List.of(new MisfitException.Misfit(
              "/steps/" + i + "/membership/id", MisfitException.Reason.MEMBERSHIP_EXISTS, i,
              List.of(group.id(), m.id()))));
        }
        memberships.add(m);
      }
    }
    return new Hypothesis(dataset).with(group.id(), memberships);
  }

  private static int indexOf(List<Membership> memberships, String id) {
    for (int i = 0; i < memberships.size(); i++) {
      if (memberships.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /** The day every step has taken effect. */
  public static LocalDate effective(Change change) {
    return change.steps().stream().map(ChangeStep::effective).max(LocalDate::compareTo)
        .orElseThrow();
  }

  /** The first day a step takes effect. */
  public static LocalDate firstEffective(Change change) {
    return change.steps().stream().map(ChangeStep::effective).min(LocalDate::compareTo)
        .orElseThrow();
  }

  /** The earliest of {@code ceiling} and the days given. */
  @SafeVarargs
  private static LocalDate min(LocalDate ceiling, Optional<LocalDate>... days) {
    LocalDate first = ceiling;
    for (Optional<LocalDate> day : days) {
      if (day.isPresent() && day.get().isBefore(first)) {
        first = day.get();
      }
    }
    return first;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  public WhatIf whatIf(Dataset dataset, Change change, LocalDate asOf, LocalDate from,
      LocalDate to) {
    Dataset changed = apply(dataset, change);
    String groupId = change.groupId();
    LocalDate day = asOf != null ? asOf : effective(change);
    Group changedGroup = changed.group(groupId).orElseThrow();
    LocalDate first = from != null ? from
        : min(firstEffective(change), changedGroup.firstDay(),
            dataset.group(groupId).orElseThrow().firstDay());
    LocalDate last = to != null ? to : max(changedGroup.lastChange(max(first, day)),
        dataset.group(groupId).orElseThrow().lastChange(max(first, day)));
    if (last.isBefore(first)) {
      throw new InvalidPeriodException(first, last);
    }
    GroupAssessment before = assessor.assess(dataset, groupId, day);
    GroupAssessment after = assessor.assess(changed, groupId, day);
    ComplianceTimeline timelineBefore = assessor.timeline(dataset, groupId, first, last);
    ComplianceTimeline timelineAfter = assessor.timeline(changed, groupId, first, last);
    LocalDate quiet = changedGroup.lastChange(first);
    List<WhatIf.Gap> gaps = new ArrayList<>();
    for (TimelineInterval interval : timelineAfter.intervals()) {
      if (interval.verdict() != Verdict.NON_COMPLIANT) {
        continue;
      }
      GroupAssessment then = interval.start().equals(day) ? after
          : assessor.assess(changed, groupId, interval.start());
      List<CoverageLine> missing = then.coverage().stream()
          .filter(l -> !l.satisfied() && l.severity() == Severity.ERROR).toList();
      boolean lasting = interval.end().equals(last) && !quiet.isAfter(interval.start());
      gaps.add(new WhatIf.Gap(interval.start(), interval.end(), lasting, missing));
    }
    return new WhatIf(change, assessor.policy().id(), day, before, after, timelineBefore, timelineAfter, gaps);
  }

}
