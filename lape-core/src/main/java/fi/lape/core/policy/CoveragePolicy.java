package fi.lape.core.policy;

import fi.lape.core.Group;
import fi.lape.core.internal.Checks;
import fi.lape.core.internal.Texts;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A coverage policy: the requirements groups must meet, the multidisciplinarity thresholds, and
 * the policy's changes to the catalogue (severity overrides and switched-off rules). Policies are
 * data: build them in Java, read them from JSON, or start from one of {@link Policies}.
 *
 * <p>Overrides and switches take a rule id ({@code LAPE-M04}, every finding of the rule) or a
 * requirement id ({@code LAPE-M04-PARISH}, that requirement only).
 *
 * <pre>{@code
 * CoveragePolicy orimattila = CoveragePolicy.builder()
 *     .from(Policies.paijatHame2017())
 *     .id("orimattila-2018").name("Orimattila 2018")
 *     .addRequirement(orimattilaParish)
 *     .putSeverityOverride("LAPE-M06", Severity.INFO)
 *     .addDisabledRule("LAPE-M13")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class CoveragePolicy {
  CoveragePolicy() {}

  /** The policy's id, e.g. {@code national-baseline}. */
  public abstract String id();

  /** A name for people. */
  public abstract String name();

  /** What the policy is for, where it comes from. */
  public abstract Optional<String> description();

  /**
   * The name for people in {@code locale} (fi, sv or en): a built-in policy's name is translated
   * ({@code "National baseline"} is {@code "Kansallinen perustaso"} in Finnish); any other policy
   * keeps the name it was given.
   */
  public final String displayName(Locale locale) {
    String key = "policy." + id() + ".name";
    if (Texts.has(key) && Texts.text(Locale.ROOT, key).equals(name())) {
      return Texts.text(locale, key);
    }
    return name();
  }

  /** The requirements, in the order findings about them are reported. */
  public abstract List<Requirement> requirements();

  /** The multidisciplinarity thresholds. */
  @Value.Default
  public Thresholds thresholds() {
    return Thresholds.defaults();
  }

  /** Severities that replace the defaults, keyed by rule id or requirement id. */
  public abstract Map<String, Severity> severityOverrides();

  /** Rules or requirements switched off, by id. */
  public abstract Set<String> disabledRules();

  /** Whether the rule or requirement with {@code id} is switched on. */
  public final boolean isEnabled(String id) {
    return !disabledRules().contains(id);
  }

  /** Whether {@code requirement} is switched on: neither it nor its rule is switched off. */
  public final boolean isEnabled(Requirement requirement) {
    return isEnabled(requirement.id()) && isEnabled(requirement.ruleId());
  }

  /** The severity of {@code requirement} after overrides (requirement id first, then rule id). */
  public final Severity severityOf(Requirement requirement) {
    Severity byRequirement = severityOverrides().get(requirement.id());
    if (byRequirement != null) {
      return byRequirement;
    }
    return severityOverrides().getOrDefault(requirement.ruleId(), requirement.severity());
  }

  /** The severity of a finding of rule {@code ruleId} whose catalogue severity is {@code base}. */
  public final Severity severityOf(String ruleId, Severity base) {
    return severityOverrides().getOrDefault(ruleId, base);
  }

  /** The switched-on requirements that apply to {@code group}, in policy order. */
  public final List<Requirement> requirementsFor(Group group) {
    return requirements().stream()
        .filter(r -> isEnabled(r) && r.appliesTo(group.kind(), group.scope().municipality()))
        .collect(Collectors.toList());
  }

  /** The requirement with {@code id}. */
  public final Optional<Requirement> requirement(String id) {
    return requirements().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.id("policy", id());
    Checks.check(!name().isBlank(), "policy %s: name is blank", id());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < requirements().size(); i++) {
      String rid = requirements().get(i).id();
      Checks.check(ids.add(rid), "policy %s: requirements[%d]: id %s is used twice", id(), i,
          rid);
    }
    for (String key : severityOverrides().keySet()) {
      Checks.id("policy " + id() + ": severityOverrides key", key);
    }
    for (String key : disabledRules()) {
      Checks.id("policy " + id() + ": disabledRules entry", key);
    }
  }

  /** Builds a {@link CoveragePolicy}; {@code build()} fails fast on a missing or malformed field. */
  public static final class Builder extends ImmutableCoveragePolicy.Builder {
    Builder() {}
  }
}
