package fi.lape.rules.internal;

import fi.lape.core.GroupKind;
import fi.lape.core.Role;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import fi.lape.core.internal.Texts;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Requirement;
import fi.lape.core.policy.Rule;
import fi.lape.core.policy.Severity;
import java.util.Optional;
import java.util.Set;

/**
 * A requirement of one policy prepared for fast counting: its criteria as bit masks over the
 * enumerations, its severity after the policy's overrides, its message key and citation.
 */
final class CompiledRequirement {
  private static final Set<String> MULTIDISCIPLINARY_RULES =
      Set.of(Rule.M01.id(), Rule.M02.id(), Rule.M03.id(), Rule.M05.id());

  private final Requirement requirement;
  private final Severity severity;
  private final long sectorMask;
  private final int voiceMask;
  private final int dutyMask;
  private final int roleMask;
  private final int linkedKindMask;
  private final String messageKey;
  private final String citation;

  CompiledRequirement(Requirement requirement, CoveragePolicy policy) {
    this.requirement = requirement;
    this.severity = policy.severityOf(requirement);
    Criteria criteria = requirement.anyOf();
    long sectors = 0;
    for (Sector sector : Sector.values()) {
      if (criteria.sectors().contains(sector) || criteria.branches().contains(sector.branch())) {
        sectors |= 1L << sector.ordinal();
      }
    }
    this.sectorMask = sectors;
    int voices = 0;
    for (Voice voice : Voice.values()) {
      if (criteria.voices().contains(voice) || criteria.branches().contains(voice.branch())) {
        voices |= 1 << voice.ordinal();
      }
    }
    this.voiceMask = voices;
    this.dutyMask = Masks.of(criteria.duties());
    this.roleMask = Masks.of(criteria.roles());
    this.linkedKindMask = Masks.of(criteria.linkedGroupKinds());
    this.messageKey = messageKey(requirement);
    this.citation = requirement.citation().isBlank()
        ? Rule.byId(requirement.ruleId()).map(Rule::citation).orElse("")
        : requirement.citation();
  }

  /**
   * {@code finding.<ruleId>.<suffix>} for a catalogue requirement such as LAPE-M04-PARISH when the
   * bundles have it, else {@code finding.<ruleId>}, else the generic {@code finding.requirement}.
   */
  private static String messageKey(Requirement requirement) {
    String ruleId = requirement.ruleId();
    String id = requirement.id();
    if (id.startsWith(ruleId + "-")) {
      String key = "finding." + ruleId + "." + id.substring(ruleId.length() + 1);
      if (Texts.has(key)) {
        return key;
      }
    }
    String key = "finding." + ruleId;
    return Texts.has(key) ? key : "finding.requirement";
  }

  Requirement requirement() {
    return requirement;
  }

  String id() {
    return requirement.id();
  }

  String ruleId() {
    return requirement.ruleId();
  }

  int minMembers() {
    return requirement.minMembers();
  }

  Severity severity() {
    return severity;
  }

  boolean declaredError() {
    return requirement.severity() == Severity.ERROR;
  }

  boolean multidisciplinaryRule() {
    return MULTIDISCIPLINARY_RULES.contains(requirement.ruleId());
  }

  String messageKey() {
    return messageKey;
  }

  String citation() {
    return citation;
  }

  boolean appliesTo(GroupKind kind, Optional<String> municipality) {
    return requirement.appliesTo(kind, municipality);
  }

  /** Whether a membership with these masks counts (the same test as Criteria.countsMembership). */
  boolean counts(long memberSectors, int memberVoices, int memberDuties, Role role) {
    return (memberSectors & sectorMask) != 0 || (memberVoices & voiceMask) != 0
        || (memberDuties & dutyMask) != 0 || (roleMask & (1 << role.ordinal())) != 0;
  }

  boolean countsLinkedKind(GroupKind kind) {
    return (linkedKindMask & (1 << kind.ordinal())) != 0;
  }
}
