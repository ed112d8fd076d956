package fi.lape.rules.facts;

/**
 * Concluded: a relation between a group and another group or organisation, for the cross-group
 * rules (LAPE-M11, M13, R03), which then report one finding per group listing the others.
 */
public final class CrossGroup {
  /** The two groups share at least one person. */
  public static final String SHARE_PERSONS = "share-persons";
  /** The other group shares at least half of the group's persons (LAPE-M13). */
  public static final String SHARES_HALF = "shares-half";
  /** A steering-group member sits in the municipal LAPE group (LAPE-R03). */
  public static final String STEERING_MEMBER_IN = "steering-member-in";
  /** No steering-group member sits in the municipal LAPE group (LAPE-R03). */
  public static final String STEERING_MEMBER_MISSING = "steering-member-missing";
  /** An organisation maintaining a panel of the municipality has no seat (LAPE-M11). */
  public static final String MAINTAINER_UNSEATED = "maintainer-unseated";

  private final String relation;
  private final String groupId;
  private final String otherId;

  /** The conclusion. */
  public CrossGroup(String relation, String groupId, String otherId) {
    this.relation = relation;
    this.groupId = groupId;
    this.otherId = otherId;
  }

  /** One of the constants above. */
  public String getRelation() {
    return relation;
  }

  public String getGroupId() {
    return groupId;
  }

  /** The other group's id, or an organisation's (MAINTAINER_UNSEATED). */
  public String getOtherId() {
    return otherId;
  }

  @Override
  public String toString() {
    return "CrossGroup{" + relation + " " + groupId + " " + otherId + "}";
  }
}
