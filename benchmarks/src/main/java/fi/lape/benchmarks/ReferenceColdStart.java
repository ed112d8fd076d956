package fi.lape.benchmarks;

import fi.lape.core.Dataset;
import fi.lape.core.policy.Policies;
import fi.lape.core.report.GroupAssessment;
import fi.lape.rules.reference.ReferenceEvaluator;

/**
 * The cold-start baseline: a fresh JVM builds {@link ColdStartData}, assesses its municipal group
 * with lape-rules' plain-Java reference evaluator (no Drools) and prints the assessment.
 */
public final class ReferenceColdStart {
  private ReferenceColdStart() {}

  /** Prints the reference evaluator's assessment of the cold-start group. */
  public static void main(String[] args) {
    Dataset dataset = ColdStartData.dataset();
    GroupAssessment assessment = new ReferenceEvaluator(Policies.nationalBaseline())
        .assess(dataset, ColdStartData.GROUP, ColdStartData.DAY);
    System.out.println(ColdStartData.line(assessment));
    PeakRss.print();
  }
}
