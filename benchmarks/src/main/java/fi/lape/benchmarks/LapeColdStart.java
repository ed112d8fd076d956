package fi.lape.benchmarks;

import fi.lape.core.Dataset;
import fi.lape.core.policy.Policies;
import fi.lape.core.report.GroupAssessment;
import fi.lape.rules.GroupAssessor;

/**
 * Cold start of lape: a fresh JVM builds {@link ColdStartData}, assesses its municipal group with
 * lape's Drools rules and prints the assessment. {@code coldstart.sh} times it to that line.
 */
public final class LapeColdStart {
  private LapeColdStart() {}

  /** Prints the assessment of the cold-start group. */
  public static void main(String[] args) {
    Dataset dataset = ColdStartData.dataset();
    GroupAssessment assessment = GroupAssessor.of(Policies.nationalBaseline())
        .assess(dataset, ColdStartData.GROUP, ColdStartData.DAY);
    System.out.println(ColdStartData.line(assessment));
    PeakRss.print();
  }
}
