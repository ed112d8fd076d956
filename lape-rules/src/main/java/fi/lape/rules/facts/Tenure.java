package fi.lape.rules.facts;

import java.time.LocalDate;

/**
 * A membership of an advisory group with its whole term, whatever the assessment day: the
 * meeting-day rule (LAPE-A04) asks who was a member on each meeting day.
 */
public final class Tenure {
  private final String groupId;
  private final String membershipId;
  private final String personId;
  private final String organisationId;
  private final LocalDate start;
  private final LocalDate end;

  /** Made by lape from a membership; public for tests of your own rules. */
  public Tenure(String groupId, String membershipId, String personId, String organisationId,
      LocalDate start, LocalDate end) {
    this.groupId = groupId;
    this.membershipId = membershipId;
    this.personId = personId;
    this.organisationId = organisationId;
    this.start = start;
    this.end = end;
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

  /** The organisation represented; null for a resident. */
  public String getOrganisationId() {
    return organisationId;
  }

  public LocalDate getStart() {
    return start;
  }

  /** The last day; null when open. */
  public LocalDate getEnd() {
    return end;
  }

  @Override
  public String toString() {
    return "Tenure{" + groupId + " " + membershipId + "}";
  }
}
