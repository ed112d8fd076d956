package fi.lape.advisor.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fi.lape.core.Branch;
import fi.lape.core.Duty;
import fi.lape.core.GroupKind;
import fi.lape.core.Role;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The advisor's JSON documents as Jackson binds them; every schema in {@code
 * fi/lape/advisor/schema} describes one of the top-level records here. Field order is document
 * order. Empty lists and absent values are left out.
 */
public final class Docs {
  private Docs() {}

  /** The timeline document, {@code lape-timeline}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"format", "version", "language", "groupId", "policyId", "from", "to",
      "compliant", "intervals"})
  public record TimelineDoc(String format, String version, String language, String groupId,
      String policyId, LocalDate from, LocalDate to, boolean compliant,
      List<IntervalDoc> intervals) {}

  /** One interval of a timeline. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record IntervalDoc(LocalDate start, LocalDate end, Verdict verdict,
      List<String> errorRuleIds) {}

  /** A timeline inside a what-if document. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PeriodDoc(LocalDate from, LocalDate to, boolean compliant,
      List<IntervalDoc> intervals) {}

  /** The suggestion request, {@code lape-suggestion-request}: the user's candidates. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record RequestDoc(String format, String version, String groupId, LocalDate asOf,
      Boolean includeWarnings, Boolean datasetPool, List<CandidateDoc> candidates) {}

  /** A candidate as the user gives it. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record CandidateDoc(String id, String personId, String organisationId, Role role,
      Set<Sector> sectors, Set<Voice> voices, Set<Duty> duties) {}

  /** The suggestion result, {@code lape-suggestions}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"format", "version", "language", "groupId", "asOf", "policyId",
      "includeWarnings", "status", "provenMinimal", "candidates", "additions", "unmeetable",
      "before", "after"})
  public record SuggestionsDoc(String format, String version, String language, String groupId,
      LocalDate asOf, String policyId, boolean includeWarnings, String status,
      boolean provenMinimal, int candidates, List<AdditionDoc> additions,
      List<UnmeetableDoc> unmeetable, AssessmentDoc before, AssessmentDoc after) {}

  /** One invitation. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"candidateId", "kind", "personId", "name", "organisationId", "role",
      "sectors", "voices", "duties", "seenIn", "closes"})
  public record AdditionDoc(String candidateId, String kind, String personId, String name,
      String organisationId, Role role, Set<Sector> sectors, Set<Voice> voices, Set<Duty> duties,
      List<String> seenIn, List<String> closes) {}

  /** What no candidate can clear. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record UnmeetableDoc(String ruleId, String requirementId, Severity severity,
      CriteriaDoc wouldSatisfy) {}

  /** What would count toward a requirement. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record CriteriaDoc(Set<Sector> sectors, Set<Branch> branches, Set<Voice> voices,
      Set<Duty> duties, Set<Role> roles, Set<GroupKind> linkedGroupKinds) {}

  /** A group's assessment in short: verdict and findings with their rendered messages. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record AssessmentDoc(LocalDate asOf, Verdict verdict, List<FindingDoc> findings) {}

  /** A finding in short. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"severity", "ruleId", "requirementId", "membershipIds", "message"})
  public record FindingDoc(Severity severity, String ruleId, String requirementId,
      List<String> membershipIds, String message) {}

  /** The change document, {@code lape-change}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ChangeDoc(String format, String version, String groupId, List<StepDoc> steps) {}

  /** One step of a change. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record StepDoc(String op, LocalDate day, String membershipId,
      MembershipDoc membership) {}

  /** A membership added by a change; its first day is the step's day. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record MembershipDoc(String id, String personId, String organisationId, Role role,
      Set<Sector> sectors, Set<Voice> voices, Set<Duty> duties, LocalDate end) {}

  /** The what-if result, {@code lape-what-if}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"format", "version", "language", "groupId", "policyId", "asOf", "steps",
      "before", "after", "timelineBefore", "timelineAfter", "gaps"})
  public record WhatIfDoc(String format, String version, String language, String groupId,
      String policyId, LocalDate asOf, List<StepDoc> steps, AssessmentDoc before,
      AssessmentDoc after, PeriodDoc timelineBefore, PeriodDoc timelineAfter,
      List<GapDoc> gaps) {}

  /** A non-compliant stretch with what it lacks. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record GapDoc(LocalDate start, LocalDate end, boolean lasting,
      List<MissingDoc> missing) {}

  /** An unmet requirement of a gap. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record MissingDoc(String requirementId, String ruleId, int deficit,
      CriteriaDoc wouldSatisfy) {}
}
