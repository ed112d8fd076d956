package fi.lape.json.internal;

import fi.lape.core.internal.Checks;
import fi.lape.json.ProblemCode;
import fi.lape.core.Branch;
import fi.lape.core.Duty;
import fi.lape.core.GroupKind;
import fi.lape.core.Role;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Requirement;
import fi.lape.core.policy.Severity;
import fi.lape.core.policy.Thresholds;
import fi.lape.json.LapeDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Binds a policy document, and its parts for the Jackson module. */
final class PolicyBinder extends Binder {
  PolicyBinder(Problems problems, Options options) {
    super(problems, options);
  }

  /** The policy, or null when anything is wrong (every problem recorded). */
  CoveragePolicy policy(Tree.Node node, boolean document) {
    Tree.Obj root = root(node, LapeDocument.POLICY, document, "id", "name", "description",
        "thresholds", "severityOverrides", "disabledRules", "requirements");
    if (root == null) {
      return null;
    }
    int mark = mark();
    String id = get(root, "id", REQUIRED, this::id);
    String name = get(root, "name", REQUIRED, this::text);
    Optional<String> description = optional(root, "description", this::string);
    Optional<Thresholds> thresholds = optional(root, "thresholds", this::thresholds);
    Map<String, Severity> overrides = severityOverrides(root.get("severityOverrides"));
    Set<String> disabled = set(root, "disabledRules", this::id);
    List<Requirement> requirements = list(root, "requirements", this::requirement);
    unique(root, "requirements", "id", ProblemCode.DUPLICATE_ID, "duplicate.requirement");
    return cleanSince(mark)
        ? build(root, () -> {
            CoveragePolicy.Builder policy = CoveragePolicy.builder().id(id).name(name)
                .description(description).requirements(requirements)
                .severityOverrides(overrides).disabledRules(disabled);
            thresholds.ifPresent(policy::thresholds);
            return policy.build();
          })
        : null;
  }

  private Map<String, Severity> severityOverrides(Tree.Node node) {
    Map<String, Severity> overrides = new LinkedHashMap<>();
    if (node == null) {
      return overrides;
    }
    Tree.Obj o = anyObject(node);
    if (o == null) {
      return overrides;
    }
    for (Tree.Member member : o.members.values()) {
      if (!Checks.isId(member.name)) {
        problems.add(member, member.value.pointer, ProblemCode.INVALID_ID, "invalidRuleId",
            Text.shape(member.name));
      }
      Severity severity = get(o, member.name, REQUIRED, code(Severity.class));
      if (severity != null) {
        overrides.put(member.name, severity);
      }
    }
    return overrides;
  }

  Thresholds thresholds(Tree.Node node) {
    Tree.Obj o = object(node, "minBranches", "minOrganisations");
    if (o == null) {
      return null;
    }
    int mark = mark();
    Optional<Integer> branches = optional(o, "minBranches", integer(0));
    Optional<Integer> organisations = optional(o, "minOrganisations", integer(0));
    return cleanSince(mark)
        ? build(o, () -> {
            Thresholds.Builder thresholds = Thresholds.builder();
            branches.ifPresent(thresholds::minBranches);
            organisations.ifPresent(thresholds::minOrganisations);
            return thresholds.build();
          })
        : null;
  }

  Requirement requirement(Tree.Node node) {
    Tree.Obj o = object(node, "id", "ruleId", "groupKinds", "municipality", "anyOf",
        "minMembers", "severity", "citation", "description");
    if (o == null) {
      return null;
    }
    int mark = mark();
    String id = get(o, "id", REQUIRED, this::id);
    Optional<String> ruleId = optional(o, "ruleId", this::id);
    Set<GroupKind> kinds = set(o, "groupKinds", code(GroupKind.class));
    Optional<String> municipality = optional(o, "municipality", this::municipalityCode);
    Criteria anyOf = get(o, "anyOf", REQUIRED, this::criteria);
    if (anyOf != null && anyOf.isEmpty()) {
      problems.add(o.get("anyOf"), ProblemCode.EMPTY_CRITERIA, "emptyCriteria");
    }
    Optional<Integer> minMembers = optional(o, "minMembers", integer(1));
    Optional<Severity> severity = optional(o, "severity", code(Severity.class));
    Optional<String> citation = optional(o, "citation", this::string);
    Optional<String> description = optional(o, "description", this::string);
    return cleanSince(mark)
        ? build(o, () -> {
            Requirement.Builder requirement = Requirement.builder().id(id).groupKinds(kinds)
                .municipality(municipality).anyOf(anyOf).description(description);
            ruleId.ifPresent(requirement::ruleId);
            minMembers.ifPresent(requirement::minMembers);
            severity.ifPresent(requirement::severity);
            citation.ifPresent(requirement::citation);
            return requirement.build();
          })
        : null;
  }

  Criteria criteria(Tree.Node node) {
    Tree.Obj o = object(node, "sectors", "branches", "voices", "duties", "roles",
        "linkedGroupKinds");
    if (o == null) {
      return null;
    }
    int mark = mark();
    Set<Sector> sectors = set(o, "sectors", code(Sector.class));
    Set<Branch> branches = set(o, "branches", code(Branch.class));
    Set<Voice> voices = set(o, "voices", code(Voice.class));
    Set<Duty> duties = set(o, "duties", code(Duty.class));
    Set<Role> roles = set(o, "roles", code(Role.class));
    Set<GroupKind> kinds = set(o, "linkedGroupKinds", code(GroupKind.class));
    return cleanSince(mark)
        ? build(o, () -> Criteria.builder().sectors(sectors).branches(branches).voices(voices)
            .duties(duties).roles(roles).linkedGroupKinds(kinds).build())
        : null;
  }
}
