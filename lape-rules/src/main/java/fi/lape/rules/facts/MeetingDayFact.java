package fi.lape.rules.facts;

import java.time.LocalDate;
import java.util.Set;

/** A meeting day of a group, with the persons named as its facilitators. */
public final class MeetingDayFact {
  private final String groupId;
  private final LocalDate date;
  private final Set<String> facilitatorIds;

  /** Made by lape from a meeting day; public for tests of your own rules. */
  public MeetingDayFact(String groupId, LocalDate date, Set<String> facilitatorIds) {
    this.groupId = groupId;
    this.date = date;
    this.facilitatorIds = facilitatorIds;
  }

  public String getGroupId() {
    return groupId;
  }

  public LocalDate getDate() {
    return date;
  }

  /** Person ids. */
  public Set<String> getFacilitatorIds() {
    return facilitatorIds;
  }

  @Override
  public String toString() {
    return "MeetingDayFact{" + groupId + " " + date + "}";
  }
}
