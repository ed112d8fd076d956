package fi.lape.rules.internal;

import fi.lape.core.Role;
import java.util.List;

/**
 * The active memberships in which one person holds one role in one group (rule LAPE-D01). Only
 * persons holding a role more than once are handed to the rules; everyone else has one seat.
 */
public final class SeatFacts {
  final String groupId;
  final String personId;
  final Role role;
  final List<String> membershipIds;

  SeatFacts(String groupId, String personId, Role role, List<String> membershipIds) {
    this.groupId = groupId;
    this.personId = personId;
    this.role = role;
    this.membershipIds = membershipIds;
  }

  public String getGroupId() {
    return groupId;
  }

  public String getPersonId() {
    return personId;
  }

  public Role getRole() {
    return role;
  }

  public List<String> getMembershipIds() {
    return membershipIds;
  }

  /** How many active memberships. */
  public int getSeats() {
    return membershipIds.size();
  }

  @Override
  public String toString() {
    return "SeatFacts{" + groupId + " " + role + " " + membershipIds + "}";
  }
}
