package fi.lape.rules.facts;

/**
 * A link between two groups, inserted in both directions: the rules ask "is {@code groupId} linked
 * to {@code otherGroupId}" without caring which of the two declared it.
 */
public final class LinkFact {
  private final String groupId;
  private final String otherGroupId;

  /** A link seen from {@code groupId}. */
  public LinkFact(String groupId, String otherGroupId) {
    this.groupId = groupId;
    this.otherGroupId = otherGroupId;
  }

  public String getGroupId() {
    return groupId;
  }

  public String getOtherGroupId() {
    return otherGroupId;
  }

  @Override
  public String toString() {
    return "LinkFact{" + groupId + " - " + otherGroupId + "}";
  }
}
