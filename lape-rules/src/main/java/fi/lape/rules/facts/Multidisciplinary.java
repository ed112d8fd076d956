package fi.lape.rules.facts;

/** Concluded (LAPE-M08): whether a group is multidisciplinary. One per group. */
public final class Multidisciplinary {
  private final String groupId;
  private final boolean multidisciplinary;

  /** The conclusion. */
  public Multidisciplinary(String groupId, boolean multidisciplinary) {
    this.groupId = groupId;
    this.multidisciplinary = multidisciplinary;
  }

  public String getGroupId() {
    return groupId;
  }

  public boolean isMultidisciplinary() {
    return multidisciplinary;
  }

  @Override
  public String toString() {
    return "Multidisciplinary{" + groupId + " " + multidisciplinary + "}";
  }
}
