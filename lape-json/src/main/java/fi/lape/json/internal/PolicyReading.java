package fi.lape.json.internal;

import fi.lape.core.Branch;
import fi.lape.core.Duty;
import fi.lape.core.GroupKind;
import fi.lape.core.OrganisationKind;
import fi.lape.core.Role;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import fi.lape.core.internal.Checks;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Policies;
import fi.lape.core.policy.Requirement;
import fi.lape.core.policy.Severity;
import fi.lape.core.policy.Thresholds;
import fi.lape.json.LapeDocument;
import fi.lape.json.ProblemCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns a bound policy document, or one of its parts, into lape-core's values. */
class PolicyReading extends Reading {
  PolicyReading(WireParser parser, Options options) {
    super(parser, options);
  }

  /** The policy of a whole document, or null when anything is wrong (recorded). */
  CoveragePolicy document(Wire.PolicyDoc doc) {
    if (doc == null || !document(doc.format, doc.version, LapeDocument.POLICY)) {
      return null;
    }
    At root = At.ROOT;
    int mark = mark();
    String id = required(doc.id, root, "id", this::id);
    String name = required(doc.name, root, "name", this::text);
    Optional<String> description = optional(doc.description, root, "description", this::string);
    Optional<CoveragePolicy> base = optional(doc.base, root, "extends", this::builtInPolicy);
    Optional<Thresholds> thresholds =
        optional(doc.thresholds, root, "thresholds", this::thresholds);
    Map<String, Severity> overrides = severityOverrides(
        optional(doc.severityOverrides, root, "severityOverrides"), root.member("severityOverrides"));
    Set<String> disabled = set(doc.disabledRules, root, "disabledRules", this::id);
    Set<String> enabled = set(doc.enabledRules, root, "enabledRules", this::id);
    List<Requirement> requirements = list(doc.requirements, root, "requirements", this::requirement);
    unique(doc.requirements, root, "requirements", r -> r.id, "id", ProblemCode.DUPLICATE_ID,
        "duplicate.requirement");
    List<String> rules = list(doc.rules, root, "rules", this::text);
    Map<String, Map<String, String>> messages =
        policyMessages(optional(doc.messages, root, "messages"), root.member("messages"));
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
  private CoveragePolicy builtInPolicy(String text, At at) {
    String id = id(text, at);
    if (id == null) {
      return null;
    }
    Optional<CoveragePolicy> base = Policies.byId(id);
    if (base.isEmpty()) {
      problem(at, ProblemCode.UNKNOWN_CODE, "unknownPolicy", Text.id(id),
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
  private Map<String, Map<String, String>> policyMessages(Map<String, Wire.Messages> wire,
      At at) {
    Map<String, Map<String, String>> messages = new LinkedHashMap<>();
    if (wire == null) {
      return messages;
    }
    for (Map.Entry<String, Wire.Messages> member : wire.entrySet()) {
      if (member.getKey().isBlank()) {
        problems.add(at.member(member.getKey()).pointer(), Problems.Anchor.NAME,
            ProblemCode.BLANK_STRING, "blank");
      }
      Map<String, String> byLanguage =
          required(member.getValue(), at, member.getKey(), this::messages);
      if (byLanguage != null && !byLanguage.isEmpty()) {
        messages.put(member.getKey(), byLanguage);
      }
    }
    return messages;
  }

  private Map<String, Severity> severityOverrides(Map<String, String> wire, At at) {
    Map<String, Severity> overrides = new LinkedHashMap<>();
    if (wire == null) {
      return overrides;
    }
    for (Map.Entry<String, String> member : wire.entrySet()) {
      if (!Checks.isId(member.getKey())) {
        problems.add(at.member(member.getKey()).pointer(), Problems.Anchor.NAME,
            ProblemCode.INVALID_ID, "invalidRuleId", Text.shape(member.getKey()));
      }
      Severity severity = required(member.getValue(), at, member.getKey(), code(Severity.class));
      if (severity != null) {
        overrides.put(member.getKey(), severity);
      }
    }
    return overrides;
  }

  Thresholds thresholds(Wire.Thresholds w, At at) {
    int mark = mark();
    Optional<Integer> branches = optional(w.minBranches, at, "minBranches", integer(0));
    Optional<Integer> organisations =
        optional(w.minOrganisations, at, "minOrganisations", integer(0));
    return cleanSince(mark)
        ? build(at, () -> {
            Thresholds.Builder thresholds = Thresholds.builder();
            branches.ifPresent(thresholds::minBranches);
            organisations.ifPresent(thresholds::minOrganisations);
            return thresholds.build();
          })
        : null;
  }

  Requirement requirement(Wire.Requirement w, At at) {
    int mark = mark();
    String id = required(w.id, at, "id", this::id);
    Optional<String> ruleId = optional(w.ruleId, at, "ruleId", this::id);
    Set<GroupKind> kinds = set(w.groupKinds, at, "groupKinds", code(GroupKind.class));
    Optional<String> municipality =
        optional(w.municipality, at, "municipality", this::municipalityCode);
    Set<String> municipalities = set(w.municipalities, at, "municipalities",
        this::municipalityCode);
    Optional<String> region = optional(w.region, at, "region", this::regionCode);
    boolean anyOfAbsent = w.anyOf == null && !presentButNull(at, "anyOf");
    boolean allOfAbsent = w.allOf == null && !presentButNull(at, "allOf");
    Criteria anyOf = anyOfAbsent && !allOfAbsent
        ? Criteria.builder().build()
        : required(w.anyOf, at, "anyOf", this::criteria);
    List<Criteria> allOf = list(w.allOf, at, "allOf", this::allOfCriteria);
    if (anyOf != null && anyOf.isEmpty() && allOf.isEmpty()
        && (w.allOf == null || w.allOf.isEmpty())) {
      if (!anyOfAbsent) {
        problem(at.member("anyOf"), ProblemCode.EMPTY_CRITERIA, "emptyCriteria");
      } else {
        problem(at.member("allOf"), ProblemCode.EMPTY_CRITERIA, "emptyAllOfList");
      }
    }
    Optional<Integer> minMembers = optional(w.minMembers, at, "minMembers", integer(1));
    Optional<Integer> minOrganisations =
        optional(w.minOrganisations, at, "minOrganisations", integer(0));
    Optional<Severity> severity = optional(w.severity, at, "severity", code(Severity.class));
    Optional<String> citation = optional(w.citation, at, "citation", this::string);
    Optional<String> description = optional(w.description, at, "description", this::string);
    Map<String, String> messages = w.messages == null && !presentButNull(at, "messages")
        ? Map.of() : required(w.messages, at, "messages", this::messages);
    return cleanSince(mark)
        ? build(at, () -> {
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
  private Criteria allOfCriteria(Wire.Criteria w, At at) {
    Criteria c = criteria(w, at);
    if (c == null) {
      return null;
    }
    if (c.isEmpty()) {
      problem(at, ProblemCode.EMPTY_CRITERIA, "emptyAllOf");
      return null;
    }
    if (!c.linkedGroupKinds().isEmpty()) {
      problem(at.member("linkedGroupKinds"), ProblemCode.INVALID_VALUE, "linkedInAllOf");
      return null;
    }
    return c;
  }

  Criteria criteria(Wire.Criteria w, At at) {
    int mark = mark();
    Set<Sector> sectors = set(w.sectors, at, "sectors", code(Sector.class));
    Set<Branch> branches = set(w.branches, at, "branches", code(Branch.class));
    Set<Voice> voices = set(w.voices, at, "voices", code(Voice.class));
    Set<Duty> duties = set(w.duties, at, "duties", code(Duty.class));
    Set<Role> roles = set(w.roles, at, "roles", code(Role.class));
    Set<OrganisationKind> organisationKinds =
        set(w.organisationKinds, at, "organisationKinds", code(OrganisationKind.class));
    Set<GroupKind> kinds = set(w.linkedGroupKinds, at, "linkedGroupKinds", code(GroupKind.class));
    return cleanSince(mark)
        ? build(at, () -> Criteria.builder().sectors(sectors).branches(branches).voices(voices)
            .duties(duties).roles(roles).organisationKinds(organisationKinds)
            .linkedGroupKinds(kinds).build())
        : null;
  }
}
