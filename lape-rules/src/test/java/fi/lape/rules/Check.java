package fi.lape.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.Membership;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Policies;
import fi.lape.core.report.CoverageLine;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Small helpers shared by the rule tests. */
final class Check {
  static final GroupAssessor BASELINE = GroupAssessor.of(Policies.nationalBaseline());

  private Check() {}

  static GroupAssessment assess(Dataset dataset, String groupId) {
    return BASELINE.assess(dataset, groupId, SeedData.DAY);
  }

  static GroupAssessment assess(CoveragePolicy policy, Dataset dataset, String groupId,
      LocalDate day) {
    return GroupAssessor.of(policy).assess(dataset, groupId, day);
  }

  static List<Finding> findings(GroupAssessment assessment, String ruleId) {
    return assessment.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /** The only finding of {@code ruleId}, failing if there is not exactly one. */
  static Finding only(GroupAssessment assessment, String ruleId) {
    List<Finding> found = findings(assessment, ruleId);
    assertEquals(1, found.size(), () -> ruleId + " findings: " + found);
    return found.get(0);
  }

  static void none(GroupAssessment assessment, String ruleId) {
    List<Finding> found = findings(assessment, ruleId);
    assertTrue(found.isEmpty(), () -> "unexpected " + ruleId + " findings: " + found);
  }

  static CoverageLine line(GroupAssessment assessment, String requirementId) {
    return assessment.coverage().stream().filter(l -> l.requirementId().equals(requirementId))
        .findFirst().orElseThrow(() -> new AssertionError("no coverage line " + requirementId));
  }

  /** The seed dataset with the memberships {@code ids} of group {@code groupId} removed. */
  static Dataset without(String groupId, String... ids) {
    Set<String> drop = Set.of(ids);
    return SeedData.with(groupId, g -> g.memberships(g.build().memberships().stream()
        .filter(m -> !drop.contains(m.id())).toList()));
  }

  /** The seed dataset with membership {@code id} of group {@code groupId} changed. */
  static Dataset changed(String groupId, String id, UnaryOperator<Membership.Builder> change) {
    return changed(SeedData.dataset(), groupId, id, change);
  }

  /** {@code dataset} with membership {@code id} of group {@code groupId} changed. */
  static Dataset changed(Dataset dataset, String groupId, String id,
      UnaryOperator<Membership.Builder> change) {
    return SeedData.with(dataset, groupId, g -> g.memberships(g.build().memberships().stream()
        .map(m -> m.id().equals(id) ? change.apply(Membership.builder().from(m)).build() : m)
        .toList()));
  }

  /** The seed dataset with {@code membership} added to group {@code groupId}. */
  static Dataset added(String groupId, Membership membership) {
    return SeedData.with(groupId, g -> g.addMembership(membership));
  }

  /** The seed dataset with group {@code groupId} changed. */
  static Dataset group(String groupId, UnaryOperator<Group.Builder> change) {
    return SeedData.with(groupId, change);
  }
}
