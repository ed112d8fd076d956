package fi.lape.benchmarks;

import fi.lape.core.report.AssessmentReport;
import fi.lape.core.report.GroupAssessment;
import java.util.List;

/**
 * Refuses to benchmark two implementations that disagree: a benchmark's set-up calls it, so a
 * measurement is only ever made on results that are the same.
 */
final class Equivalence {
  private Equivalence() {}

  static void requireSame(String what, GroupAssessment lape, GroupAssessment reference) {
    if (!lape.equals(reference)) {
      throw new IllegalStateException(what + ": lape and the reference evaluator disagree:\n lape "
          + lape + "\n reference " + reference);
    }
  }

  static void requireSame(String what, AssessmentReport lape, AssessmentReport reference) {
    List<GroupAssessment> l = lape.groups();
    List<GroupAssessment> r = reference.groups();
    if (l.size() != r.size()) {
      throw new IllegalStateException(what + ": lape assessed " + l.size()
          + " groups, the reference evaluator " + r.size());
    }
    for (int i = 0; i < l.size(); i++) {
      requireSame(what + ", group " + l.get(i).groupId(), l.get(i), r.get(i));
    }
    if (!lape.equals(reference)) {
      throw new IllegalStateException(what + ": the reports differ outside their groups:\n lape "
          + lape.asOf() + " " + lape.policyId() + "\n reference " + reference.asOf() + " "
          + reference.policyId());
    }
  }
}
