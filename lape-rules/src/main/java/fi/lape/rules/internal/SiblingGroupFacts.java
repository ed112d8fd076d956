package fi.lape.rules.internal;

import fi.lape.core.GroupKind;

/**
 * Another group of a municipal LAPE group's municipality (rule LAPE-M13): how many persons the
 * two share on the day, whether its remit is similar (a planning kind) and whether the two are
 * linked in either direction.
 */
public final class SiblingGroupFacts {
  final String groupId;
  final String otherGroupId;
  final GroupKind otherKind;
  final int sharedPersons;
  final int groupPersons;
  final boolean similarRemit;
  final boolean linked;

  SiblingGroupFacts(String groupId, String otherGroupId, GroupKind otherKind, int sharedPersons,
      int groupPersons, boolean similarRemit, boolean linked) {
    this.groupId = groupId;
    this.otherGroupId = otherGroupId;
    this.otherKind = otherKind;
    this.sharedPersons = sharedPersons;
    this.groupPersons = groupPersons;
    this.similarRemit = similarRemit;
    this.linked = linked;
  }

  public String getGroupId() {
    return groupId;
  }

  public String getOtherGroupId() {
    return otherGroupId;
  }

  public GroupKind getOtherKind() {
    return otherKind;
  }

  /** Persons active in both groups. */
  public int getSharedPersons() {
    return sharedPersons;
  }

  /** Persons active in the LAPE group. */
  public int getGroupPersons() {
    return groupPersons;
  }

  public boolean isSimilarRemit() {
    return similarRemit;
  }

  public boolean isLinked() {
    return linked;
  }

  @Override
  public String toString() {
    return "SiblingGroupFacts{" + groupId + " " + otherGroupId + "}";
  }
}
