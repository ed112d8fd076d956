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
import fi.lape.core.policy.Thresholds;
import fi.lape.core.report.AssessmentReport;
import fi.lape.core.report.ComplianceTimeline;
import fi.lape.core.report.CoverageLine;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import fi.lape.core.report.Multidisciplinarity;
import fi.lape.core.report.TimelineInterval;
import fi.lape.core.report.Verdict;
import java.time.LocalDate;
import fi.lape.rules.facts.CoverageRuleFailed;
import fi.lape.rules.facts.GroupComposition;
import fi.lape.rules.facts.Multidisciplinary;
import fi.lape.rules.facts.RequirementOutcome;
import fi.lape.rules.facts.Seat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code GroupAssessor} does: prepares the facts of the day in Java, lets the rules decide in
 * a session per region of the groups concerned (the whole dataset, or one group's neighbourhood;
 * one session for them all when users' rules are present), and assembles the reports
 * from the rules' findings and conclusions. Immutable and thread-safe; every call works on its own
 * session and emitter.
 */
public final class AssessmentEngine {
  private static final Logger LOG = LoggerFactory.getLogger(AssessmentEngine.class);

  /**
   * {@link Finding#ORDER}, then the message key: two variants of one rule with the same ids and
   * arguments (LAPE-M07's interfaces) come out in the same order on every run.
   */
  public static final java.util.Comparator<Finding> FINDING_ORDER =
      Finding.ORDER.thenComparing(Finding::messageKey);

  private final CoveragePolicy policy;
  private final RuleRun rules;
  private final UserRules userRules;

  /** An engine for {@code policy}, with users' rules or {@code null}. */
  public AssessmentEngine(CoveragePolicy policy, UserRules userRules) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.rules = new RuleRun(policy);
    this.userRules = userRules;
    BuiltInRules.prepare();
  }

  public CoveragePolicy policy() {
    return policy;
  }

  /** Every group of {@code dataset} on {@code asOf}, in dataset order. */
  public AssessmentReport assess(Dataset dataset, LocalDate asOf) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(asOf, "asOf");
    List<GroupAssessment> assessments =
        assess(dataset, asOf, dataset.groups(), dataset.groups(), id -> true);
    LOG.debug("assessed {} groups on {} under policy {}", assessments.size(), asOf, policy.id());
    return AssessmentReport.builder()
        .asOf(asOf)
        .policyId(policy.id())
        .groups(assessments)
        .build();
  }

  /** The group with {@code groupId} on {@code asOf}, in the context of its dataset. */
  public GroupAssessment assess(Dataset dataset, String groupId, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Group group = group(dataset, groupId);
    GroupAssessment assessment = assessOne(dataset, group, asOf);
    LOG.debug("assessed group {} on {}: {}", groupId, asOf, assessment.verdict());
    return assessment;
  }

  private GroupAssessment assessOne(Dataset dataset, Group group, LocalDate day) {
    // Users' rules may look anywhere: they get the whole dataset. lape's own rules need only the
    // group's neighbourhood.
    List<Group> facts = userRules != null ? dataset.groups()
        : FactBuilder.neighbourhood(dataset, day, group);
    String id = group.id();
    return assess(dataset, day, facts, List.of(group), id::equals).get(0);
  }

  private static Group group(Dataset dataset, String groupId) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(groupId, "groupId");
    return dataset.group(groupId).orElseThrow(() -> new LapeValidationException(
        "group " + fi.lape.core.internal.Checks.abbreviate(groupId)
            + " is not in the dataset"));
  }

  private List<GroupAssessment> assess(Dataset dataset, LocalDate day, List<Group> factGroups,
      List<Group> assessed, Predicate<String> keep) {
    // lape's own rules relate groups only within a region: a session per region keeps each
    // session small whatever the size of the dataset. Users' rules may relate any groups, so with
    // them there is one session, with every organisation, for the whole dataset.
    Collection<List<Group>> parts = userRules != null ? List.of(factGroups)
        : FactBuilder.byRegion(dataset, day, factGroups);
    Map<Group, Integer> positions = new IdentityHashMap<>(factGroups.size() * 2);
    factGroups.forEach(g -> positions.put(g, positions.size()));
    Iterable<List<Object>> sessions = () -> parts.stream()
        .map(part -> FactBuilder.dataset(dataset, day, part, userRules != null, positions::get))
        .iterator();
    RuleRun.Result run = rules.run(sessions, keep);
    Conclusions conclusions = new Conclusions(run.facts());
    if (userRules != null) {
      for (Finding finding : userRules.run(dataset, day, policy, assessed, run.facts())) {
        userFinding(run.out(), finding, keep);
      }
    }
    List<GroupAssessment> assessments = new ArrayList<>(assessed.size());
    for (Group group : assessed) {
      assessments.add(assemble(group, day, run.out(), conclusions));
    }
    return assessments;
  }

  /** A user rule's finding, under the policy's switches and overrides like any other. */
  private void userFinding(Emitter out, Finding finding, Predicate<String> keep) {
    if (!keep.test(finding.groupId())) {
      return;
    }
    if (!policy.isEnabled(finding.ruleId())
        || finding.requirementId().map(id -> !policy.isEnabled(id)).orElse(false)) {
      return;
    }
    Severity severity = finding.requirementId()
        .map(id -> policy.severityOverrides().get(id))
        .orElse(policy.severityOf(finding.ruleId(), finding.severity()));
    Finding.Builder builder = Finding.builder().from(finding).severity(severity);
    if (finding.messages().isEmpty()) {
      Map<String, String> messages = userRules.messages(policy, finding.messageKey());
      builder.messages(messages);
    }
    out.addExternal(builder.build());
  }

  /** The rules' conclusions, by group: read, never re-decided. */
  private static final class Conclusions {
    final Map<String, List<RequirementOutcome>> outcomes = new HashMap<>();
    final Map<String, GroupComposition> compositions = new HashMap<>();
    final Map<String, TreeSet<String>> failed = new HashMap<>();
    final Map<String, Boolean> multidisciplinary = new HashMap<>();

    Conclusions(java.util.Collection<?> facts) {
      for (Object fact : facts) {
        if (fact instanceof RequirementOutcome o) {
          outcomes.computeIfAbsent(o.getGroupId(), g -> new ArrayList<>()).add(o);
        } else if (fact instanceof GroupComposition c) {
          compositions.put(c.getGroupId(), c);
        } else if (fact instanceof CoverageRuleFailed f) {
          failed.computeIfAbsent(f.getGroupId(), g -> new TreeSet<>()).add(f.getRuleId());
        } else if (fact instanceof Multidisciplinary m) {
          multidisciplinary.put(m.getGroupId(), m.isMultidisciplinary());
        }
      }
    }
  }

  private GroupAssessment assemble(Group group, LocalDate day, Emitter out,
      Conclusions conclusions) {
    String id = group.id();
    List<Finding> findings = new ArrayList<>(out.findings(id));
    findings.sort(FINDING_ORDER);
    List<RequirementOutcome> outcomes =
        new ArrayList<>(conclusions.outcomes.getOrDefault(id, List.of()));
    outcomes.sort(Comparator.comparingInt(o -> o.getRequirement().getPosition()));
    List<CoverageLine> coverage = new ArrayList<>(outcomes.size());
    for (RequirementOutcome o : outcomes) {
      List<Seat> witnesses = new ArrayList<>(o.getTally().getWitnesses());
      witnesses.sort(Comparator.comparingInt(Seat::getPosition));
      List<String> linked = new ArrayList<>(o.getTally().getLinkedGroupIds());
      java.util.Collections.sort(linked);
      coverage.add(CoverageLine.builder()
          .requirementId(o.getRequirementId())
          .ruleId(o.getRuleId())
          .severity(o.getRequirement().getSeverity())
          .required(o.getRequirement().getMinMembers())
          .requiredOrganisations(o.getRequirement().getMinOrganisations())
          .witnessIds(witnesses.stream().map(Seat::getMembershipId).toList())
          .distinctPersons(o.getTally().getPersons())
          .distinctOrganisations(o.getTally().getOrganisations())
          .linkedGroupIds(linked)
          .wouldSatisfy(o.getRequirement().getRequirement().anyOf())
          .satisfied(o.isMet())
          .build());
    }
    GroupComposition composition = conclusions.compositions.get(id);
    Thresholds thresholds = policy.thresholds();
    return GroupAssessment.builder()
        .groupId(id)
        .groupKind(group.kind())
        .asOf(day)
        .multidisciplinarity(Multidisciplinarity.builder()
            .failedRules(conclusions.failed.getOrDefault(id, new TreeSet<>()))
            .branches(composition.getBranches())
            .organisations(composition.getOrganisationCount())
            .minBranches(thresholds.minBranches())
            .minOrganisations(thresholds.minOrganisations())
            .multidisciplinary(conclusions.multidisciplinary.get(id))
            .build())
        .findings(findings)
        .coverage(coverage)
        .build();
  }

  /**
   * The group's compliance from {@code from} to {@code to}: assessed on {@code from} and on every
   * day a membership term starts or ends (the day after its last day), neighbours with the same
   * verdict and error rules merged. The terms of the groups in its neighbourhood (every group's
   * when users' rules are present) and region changes count too.
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
    // The terms that can change the group's findings: its own and its neighbourhood's (the groups
    // its cross-group rules and linked voice groups look at), or every group's for users' rules.
    java.util.Set<Group> groups = new java.util.LinkedHashSet<>();
    if (userRules != null) {
      groups.addAll(dataset.groups());
    } else {
      groups.addAll(FactBuilder.neighbourhood(dataset, from, group));
      groups.addAll(FactBuilder.neighbourhood(dataset, to, group));
    }
    for (Group g : groups) {
      g.term().ifPresent(t -> {
        boundary(days, t.start(), from, to);
        t.end().ifPresent(end -> boundary(days, end.plusDays(1), from, to));
      });
      for (Membership m : g.memberships()) {
        boundary(days, m.term().start(), from, to);
        m.term().end().ifPresent(end -> boundary(days, end.plusDays(1), from, to));
      }
    }
    if (groups.size() > 1) {
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
      GroupAssessment assessment = assessOne(dataset, group, day);
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
