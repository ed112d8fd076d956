package fi.lape.core.policy;

import fi.lape.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The numbers that make a group multidisciplinary (rule LAPE-M08): active members from at least
 * {@link #minBranches()} distinct branches and {@link #minOrganisations()} distinct organisations.
 */
@Value.Immutable
public abstract class Thresholds {
  Thresholds() {}

  /** Distinct branches the active members must come from; 3 unless set. */
  @Value.Default
  public int minBranches() {
    return 3;
  }

  /** Distinct organisations the active members must come from; 2 unless set. */
  @Value.Default
  public int minOrganisations() {
    return 2;
  }

  /** The defaults: 3 branches, 2 organisations. */
  public static Thresholds defaults() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.check(minBranches() >= 0, "thresholds: minBranches %d is negative", minBranches());
    Checks.check(minOrganisations() >= 0, "thresholds: minOrganisations %d is negative",
        minOrganisations());
  }

  /** Builds {@link Thresholds}. */
  public static final class Builder extends ImmutableThresholds.Builder {
    Builder() {}
  }
}
