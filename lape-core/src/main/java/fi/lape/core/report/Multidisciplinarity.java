package fi.lape.core.report;

import fi.lape.core.Branch;
import fi.lape.core.internal.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Whether a group is multidisciplinary (rule LAPE-M08) and why: the coverage rules that fail, the
 * distinct branches and organisations of its active members, and the thresholds they are held to.
 */
@Value.Immutable
public abstract class Multidisciplinarity {
  Multidisciplinarity() {}

  /** The ids of the rules among LAPE-M01, M02, M03 and M05 that the group fails. */
  public abstract List<String> failedRules();

  /** The distinct branches the active members represent. */
  public abstract Set<Branch> branches();

  /** How many distinct organisations the active members represent. */
  public abstract int organisations();

  /** The policy's minimum number of branches. */
  public abstract int minBranches();

  /** The policy's minimum number of organisations. */
  public abstract int minOrganisations();

  /**
   * Whether the group is multidisciplinary, as lape's rules concluded (LAPE-M08): a value the rules
   * set, not worked out here.
   */
  public abstract boolean multidisciplinary();

  /**
   * Why, in {@code locale}: e.g. "4 branches (at least 3), 3 organisations (at least 2)", or "rule
   * LAPE-M03 fails; 2 branches (at least 3), 1 organisation (at least 2)".
   */
  public final String reason(Locale locale) {
    String counts = Texts.format(locale, "multidisciplinarity.counts", List.of(
        branches().size(), minBranches(), organisations(), minOrganisations()));
    if (failedRules().isEmpty()) {
      return counts;
    }
    return Texts.format(locale, "multidisciplinarity.failedRules",
        List.of(String.join(", ", failedRules()), counts, failedRules().size()));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Multidisciplinarity}. */
  public static final class Builder extends ImmutableMultidisciplinarity.Builder {
    Builder() {}
  }
}
