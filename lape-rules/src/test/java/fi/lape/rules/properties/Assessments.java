package fi.lape.rules.properties;

import fi.lape.core.GroupKind;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Policies;
import fi.lape.core.policy.Requirement;
import fi.lape.core.report.CoverageLine;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import fi.lape.core.report.Multidisciplinarity;
import fi.lape.rules.GroupAssessor;
import fi.lape.testkit.Gen;
import fi.lape.testkit.Generators;
import fi.lape.testkit.GroupCase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/** Shared by the property suites: assessors per policy, and assessments in a comparable form. */
final class Assessments {
  private static final Map<CoveragePolicy, GroupAssessor> ASSESSORS = new HashMap<>();

  private Assessments() {}

  /** One assessor per policy, reused across cases. */
  static synchronized GroupAssessor assessor(CoveragePolicy policy) {
    return ASSESSORS.computeIfAbsent(policy, GroupAssessor::of);
  }

  /** The group of {@code example} assessed on its day under {@code policy}. */
  static GroupAssessment assess(CoveragePolicy policy, GroupCase example) {
    return assessor(policy).assess(example.dataset(), example.groupId(), example.asOf());
  }

  /** A built-in policy half of the time, a generated one otherwise. */
  static final Gen<CoveragePolicy> POLICIES = (rng, size) -> rng.nextBoolean()
      ? Policies.all().get(rng.nextInt(Policies.all().size()))
      : Generators.policies().generate(rng, size);

  /**
   * A random requirement of {@code policy} that the targeted generators ({@link
   * Generators#failing} and the like) accept: switched on, and not a municipality's requirement
   * for regional steering groups alone.
   */
  static Requirement targetable(CoveragePolicy policy, RandomGenerator rng) {
    List<Requirement> targets = policy.requirements().stream().filter(policy::isEnabled)
        .filter(r -> r.municipality().isEmpty()
            || !r.groupKinds().equals(Set.of(GroupKind.REGIONAL_STEERING_GROUP)))
        .toList();
    return targets.get(rng.nextInt(targets.size()));
  }

  /**
   * The assessment with every list that follows the order of the data sorted: the ids a finding or
   * a coverage line is about, and the findings themselves. Equal normal forms mean the same
   * verdict, multidisciplinarity, findings and coverage, whatever the order of the input.
   */
  static List<String> normalForm(GroupAssessment a) {
    List<String> lines = new ArrayList<>();
    Multidisciplinarity md = a.multidisciplinarity();
    lines.add(a.groupId() + " " + a.groupKind() + " " + a.asOf() + " " + a.verdict());
    lines.add("multidisciplinary " + md.multidisciplinary() + " failed " + new TreeSet<>(md.failedRules())
        + " branches " + md.branches() + " organisations " + md.organisations() + " of "
        + md.minBranches() + "/" + md.minOrganisations());
    TreeSet<String> findings = new TreeSet<>();
    for (Finding f : a.findings()) {
      findings.add("finding " + f.ruleId() + " " + f.requirementId().orElse("-") + " "
          + f.severity() + " memberships " + new TreeSet<>(f.membershipIds()) + " persons "
          + new TreeSet<>(f.personIds()) + " " + f.messageKey() + " " + f.arguments() + " "
          + f.citation());
    }
    lines.addAll(findings);
    for (CoverageLine l : a.coverage()) {
      lines.add("coverage " + l.requirementId() + " " + l.ruleId() + " " + l.severity() + " "
          + l.satisfied() + " " + l.distinctPersons() + "/" + l.required() + " deficit "
          + l.deficit() + " witnesses " + new TreeSet<>(l.witnessIds()) + " linked "
          + new TreeSet<>(l.linkedGroupIds()) + " " + l.wouldSatisfy());
    }
    return lines;
  }

  /**
   * The ids of the requirements the reference evaluator (the test-only oracle) finds unmet for the
   * case's group, in policy order.
   */
  static List<String> unmetByReference(CoveragePolicy policy, GroupCase example) {
    List<String> ids = new ArrayList<>();
    for (CoverageLine line : new fi.lape.rules.reference.ReferenceEvaluator(policy)
        .assess(example.dataset(), example.groupId(), example.asOf()).coverage()) {
      if (!line.satisfied()) {
        ids.add(line.requirementId());
      }
    }
    return ids;
  }

  /** The ids of the requirements that findings say are unmet, in the order of the findings. */
  static List<String> unmetRequirements(GroupAssessment a) {
    List<String> ids = new ArrayList<>();
    for (Finding f : a.findings()) {
      f.requirementId().ifPresent(ids::add);
    }
    return ids;
  }
}
