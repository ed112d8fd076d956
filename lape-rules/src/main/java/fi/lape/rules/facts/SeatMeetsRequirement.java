package fi.lape.rules.facts;

/** Concluded: a seat counts toward a requirement that applies to its group. */
public final class SeatMeetsRequirement {
  private final String requirementId;
  private final Seat seat;

  /** The conclusion for {@code seat}. */
  public SeatMeetsRequirement(String requirementId, Seat seat) {
    this.requirementId = requirementId;
    this.seat = seat;
  }

  public String getRequirementId() {
    return requirementId;
  }

  public Seat getSeat() {
    return seat;
  }

  public String getGroupId() {
    return seat.getGroupId();
  }

  public String getPersonId() {
    return seat.getPersonId();
  }

  /** The organisation, or null for a resident. */
  public String getOrganisationId() {
    return seat.getOrganisationId();
  }

  @Override
  public String toString() {
    return "SeatMeetsRequirement{" + requirementId + " " + seat.getMembershipId() + "}";
  }
}
