package fi.lape.rules.facts;

import fi.lape.core.GroupKind;
import fi.lape.core.policy.Requirement;
import fi.lape.core.policy.Rule;
import fi.lape.core.policy.Severity;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A switched-on requirement of the policy: to which groups it applies (kinds, municipalities,
 * region), how many distinct persons and organisations it asks for, which linked group kinds meet
 * it, and its severity after the policy's overrides. What counts is in its {@link Criterion} atoms,
 * one {@link Clause} per criteria that must all hold.
 */
public final class RequirementFact {
  private final Requirement requirement;
  private final Severity severity;
  private final Set<GroupKind> groupKinds;
  private final Set<String> municipalities;
  private final Set<GroupKind> linkedGroupKinds;
  private final int position;

  /** Made by lape from a policy's requirement; public for tests of your own rules. */
  public RequirementFact(Requirement requirement, Severity severity, int position) {
    this.requirement = requirement;
    this.severity = severity;
    this.groupKinds = requirement.groupKinds().isEmpty() ? EnumSet.allOf(GroupKind.class)
        : EnumSet.copyOf(requirement.groupKinds());
    this.municipalities = new HashSet<>(requirement.municipalities());
    this.linkedGroupKinds = requirement.anyOf().linkedGroupKinds().isEmpty()
        ? EnumSet.noneOf(GroupKind.class)
        : EnumSet.copyOf(requirement.anyOf().linkedGroupKinds());
    this.position = position;
  }

  /** The requirement itself (criteria, messages, citation). */
  public Requirement getRequirement() {
    return requirement;
  }

  public String getRequirementId() {
    return requirement.id();
  }

  public String getRuleId() {
    return requirement.ruleId();
  }

  /** Whether the requirement belongs to a rule of lape's catalogue. */
  public boolean isCatalogue() {
    return Rule.byId(requirement.ruleId()).isPresent();
  }

  /** The severity after the policy's overrides. */
  public Severity getSeverity() {
    return severity;
  }

  /** The severity the requirement itself declares, before overrides. */
  public Severity getDeclaredSeverity() {
    return requirement.severity();
  }

  /** The group kinds it applies to (every kind when the requirement lists none). */
  public Set<GroupKind> getGroupKinds() {
    return groupKinds;
  }

  /** The municipalities it is scoped to; empty for everywhere. */
  public Set<String> getMunicipalities() {
    return municipalities;
  }

  /** The region it is scoped to; null for everywhere. */
  public String getRegion() {
    return requirement.region().orElse(null);
  }

  public Set<GroupKind> getLinkedGroupKinds() {
    return linkedGroupKinds;
  }

  public int getMinMembers() {
    return requirement.minMembers();
  }

  public int getMinOrganisations() {
    return requirement.minOrganisations();
  }

  /** The requirement's place in the policy. */
  public int getPosition() {
    return position;
  }

  @Override
  public String toString() {
    return "RequirementFact{" + requirement.id() + "}";
  }
}
