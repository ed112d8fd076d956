package fi.lape.core.policy;

import fi.lape.core.GroupKind;
import fi.lape.core.Municipality;
import fi.lape.core.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One coverage requirement of a policy: for groups of the given kinds (optionally only in some
 * municipalities or in one region), at least {@link #minMembers()} distinct persons, and at least
 * {@link #minOrganisations()} distinct organisations, with active memberships that count must sit
 * in the group, or a link to a group of a listed kind must exist.
 *
 * <p>A membership counts when it meets {@link #anyOf()} (any one thing it lists, when it lists
 * anything) and every criteria of {@link #allOf()}: "a member of a parish who represents the voice
 * of young people" is {@code anyOf} the parish kind and {@code allOf} the young people's voice. A
 * deputy member never counts. lape's rules (lape-rules) decide; a requirement is data.
 *
 * <p>A requirement belongs to a catalogue rule ({@link #ruleId()}): the catalogue's own requirements
 * share their rule's id prefix ({@code LAPE-M04-PARISH} belongs to {@code LAPE-M04}); a
 * municipality's extra requirement belongs to {@code LAPE-M09} unless said otherwise, and then has
 * LAPE-M09's catalogue severity (a warning) unless it says its own.
 *
 * <pre>{@code
 * Requirement orimattilaParish = Requirement.builder()
 *     .id("ORIMATTILA-PARISH")
 *     .addGroupKind(GroupKind.MUNICIPAL_LAPE_GROUP)
 *     .municipality("560")
 *     .anyOf(Criteria.builder().addSector(Sector.PARISH).build())
 *     .putMessage("fi", "Seurakunta puuttuu Orimattilan LAPE-ryhmästä (vaatimus {0}).")
 *     .citation("Orimattila: customer panel run with the parish (seed 000)")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Requirement {
  Requirement() {}

  /** The requirement's id, unique in its policy, e.g. {@code LAPE-M02}. */
  public abstract String id();

  /** The catalogue rule the requirement belongs to; see the class comment for the default. */
  @Value.Default
  public String ruleId() {
    return !municipalities().isEmpty() && !id().startsWith("LAPE-") ? Rule.M09.id() : id();
  }

  /** The kinds of group it applies to; empty means every kind. */
  public abstract Set<GroupKind> groupKinds();

  /** The municipality whose groups it applies to, for one municipality's special features. */
  public abstract Optional<String> municipality();

  /**
   * Further municipalities whose groups it applies to; with {@link #municipality()} the requirement
   * applies in any of them. Empty (and no municipality) means everywhere.
   */
  public abstract Set<String> alsoMunicipalities();

  /** Every municipality the requirement is scoped to; empty means everywhere. */
  public final Set<String> municipalities() {
    if (municipality().isEmpty()) {
      return alsoMunicipalities();
    }
    Set<String> all = new java.util.TreeSet<>(alsoMunicipalities());
    all.add(municipality().get());
    return Set.copyOf(all);
  }

  /**
   * The region (two-digit code) whose groups it applies to: a municipal group whose municipality
   * belongs to the region on the assessment day, or a group scoped to the region. Empty means
   * everywhere.
   */
  public abstract Optional<String> region();

  /** What counts toward the requirement: any one of what it lists (when it lists anything). */
  @Value.Default
  public Criteria anyOf() {
    return Criteria.builder().build();
  }

  /** Further criteria a membership must meet, every one of them, to count. */
  public abstract List<Criteria> allOf();

  /** How many distinct persons must meet the criteria; at least 1. */
  @Value.Default
  public int minMembers() {
    return 1;
  }

  /** How many distinct organisations the counting members must come from; 0 unless set. */
  @Value.Default
  public int minOrganisations() {
    return 0;
  }

  /** How severe a gap is: the severity of its catalogue rule (see {@link #ruleId()}) unless set. */
  @Value.Default
  public Severity severity() {
    return Rule.byId(ruleId()).map(Rule::defaultSeverity).orElse(Severity.ERROR);
  }

  /** Where the requirement comes from, e.g. {@code "seed 001: sivi-sote"}; shown in findings. */
  @Value.Default
  public String citation() {
    return "";
  }

  /** What the requirement asks, in the policy author's words, for requirements outside the catalogue. */
  public abstract Optional<String> description();

  /**
   * The requirement's own finding message by language ({@code fi}, {@code sv}, {@code en}), a
   * {@link java.text.MessageFormat} pattern with the arguments {0} requirement id, {1} distinct
   * persons counted, {2} persons required, {3} distinct organisations counted, {4} organisations
   * required. Empty: lape's own text for the rule.
   */
  public abstract Map<String, String> messages();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.id("requirement", id());
    Checks.id("requirement " + id() + ": ruleId", ruleId());
    Checks.check(minMembers() >= 1, "requirement %s: minMembers %d is less than 1", id(),
        minMembers());
    Checks.check(minOrganisations() >= 0, "requirement %s: minOrganisations %d is negative",
        id(), minOrganisations());
    Checks.check(!anyOf().isEmpty() || allOf().stream().anyMatch(c -> !c.isEmpty()),
        "requirement %s: anyOf and allOf list nothing that would count", id());
    for (int i = 0; i < allOf().size(); i++) {
      Checks.check(!allOf().get(i).isEmpty(), "requirement %s: allOf[%d] lists nothing", id(), i);
      Checks.check(allOf().get(i).linkedGroupKinds().isEmpty(),
          "requirement %s: allOf[%d]: linked group kinds belong in anyOf", id(), i);
    }
    for (String m : municipalities()) {
      Checks.check(Municipality.isCode(m),
          "requirement %s: municipality '%s' is not a three-digit code", id(),
          Checks.abbreviate(m));
    }
    region().ifPresent(r -> Checks.check(r.matches("[0-9]{2}"),
        "requirement %s: region '%s' is not a two-digit code", id(), Checks.abbreviate(r)));
    for (String language : messages().keySet()) {
      Checks.check(language.equals("fi") || language.equals("sv") || language.equals("en"),
          "requirement %s: messages: language '%s' is not fi, sv or en", id(),
          Checks.abbreviate(language));
    }
  }

  /** Builds a {@link Requirement}; {@code build()} fails fast on a missing or malformed field. */
  public static final class Builder extends ImmutableRequirement.Builder {
    Builder() {}
  }
}
