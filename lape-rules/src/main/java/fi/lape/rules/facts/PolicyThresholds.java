package fi.lape.rules.facts;

import fi.lape.core.policy.Thresholds;

/** The policy's multidisciplinarity thresholds (LAPE-M08): one per session. */
public final class PolicyThresholds {
  private final int minBranches;
  private final int minOrganisations;

  /** The fact for {@code thresholds}. */
  public PolicyThresholds(Thresholds thresholds) {
    this.minBranches = thresholds.minBranches();
    this.minOrganisations = thresholds.minOrganisations();
  }

  public int getMinBranches() {
    return minBranches;
  }

  public int getMinOrganisations() {
    return minOrganisations;
  }

  @Override
  public String toString() {
    return "PolicyThresholds{" + minBranches + ", " + minOrganisations + "}";
  }
}
