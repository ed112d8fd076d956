package fi.lape.benchmarks;

import fi.lape.core.Dataset;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.report.AssessmentReport;
import fi.lape.core.report.GroupAssessment;
import fi.lape.rules.GroupAssessor;
import java.time.LocalDate;

/** PLACEHOLDER until the reference evaluator lands. */
final class Reference {
  private final GroupAssessor delegate;

  Reference(CoveragePolicy policy) {
    delegate = GroupAssessor.of(policy);
  }

  GroupAssessment assess(Dataset dataset, String groupId, LocalDate day) {
    return delegate.assess(dataset, groupId, day);
  }

  AssessmentReport assess(Dataset dataset, LocalDate day) {
    return delegate.assess(dataset, day);
  }
}
