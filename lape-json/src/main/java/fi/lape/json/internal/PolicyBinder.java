package fi.lape.json.internal;

import fi.lape.core.internal.Checks;
import fi.lape.json.ProblemCode;
import fi.lape.core.Branch;
import fi.lape.core.Duty;
import fi.lape.core.GroupKind;
import fi.lape.core.OrganisationKind;
import fi.lape.core.Role;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Policies;
import fi.lape.core.policy.Requirement;
import fi.lape.core.policy.Severity;
import fi.lape.core.policy.Thresholds;
import fi.lape.json.LapeDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Binds a policy document, and its parts for the Jackson module. */
final class PolicyBinder extends Binder {
  PolicyBinder(Problems problems, Options options) {
    super(problems, options);
  }

  /** The policy, or null when anything is wrong (every problem recorded). */
  CoveragePolicy policy(Tree.Node node, boolean document) {
    Tree.Obj root = root(node, LapeDocument.POLICY, document, "id", "name", "description",
        "extends", "thresholds", "severityOverrides", "disabledRules", "enabledRules",
        "requirements", "rules", "messages");
    if (root == null) {
      return null;
    }
    int mark = mark();
    String id = get(root, "id", REQUIRED, this::id);
    String name = get(root, "name", REQUIRED, this::text);
    Optional<String> description = optional(root, "description", this::string);
    Optional<CoveragePolicy> base = optional(root, "extends", this::builtInPolicy);
    Optional<Thresholds> thresholds = optional(root, "thresholds", this::thresholds);
    Map<String, Severity> overrides = severityOverrides(root.get("severityOverrides"));
    Set<String> disabled = set(root, "disabledRules", this::id);
    Set<String> enabled = set(root, "enabledRules", this::id);
    List<Requirement> requirements = list(root, "requirements", this::requirement);
    unique(root, "requirements", "id", ProblemCode.DUPLICATE_ID, "duplicate.requirement");
    List<String> rules = list(root, "rules", this::text);
    Map<String, Map<String, String>> messages = policyMessages(root.get("messages"));
    return cleanSince(mark)
        ? build(root, () -> {
            CoveragePolicy.Builder policy = base.isPresent()
                ? CoveragePolicy.extending(base.get())
                : CoveragePolicy.builder();
            policy.id(id).name(name).description(description)
                .requirements(withOwn(base, requirements))
                .putAllSeverityOverrides(overrides).addAllDisabledRules(disabled)
                .addAllEnabledRules(enabled)
                .addAllRuleFiles(rules).putAllMessages(messages);
            thresholds.ifPresent(policy::thresholds);
            return policy.build();
          })
        : null;
  }

  /** The built-in policy named by {@code extends}, or null (recorded) when there is none. */
  private CoveragePolicy builtInPolicy(Tree.Node node) {
    String id = id(node);
    if (id == null) {
      return null;
    }
    Optional<CoveragePolicy> base = Policies.byId(id);
    if (base.isEmpty()) {
      problems.add(node, ProblemCode.UNKNOWN_CODE, "unknownPolicy", Text.id(id),
          Policies.all().stream().map(CoveragePolicy::id).collect(Collectors.joining(", ")));
      return null;
    }
    return base.get();
  }

  /**
   * The base's requirements with the policy's own: one with the id of a base requirement takes
   * its place, any other follows the base's.
   */
  private static List<Requirement> withOwn(Optional<CoveragePolicy> base, List<Requirement> own) {
    if (base.isEmpty()) {
      return own;
    }
    Map<String, Requirement> all = new LinkedHashMap<>();
    for (Requirement r : base.get().requirements()) {
      all.put(r.id(), r);
    }
    for (Requirement r : own) {
      all.put(r.id(), r);
    }
    return new ArrayList<>(all.values());
  }

  /** A policy's messages: message key to language to pattern. */
  private Map<String, Map<String, String>> policyMessages(Tree.Node node) {
    Map<String, Map<String, String>> messages = new LinkedHashMap<>();
    if (node == null) {
      return messages;
    }
    Tree.Obj o = anyObject(node);
    if (o == null) {
      return messages;
    }
    for (Tree.Member member : o.members.values()) {
      if (member.name.isBlank()) {
        problems.add(member, member.value.pointer, ProblemCode.BLANK_STRING, "blank");
      }
      Map<String, String> byLanguage = get(o, member.name, REQUIRED, this::messages);
      if (byLanguage != null && !byLanguage.isEmpty()) {
        messages.put(member.name, byLanguage);
      }
    }
    return messages;
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
    Tree.Obj o = object(node, "id", "ruleId", "groupKinds", "municipality", "municipalities",
        "region", "anyOf", "allOf", "minMembers", "minOrganisations", "severity", "citation",
        "description", "messages");
    if (o == null) {
      return null;
    }
    int mark = mark();
    String id = get(o, "id", REQUIRED, this::id);
    Optional<String> ruleId = optional(o, "ruleId", this::id);
    Set<GroupKind> kinds = set(o, "groupKinds", code(GroupKind.class));
    Optional<String> municipality = optional(o, "municipality", this::municipalityCode);
    Set<String> municipalities = set(o, "municipalities", this::municipalityCode);
    Optional<String> region = optional(o, "region", this::regionCode);
    Criteria anyOf = o.get("anyOf") == null && o.get("allOf") != null
        ? Criteria.builder().build()
        : get(o, "anyOf", REQUIRED, this::criteria);
    List<Criteria> allOf = list(o, "allOf", this::allOfCriteria);
    if (anyOf != null && anyOf.isEmpty() && allOf.isEmpty() && count(o, "allOf") == 0) {
      if (o.get("anyOf") != null) {
        problems.add(o.get("anyOf"), ProblemCode.EMPTY_CRITERIA, "emptyCriteria");
      } else {
        problems.add(o.get("allOf"), ProblemCode.EMPTY_CRITERIA, "emptyAllOfList");
      }
    }
    Optional<Integer> minMembers = optional(o, "minMembers", integer(1));
    Optional<Integer> minOrganisations = optional(o, "minOrganisations", integer(0));
    Optional<Severity> severity = optional(o, "severity", code(Severity.class));
    Optional<String> citation = optional(o, "citation", this::string);
    Optional<String> description = optional(o, "description", this::string);
    Map<String, String> messages = o.get("messages") == null ? Map.of()
        : get(o, "messages", REQUIRED, this::messages);
    return cleanSince(mark)
        ? build(o, () -> {
            Requirement.Builder requirement = Requirement.builder().id(id).groupKinds(kinds)
                .municipality(municipality).alsoMunicipalities(municipalities).region(region)
                .anyOf(anyOf).allOf(allOf).description(description).messages(messages);
            ruleId.ifPresent(requirement::ruleId);
            minMembers.ifPresent(requirement::minMembers);
            minOrganisations.ifPresent(requirement::minOrganisations);
            severity.ifPresent(requirement::severity);
            citation.ifPresent(requirement::citation);
            return requirement.build();
          })
        : null;
  }

  /** One criteria of {@code allOf}: it must list something, and no linked group kinds. */
  private Criteria allOfCriteria(Tree.Node node) {
    Criteria c = criteria(node);
    if (c == null) {
      return null;
    }
    if (c.isEmpty()) {
      problems.add(node, ProblemCode.EMPTY_CRITERIA, "emptyAllOf");
      return null;
    }
    if (!c.linkedGroupKinds().isEmpty()) {
      problems.add(((Tree.Obj) node).get("linkedGroupKinds"), ProblemCode.INVALID_VALUE,
          "linkedInAllOf");
      return null;
    }
    return c;
  }

  Criteria criteria(Tree.Node node) {
    Tree.Obj o = object(node, "sectors", "branches", "voices", "duties", "roles",
        "organisationKinds", "linkedGroupKinds");
    if (o == null) {
      return null;
    }
    int mark = mark();
    Set<Sector> sectors = set(o, "sectors", code(Sector.class));
    Set<Branch> branches = set(o, "branches", code(Branch.class));
    Set<Voice> voices = set(o, "voices", code(Voice.class));
    Set<Duty> duties = set(o, "duties", code(Duty.class));
    Set<Role> roles = set(o, "roles", code(Role.class));
    Set<OrganisationKind> organisationKinds =
        set(o, "organisationKinds", code(OrganisationKind.class));
    Set<GroupKind> kinds = set(o, "linkedGroupKinds", code(GroupKind.class));
    return cleanSince(mark)
        ? build(o, () -> Criteria.builder().sectors(sectors).branches(branches).voices(voices)
            .duties(duties).roles(roles).organisationKinds(organisationKinds)
            .linkedGroupKinds(kinds).build())
        : null;
  }
}
