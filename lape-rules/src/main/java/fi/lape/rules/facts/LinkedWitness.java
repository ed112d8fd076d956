package fi.lape.rules.facts;

/**
 * Concluded: a linked group meets a requirement by itself (LAPE-M05: residents heard through a
 * linked youth council).
 */
public final class LinkedWitness {
  private final String requirementId;
  private final String groupId;
  private final String linkedGroupId;

  /** The conclusion. */
  public LinkedWitness(String requirementId, String groupId, String linkedGroupId) {
    this.requirementId = requirementId;
    this.groupId = groupId;
    this.linkedGroupId = linkedGroupId;
  }

  public String getRequirementId() {
    return requirementId;
  }

  public String getGroupId() {
    return groupId;
  }

  public String getLinkedGroupId() {
    return linkedGroupId;
  }

  @Override
  public String toString() {
    return "LinkedWitness{" + requirementId + " " + groupId + " " + linkedGroupId + "}";
  }
}
