package fi.lape.rules.facts;

/**
 * Concluded for a requirement of several clauses: a seat has one of the things a clause lists
 * (clause 0 is the requirement's {@code anyOf}, the others its {@code allOf}). A seat that meets
 * every clause counts toward the requirement ({@link SeatMeetsRequirement}); toward a requirement
 * of one clause, a seat that has one of its things counts directly.
 */
public final class SeatMeetsClause {
  private final String requirementId;
  private final int clause;
  private final Seat seat;

  /** The conclusion for {@code seat} and clause {@code clause} of the requirement. */
  public SeatMeetsClause(String requirementId, int clause, Seat seat) {
    this.requirementId = requirementId;
    this.clause = clause;
    this.seat = seat;
  }

  public String getRequirementId() {
    return requirementId;
  }

  public int getClause() {
    return clause;
  }

  public Seat getSeat() {
    return seat;
  }

  @Override
  public String toString() {
    return "SeatMeetsClause{" + requirementId + "#" + clause + " " + seat.getMembershipId() + "}";
  }
}
