package fi.lape.testkit.internal;

import fi.lape.core.Branch;
import fi.lape.core.Duty;
import fi.lape.core.Geography;
import fi.lape.core.GroupKind;
import fi.lape.core.Municipality;
import fi.lape.core.Role;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Policies;
import fi.lape.core.policy.Requirement;
import fi.lape.core.policy.Rule;
import fi.lape.core.policy.Severity;
import fi.lape.core.policy.Thresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Policies built like users build theirs: one of the shipped policies, some requirements dropped,
 * a municipality's own requirements added (rule LAPE-M09), severities overridden, rules switched
 * off, other thresholds. Requirements never ask for the chair or a plain member, so that a policy
 * does not contradict rule LAPE-M10 or count everyone, and the fixed rules' severities are only
 * ever lowered, so that a compliant group need only meet the requirements and keep the fixed
 * error rules quiet.
 */
public final class RandomPolicies {
  private static final List<Role> COUNTABLE_ROLES = List.of(Role.VICE_CHAIR, Role.SECRETARY,
      Role.PERMANENT_EXPERT, Role.COORDINATOR);
  private static final List<GroupKind> OWN_RULE_KINDS = List.of(GroupKind.PROJECT_STEERING_GROUP,
      GroupKind.REGIONAL_STEERING_GROUP, GroupKind.MUNICIPAL_LAPE_GROUP);
  private static final List<String> SWITCHABLE = List.of("LAPE-M04-PARISH", "LAPE-M06",
      "LAPE-M07", "LAPE-M11", "LAPE-M13", "LAPE-R03", "LAPE-R04", "LAPE-A03", "LAPE-M05-CHILDREN");

  private RandomPolicies() {}

  /** A valid policy; {@code size} bounds the added requirements, overrides and switches. */
  public static CoveragePolicy make(Rng rng, int size) {
    CoveragePolicy base = rng.pick(Policies.all());
    CoveragePolicy.Builder b = CoveragePolicy.builder().from(base)
        .id("generated-" + rng.below(1_000_000)).name("Generated from " + base.name());
    List<Requirement> requirements = new ArrayList<>();
    for (Requirement r : base.requirements()) {
      if (!rng.percent(10)) {
        requirements.add(r);
      }
    }
    int extra = rng.between(0, Math.min(4, size));
    for (int i = 0; i < extra; i++) {
      requirements.add(requirement(rng, "CUSTOM-" + (i + 1)));
    }
    b.requirements(requirements);
    if (rng.percent(50)) {
      b.thresholds(Thresholds.builder().minBranches(rng.between(0, 4))
          .minOrganisations(rng.between(0, 3)).build());
    }
    b.severityOverrides(Map.of());
    int overrides = rng.between(0, Math.min(3, size));
    for (int i = 0; i < overrides; i++) {
      if (rng.percent(50) || requirements.isEmpty()) {
        Rule rule = rng.pick(Rule.values());
        // A fixed rule only ever softened: a policy that raised, say, LAPE-M07 to an error would
        // ask compliant groups for more than their requirements.
        b.putSeverityOverride(rule.id(), rule.isRequirementDriven()
            ? rng.pick(Severity.values()) : rng.pick(Severity.WARNING, Severity.INFO));
      } else {
        b.putSeverityOverride(rng.pick(requirements).id(), rng.pick(Severity.values()));
      }
    }
    b.disabledRules(List.of());
    for (String id : rng.some(SWITCHABLE, 0, Math.min(2, size))) {
      // A switch names a rule of the catalogue or a requirement the policy has.
      if (Rule.byId(id).isPresent()
          || requirements.stream().anyMatch(r -> r.id().equals(id) || r.ruleId().equals(id))) {
        b.addDisabledRule(id);
      }
    }
    return b.build();
  }

  /** A requirement of one municipality's (rule LAPE-M09) or a user's own rule for a kind of group. */
  public static Requirement requirement(Rng rng, String id) {
    Requirement.Builder r = Requirement.builder().id(id).anyOf(criteria(rng))
        .minMembers(rng.pick(1, 1, 1, 2, 3)).severity(rng.pick(Severity.values()))
        .citation("generated");
    if (rng.percent(60)) {
      List<Municipality> all = Geography.builtIn().municipalities();
      r.addGroupKind(GroupKind.MUNICIPAL_LAPE_GROUP).municipality(rng.pick(all).code());
    } else {
      r.addGroupKind(rng.pick(OWN_RULE_KINDS));
    }
    return r.build();
  }

  private static Criteria criteria(Rng rng) {
    Criteria.Builder c = Criteria.builder();
    int n = rng.between(1, 3);
    for (int i = 0; i < n; i++) {
      switch (rng.below(5)) {
        case 0:
          c.addSector(rng.pick(Sector.values()));
          break;
        case 1:
          c.addBranch(rng.pick(Branch.values()));
          break;
        case 2: {
          Voice v = rng.pick(Voice.values());
          c.addVoice(v);
          if (rng.percent(50)) {
            for (GroupKind k : GroupKind.values()) {
              if (k.voices().contains(v)) {
                c.addLinkedGroupKind(k);
              }
            }
          }
          break;
        }
        case 3:
          c.addDuty(rng.pick(Duty.values()));
          break;
        default:
          c.addRole(rng.pick(COUNTABLE_ROLES));
      }
    }
    return c.build();
  }
}
