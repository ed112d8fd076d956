package fi.lape.rules.internal;

/** One meeting day of an advisory group (rule LAPE-A04). */
public final class MeetingDayFacts {
  final String groupId;
  final String date;
  final int facilitators;

  MeetingDayFacts(String groupId, String date, int facilitators) {
    this.groupId = groupId;
    this.date = date;
    this.facilitators = facilitators;
  }

  public String getGroupId() {
    return groupId;
  }

  /** The day, ISO format. */
  public String getDate() {
    return date;
  }

  public int getFacilitators() {
    return facilitators;
  }

  @Override
  public String toString() {
    return "MeetingDayFacts{" + groupId + " " + date + "}";
  }
}
