package fi.lape.rules.internal;

import fi.lape.core.policy.Rule;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The DRL global {@code out}: what the rules decided, per group. One per session run, never
 * shared between threads.
 */
public final class Emitter {
  private static final Map<String, String> CITATIONS = new HashMap<>();

  static {
    for (Rule rule : Rule.values()) {
      CITATIONS.put(rule.id(), rule.citation());
    }
  }

  private final Map<String, List<Finding>> findings = new HashMap<>();
  private final Map<String, TreeSet<String>> failedRules = new HashMap<>();

  /** A requirement is not met. */
  public void requirementNotMet(RequirementFacts r, Severity severity) {
    CompiledRequirement req = r.requirement;
    add(Finding.builder()
        .ruleId(req.ruleId())
        .requirementId(req.id())
        .severity(severity)
        .groupId(r.groupId)
        .membershipIds(r.witnessIds)
        .messageKey(req.messageKey())
        .addArgument(req.id())
        .addArgument(Integer.toString(r.distinctPersons))
        .addArgument(Integer.toString(req.minMembers()))
        .citation(req.citation())
        .build());
  }

  /** One of LAPE-M01, M02, M03 or M05 fails, so the group is not multidisciplinary. */
  public void coverageRuleFails(String groupId, String ruleId) {
    failedRules.computeIfAbsent(groupId, g -> new TreeSet<>()).add(ruleId);
  }

  /** A finding of a fixed rule about the group as a whole. */
  public void finding(String groupId, String ruleId, String variant, Severity severity,
      Object... arguments) {
    findingAbout(groupId, ruleId, variant, severity, List.of(), List.of(), arguments);
  }

  /** A finding of a fixed rule about some memberships and persons of the group. */
  public void findingAbout(String groupId, String ruleId, String variant, Severity severity,
      List<String> membershipIds, List<String> personIds, Object... arguments) {
    Finding.Builder finding = Finding.builder()
        .ruleId(ruleId)
        .severity(severity)
        .groupId(groupId)
        .membershipIds(membershipIds)
        .personIds(personIds)
        .messageKey(variant == null ? "finding." + ruleId : "finding." + ruleId + "." + variant)
        .citation(CITATIONS.getOrDefault(ruleId, ""));
    for (Object argument : arguments) {
      finding.addArgument(String.valueOf(argument));
    }
    add(finding.build());
  }

  private void add(Finding finding) {
    findings.computeIfAbsent(finding.groupId(), g -> new ArrayList<>(4)).add(finding);
  }

  /** Adds a finding made outside the built-in rules (users' rules). */
  void addExternal(Finding finding) {
    add(finding);
  }

  /** The findings about {@code groupId}, unordered. */
  List<Finding> findings(String groupId) {
    return findings.getOrDefault(groupId, List.of());
  }

  /** The ids of the coverage rules that fail for {@code groupId}, sorted. */
  List<String> failedRules(String groupId) {
    TreeSet<String> failed = failedRules.get(groupId);
    return failed == null ? List.of() : List.copyOf(failed);
  }
}
