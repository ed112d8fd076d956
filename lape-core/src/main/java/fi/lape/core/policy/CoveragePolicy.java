package fi.lape.core.policy;

import fi.lape.core.internal.Checks;
import fi.lape.core.internal.Texts;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  /**
   * {@linkplain Rule#isOptional() Optional} catalogue rules switched on, by id, e.g. {@code
   * LAPE-L01} (the statutory gender balance), which is off in every built-in policy. A rule listed
   * here and in {@link #disabledRules()} is off.
   *
   * <pre>{@code
   * CoveragePolicy balanced = CoveragePolicy.extending(Policies.nationalBaseline())
   *     .id("orimattila-2018").name("Orimattila 2018").addEnabledRule("LAPE-L01").build();
   * }</pre>
   */
  public abstract Set<String> enabledRules();

  /**
   * The id of the built-in policy this one extends ({@link Policies#byId(String)}), when it was
   * made from one; the requirements, overrides and switches listed here are then the base's plus
   * this policy's own. Informative: build with {@link #extending(CoveragePolicy)}.
   */
  public abstract Optional<String> extendsPolicy();

  /**
   * Users' DRL rule files this policy asks for, as paths (relative ones are resolved against the
   * policy file's directory by whoever reads it). The assessor compiles them only when asked to.
   */
  public abstract List<String> ruleFiles();

  /**
   * Finding messages for users' own rules: message key (such as {@code finding.ORIMATTILA-01}) to
   * language ({@code fi}, {@code sv}, {@code en}) to a {@link java.text.MessageFormat} pattern.
   */
  public abstract Map<String, Map<String, String>> messages();

  /**
   * A builder that starts from {@code base}: its requirements, thresholds, overrides and switches,
   * to which the new policy adds its own. Give it a new id and name.
   *
   * <pre>{@code
   * CoveragePolicy akaa = CoveragePolicy.extending(Policies.paijatHame2017())
   *     .id("akaa-2018").name("Akaa 2018").addRequirement(akaaOwn).build();
   * }</pre>
   */
  public static Builder extending(CoveragePolicy base) {
    Builder builder = new Builder();
    builder.from(base);
    builder.extendsPolicy(base.id());
    builder.description(Optional.empty());
    return builder;
  }

  /**
   * Whether the rule or requirement with {@code id} is switched on: not switched off, and, for an
   * {@linkplain Rule#isOptional() optional} rule, switched on.
   */
  public final boolean isEnabled(String id) {
    if (disabledRules().contains(id)) {
      return false;
    }
    return Rule.byId(id).map(r -> !r.isOptional() || enabledRules().contains(id)).orElse(true);
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
      checkKnown("severityOverrides", key);
    }
    for (String key : disabledRules()) {
      Checks.id("policy " + id() + ": disabledRules entry", key);
      checkKnown("disabledRules", key);
    }
    for (String key : enabledRules()) {
      Checks.id("policy " + id() + ": enabledRules entry", key);
      Checks.check(Rule.byId(key).map(Rule::isOptional).orElse(false),
          "policy %s: enabledRules: %s is not an optional rule of the catalogue (only %s can be"
              + " switched on; the others are on unless disabledRules lists them)", id(),
          Checks.abbreviate(key), optionalRules());
    }
    for (Map.Entry<String, Map<String, String>> message : messages().entrySet()) {
      for (String language : message.getValue().keySet()) {
        Checks.check(language.equals("fi") || language.equals("sv") || language.equals("en"),
            "policy %s: messages: %s: language '%s' is not fi, sv or en", id(),
            Checks.abbreviate(message.getKey()), Checks.abbreviate(language));
      }
    }
  }

  private static String optionalRules() {
    return java.util.Arrays.stream(Rule.values()).filter(Rule::isOptional).map(Rule::id)
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /**
   * An id in the catalogue's namespace ({@code LAPE-}) must be a rule of the catalogue or a
   * requirement of the policy; another id may name a user's rule, which only the assessor that
   * compiles it knows (GroupAssessor checks those).
   */
  private void checkKnown(String field, String key) {
    if (!key.startsWith("LAPE-") || Rule.byId(key).isPresent()) {
      return;
    }
    for (Requirement r : requirements()) {
      if (r.id().equals(key) || r.ruleId().equals(key)) {
        return;
      }
    }
    throw new fi.lape.core.LapeValidationException("policy " + id() + ": " + field + ": "
        + Checks.abbreviate(key) + " is neither a rule of the catalogue nor a requirement of"
        + " the policy");
  }

  /** Builds a {@link CoveragePolicy}; {@code build()} fails fast on a missing or malformed field. */
  public static final class Builder extends ImmutableCoveragePolicy.Builder {
    Builder() {}
  }
}
