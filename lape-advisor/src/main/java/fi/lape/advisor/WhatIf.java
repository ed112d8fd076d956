package fi.lape.advisor;

import fi.lape.core.report.ComplianceTimeline;
import fi.lape.core.report.CoverageLine;
import fi.lape.core.report.GroupAssessment;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer of {@link Advisor#whatIf}: the group's assessment without and with the change on the
 * day the change has fully taken effect, and its compliance timeline without and with it, each
 * non-compliant stretch with what is missing.
 *
 * @param change the change
 * @param policyId the policy applied
 * @param asOf the day both assessments are made as of
 * @param before the assessment without the change
 * @param after the assessment with the change
 * @param timelineBefore the timeline without the change
 * @param timelineAfter the timeline with the change
 * @param gaps per non-compliant interval of {@code timelineAfter}, the unmet error requirements on
 *     its first day
 */
public record WhatIf(Change change, String policyId, LocalDate asOf, GroupAssessment before,
    GroupAssessment after, ComplianceTimeline timelineBefore, ComplianceTimeline timelineAfter,
    List<Gap> gaps) {

  /**
   * A non-compliant stretch of the timeline with the change and what it lacks: "non-compliant from
   * 2018-03-01 until someone from social and health joins".
   *
   * @param start the first day
   * @param end the last day looked at
   * @param lasting whether nothing planned changes the group after it (the stretch lasts)
   * @param missing the unmet requirements that are errors, on {@code start}
   */
  public record Gap(LocalDate start, LocalDate end, boolean lasting, List<CoverageLine> missing) {
    /** Copies the list. */
    public Gap {
      missing = List.copyOf(missing);
    }
  }

  /** Copies the list. */
  public WhatIf {
    gaps = List.copyOf(gaps);
  }
}
