package fi.lape.examples;

import fi.lape.core.policy.Policies;
import fi.lape.core.report.ComplianceTimeline;
import fi.lape.core.report.TimelineInterval;
import fi.lape.rules.GroupAssessor;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Example: a group's compliance over time. Orimattila's social and health members leave the
 * municipal LAPE group on 2018-02-28 and a new one joins on 2018-04-01 (see {@link SampleData}),
 * so the group is non-compliant through March 2018. It is also non-compliant in January and
 * February 2017 (LAPE-M05): a linked group hears residents only on days it has members, and the
 * customer panel's first members join on 2017-03-01.
 */
public final class ComplianceTimelineExample {
  private ComplianceTimelineExample() {}

  /** Prints the intervals of Orimattila's LAPE group in 2017-2018. */
  public static void main(String[] args) {
    ComplianceTimeline timeline = GroupAssessor.of(Policies.paijatHame2017())
        .timeline(SampleData.dataset(), SampleData.ORIMATTILA_LAPE, LocalDate.of(2017, 1, 1),
            LocalDate.of(2018, 12, 31));
    for (TimelineInterval interval : timeline.intervals()) {
      System.out.println(interval.start() + ".." + interval.end() + " "
          + interval.verdict().displayName(Locale.ENGLISH)
          + (interval.errorRuleIds().isEmpty() ? "" : " " + interval.errorRuleIds()));
    }
  }
}
