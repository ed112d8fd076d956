package fi.lape.rules.facts;

/**
 * One criteria of a requirement that a counting seat must meet: {@code anyOf} is clause 0 (when
 * it lists anything that a seat can meet), each {@code allOf} entry one more. A seat meets a
 * clause when it meets any of the clause's {@link Criterion} atoms.
 */
public final class Clause {
  private final String requirementId;
  private final int index;

  /** Clause {@code index} of requirement {@code requirementId}. */
  public Clause(String requirementId, int index) {
    this.requirementId = requirementId;
    this.index = index;
  }

  public String getRequirementId() {
    return requirementId;
  }

  public int getIndex() {
    return index;
  }

  @Override
  public String toString() {
    return "Clause{" + requirementId + " " + index + "}";
  }
}
