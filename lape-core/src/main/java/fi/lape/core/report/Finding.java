package fi.lape.core.report;

import fi.lape.core.internal.Checks;
import fi.lape.core.internal.Texts;
import fi.lape.core.policy.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing a rule found about a group: the rule, the severity, the memberships and persons it is
 * about (by id, never by name), a message and the source it cites.
 *
 * <p>The message is stored as a key and arguments and rendered on demand in Finnish, Swedish or
 * English with {@link #message(Locale)}.
 *
 * <pre>{@code
 * for (Finding f : assessment.findings()) {
 *   System.out.println(f.severity() + " " + f.ruleId() + ": " + f.message(Locale.ENGLISH));
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class Finding {
  /**
   * The order findings are reported in: by group, severity (errors first), rule, requirement, then
   * the ids they are about.
   */
  public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::groupId)
      .thenComparing(Finding::severity)
      .thenComparing(Finding::ruleId)
      .thenComparing(f -> f.requirementId().orElse(""))
      .thenComparing(f -> String.join(",", f.membershipIds()))
      .thenComparing(f -> String.join(",", f.personIds()))
      .thenComparing(f -> String.join(",", f.arguments()));

  Finding() {}

  /** The rule's id, e.g. {@code LAPE-M02}, or a user rule's own id. */
  public abstract String ruleId();

  /** The requirement the finding is about, for requirement-driven rules. */
  public abstract Optional<String> requirementId();

  /** How much it matters. */
  public abstract Severity severity();

  /** The group it is about. */
  public abstract String groupId();

  /** The memberships it is about, if any. */
  public abstract List<String> membershipIds();

  /** The persons it is about, if any. */
  public abstract List<String> personIds();

  /** The message's key in lape's resource bundles, e.g. {@code finding.LAPE-M02}. */
  public abstract String messageKey();

  /** The message's arguments: ids, codes and numbers, never personal data. */
  public abstract List<String> arguments();

  /** The source the rule rests on. */
  @Value.Default
  public String citation() {
    return "";
  }

  /**
   * The finding's own message patterns by language ({@code fi}, {@code sv}, {@code en}), for
   * findings of a policy's own requirements and of users' rules that ship their texts; empty for
   * lape's own, whose texts are in lape's bundles under {@link #messageKey()}.
   */
  public abstract Map<String, String> messages();

  /**
   * The message in {@code locale} (fi, sv or en; anything else gets English): the finding's own
   * pattern for the language when it has one (else its English one), else lape's text for the key.
   */
  public final String message(Locale locale) {
    String language = locale.getLanguage();
    String pattern = messages().get(language.equals("fi") || language.equals("sv") ? language
        : "en");
    if (pattern == null) {
      pattern = messages().get("en");
    }
    if (pattern != null) {
      String formatted = Texts.formatPattern(locale, pattern, arguments());
      return formatted != null ? formatted : pattern + " " + arguments();
    }
    return Texts.format(locale, messageKey(), arguments());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.id("finding: ruleId", ruleId());
    Checks.id("finding " + ruleId() + ": groupId", groupId());
    Checks.check(!messageKey().isBlank(), "finding %s: messageKey is blank", ruleId());
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
