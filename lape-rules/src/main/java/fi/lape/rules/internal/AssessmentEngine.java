package fi.lape.rules.internal;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.LapeValidationException;
import fi.lape.core.Membership;
import fi.lape.core.Municipality;
import fi.lape.core.RegionMembership;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Rule;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.AssessmentReport;
import fi.lape.core.report.ComplianceTimeline;
import fi.lape.core.report.CoverageLine;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import fi.lape.core.report.Multidisciplinarity;
import fi.lape.core.report.TimelineInterval;
import fi.lape.core.report.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code GroupAssessor} does: prepares facts in Java, lets the rules decide, assembles the
 * reports. Immutable and thread-safe; every call works on its own index, session and emitter.
 */
public final class AssessmentEngine {
  /** Groups per session when a whole dataset is assessed: amortises the session set-up. */
  private static final int BATCH = 64;

  private static final Logger LOG = LoggerFactory.getLogger(AssessmentEngine.class);

  /**
   * {@link Finding#ORDER}, then the message key: two variants of one rule with the same ids and
   * arguments (LAPE-M07's interfaces) come out in the same order on every run.
   */
  public static final java.util.Comparator<Finding> FINDING_ORDER =
      Finding.ORDER.thenComparing(Finding::messageKey);

  private final CompiledPolicy policy;
  private final RuleRun rules;
  private final UserRules userRules;
  private final boolean crossGroupErrors;

  /** An engine for {@code policy}, with users' rules or {@code null}. */
  public AssessmentEngine(CoveragePolicy policy, UserRules userRules) {
    this.policy = new CompiledPolicy(Objects.requireNonNull(policy, "policy"));
    this.rules = new RuleRun(policy);
    this.userRules = userRules;
    this.crossGroupErrors = crossGroupErrors(policy);
    BuiltInRules.prepare();
  }

  private static boolean crossGroupErrors(CoveragePolicy policy) {
    for (Rule rule : List.of(Rule.M11, Rule.M13, Rule.R03)) {
      if (policy.isEnabled(rule.id())
          && policy.severityOf(rule.id(), rule.defaultSeverity()) == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  public CoveragePolicy policy() {
    return policy.policy();
  }

  /** Every group of {@code dataset} on {@code asOf}, in dataset order. */
  public AssessmentReport assess(Dataset dataset, LocalDate asOf) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(asOf, "asOf");
    DayIndex index = new DayIndex(dataset, asOf);
    List<GroupAssessment> assessments = new ArrayList<>(dataset.groups().size());
    List<Group> groups = dataset.groups();
    for (int from = 0; from < groups.size(); from += BATCH) {
      assessments.addAll(assess(index, groups.subList(from, Math.min(groups.size(),
          from + BATCH))));
    }
    LOG.debug("assessed {} groups on {} under policy {}", groups.size(), asOf,
        policy.policy().id());
    return AssessmentReport.builder()
        .asOf(asOf)
        .policyId(policy.policy().id())
        .groups(assessments)
        .build();
  }

  /** The group with {@code groupId} on {@code asOf}, in the context of its dataset. */
  public GroupAssessment assess(Dataset dataset, String groupId, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Group group = group(dataset, groupId);
    GroupAssessment assessment = assess(new DayIndex(dataset, asOf), List.of(group)).get(0);
    LOG.debug("assessed group {} on {}: {}", groupId, asOf, assessment.verdict());
    return assessment;
  }

  private static Group group(Dataset dataset, String groupId) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(groupId, "groupId");
    return dataset.group(groupId).orElseThrow(() -> new LapeValidationException(
        "group " + fi.lape.core.internal.Checks.abbreviate(groupId)
            + " is not in the dataset"));
  }

  private List<GroupAssessment> assess(DayIndex index, List<Group> groups) {
    List<PreparedGroup> prepared = new ArrayList<>(groups.size());
    for (Group group : groups) {
      prepared.add(FactBuilder.prepare(group, index, policy));
    }
    Emitter out = rules.run(prepared);
    if (userRules != null) {
      for (Finding finding : userRules.run(index, policy.policy(), prepared)) {
        userFinding(out, finding, prepared);
      }
    }
    List<GroupAssessment> assessments = new ArrayList<>(prepared.size());
    for (PreparedGroup group : prepared) {
      assessments.add(assemble(group, index.day(), out));
    }
    return assessments;
  }

  /** A user rule's finding, under the policy's switches and overrides like any other. */
  private void userFinding(Emitter out, Finding finding, List<PreparedGroup> batch) {
    CoveragePolicy p = policy.policy();
    if (batch.stream().noneMatch(g -> g.group.id().equals(finding.groupId()))) {
      throw new LapeValidationException("user rule " + finding.ruleId()
          + " reported a finding about group " + finding.groupId()
          + ", which is not being assessed: report findings about the AssessedGroup matched");
    }
    if (!p.isEnabled(finding.ruleId())
        || finding.requirementId().map(id -> !p.isEnabled(id)).orElse(false)) {
      return;
    }
    Severity severity = finding.requirementId()
        .map(id -> p.severityOverrides().get(id))
        .orElse(p.severityOf(finding.ruleId(), finding.severity()));
    out.addExternal(severity == finding.severity() ? finding
        : Finding.builder().from(finding).severity(severity).build());
  }

  private GroupAssessment assemble(PreparedGroup group, LocalDate day, Emitter out) {
    List<Finding> findings = new ArrayList<>(out.findings(group.group.id()));
    findings.sort(FINDING_ORDER);
    List<CoverageLine> coverage = new ArrayList<>(group.facts.requirements.size());
    for (RequirementFacts r : group.facts.requirements) {
      coverage.add(CoverageLine.builder()
          .requirementId(r.getRequirementId())
          .ruleId(r.getRuleId())
          .severity(r.getSeverity())
          .required(r.getRequired())
          .witnessIds(r.witnessIds)
          .distinctPersons(r.distinctPersons)
          .linkedGroupIds(r.linkedGroupIds)
          .wouldSatisfy(r.requirement.requirement().anyOf())
          .build());
    }
    GroupFacts facts = group.facts;
    return GroupAssessment.builder()
        .groupId(group.group.id())
        .groupKind(group.group.kind())
        .asOf(day)
        .multidisciplinarity(Multidisciplinarity.builder()
            .failedRules(out.failedRules(group.group.id()))
            .branches(group.branches)
            .organisations(facts.organisations)
            .minBranches(facts.minBranches)
            .minOrganisations(facts.minOrganisations)
            .build())
        .findings(findings)
        .coverage(coverage)
        .build();
  }

  /**
   * The group's compliance from {@code from} to {@code to}: assessed on {@code from} and on every
   * day a membership term starts or ends (the day after its last day), neighbours with the same
   * verdict and error rules merged. Terms of other groups and region changes count only when a
   * cross-group rule can be an error under the policy, or users' rules are present.
   */
  public ComplianceTimeline timeline(Dataset dataset, String groupId, LocalDate from,
      LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Group group = group(dataset, groupId);
    if (to.isBefore(from)) {
      throw new LapeValidationException(
          "timeline of group " + groupId + ": to " + to + " is before from " + from);
    }
    TreeSet<LocalDate> days = new TreeSet<>();
    days.add(from);
    boolean everything = crossGroupErrors || userRules != null;
    for (Group g : everything ? dataset.groups() : List.of(group)) {
      for (Membership m : g.memberships()) {
        boundary(days, m.term().start(), from, to);
        m.term().end().ifPresent(end -> boundary(days, end.plusDays(1), from, to));
      }
    }
    if (everything) {
      for (Municipality municipality : dataset.geography().municipalities()) {
        for (RegionMembership period : municipality.regionMemberships()) {
          period.validFrom().ifPresent(d -> boundary(days, d, from, to));
          period.validTo().ifPresent(d -> boundary(days, d.plusDays(1), from, to));
        }
      }
    }
    List<TimelineInterval> intervals = new ArrayList<>();
    LocalDate start = null;
    Verdict verdict = null;
    List<String> errors = null;
    for (LocalDate day : days) {
      GroupAssessment assessment = assess(new DayIndex(dataset, day), List.of(group)).get(0);
      List<String> dayErrors = errorRuleIds(assessment);
      if (start != null && verdict == assessment.verdict() && errors.equals(dayErrors)) {
        continue;
      }
      if (start != null) {
        intervals.add(interval(start, day.minusDays(1), verdict, errors));
      }
      start = day;
      verdict = assessment.verdict();
      errors = dayErrors;
    }
    intervals.add(interval(start, to, verdict, errors));
    LOG.debug("timeline of group {} from {} to {}: {} days assessed, {} intervals", groupId,
        from, to, days.size(), intervals.size());
    return ComplianceTimeline.builder()
        .groupId(groupId)
        .from(from)
        .to(to)
        .intervals(intervals)
        .build();
  }

  private static void boundary(TreeSet<LocalDate> days, LocalDate day, LocalDate from,
      LocalDate to) {
    if (day.isAfter(from) && !day.isAfter(to)) {
      days.add(day);
    }
  }

  private static List<String> errorRuleIds(GroupAssessment assessment) {
    TreeSet<String> ids = new TreeSet<>();
    for (Finding finding : assessment.findings()) {
      if (finding.severity() == Severity.ERROR) {
        ids.add(finding.ruleId());
      }
    }
    return List.copyOf(ids);
  }

  private static TimelineInterval interval(LocalDate start, LocalDate end, Verdict verdict,
      List<String> errors) {
    return TimelineInterval.builder()
        .start(start)
        .end(end)
        .verdict(verdict)
        .errorRuleIds(errors)
        .build();
  }
}
