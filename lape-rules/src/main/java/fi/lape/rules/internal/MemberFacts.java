package fi.lape.rules.internal;

import java.util.List;

/** One active membership of an advisory group (rules LAPE-A01 and LAPE-A02). */
public final class MemberFacts {
  final String groupId;
  final String membershipId;
  final String personId;
  final String start;
  boolean facilitator;
  boolean staff;
  boolean speaksForGroupVoice;
  String organisationId = "";
  List<String> groupVoices = List.of();
  boolean scheduleKnown;
  boolean startsOnTermStart;
  boolean startsOnIntakeDate;

  MemberFacts(String groupId, String membershipId, String personId, String start) {
    this.groupId = groupId;
    this.membershipId = membershipId;
    this.personId = personId;
    this.start = start;
  }

  public String getGroupId() {
    return groupId;
  }

  public String getMembershipId() {
    return membershipId;
  }

  public String getPersonId() {
    return personId;
  }

  /** The first day of the membership, ISO format. */
  public String getStart() {
    return start;
  }

  /** Holds the advisory-facilitator duty. */
  public boolean isFacilitator() {
    return facilitator;
  }

  /** Represents an organisation or a sector. */
  public boolean isStaff() {
    return staff;
  }

  /** Speaks for a voice of the group's kind (parents, young people). */
  public boolean isSpeaksForGroupVoice() {
    return speaksForGroupVoice;
  }

  public String getOrganisationId() {
    return organisationId;
  }

  /** The codes of the voices of the group's kind. */
  public List<String> getGroupVoices() {
    return groupVoices;
  }

  /** The group has a term or intake dates to join on. */
  public boolean isScheduleKnown() {
    return scheduleKnown;
  }

  public boolean isStartsOnTermStart() {
    return startsOnTermStart;
  }

  public boolean isStartsOnIntakeDate() {
    return startsOnIntakeDate;
  }

  @Override
  public String toString() {
    return "MemberFacts{" + groupId + " " + membershipId + "}";
  }
}
