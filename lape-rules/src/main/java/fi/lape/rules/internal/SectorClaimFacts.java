package fi.lape.rules.internal;

import java.util.List;

/**
 * The sectors an active membership represents that its organisation does not list (rule
 * LAPE-D02). Handed to the rules only for memberships with such sectors, and only when the
 * organisation lists its sectors at all.
 */
public final class SectorClaimFacts {
  final String groupId;
  final String membershipId;
  final String personId;
  final String organisationId;
  final List<String> unprovided;

  SectorClaimFacts(String groupId, String membershipId, String personId, String organisationId,
      List<String> unprovided) {
    this.groupId = groupId;
    this.membershipId = membershipId;
    this.personId = personId;
    this.organisationId = organisationId;
    this.unprovided = unprovided;
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

  public String getOrganisationId() {
    return organisationId;
  }

  /** Codes of the sectors the organisation does not provide, in catalogue order. */
  public List<String> getUnprovided() {
    return unprovided;
  }

  /** How many of them. */
  public int getUnprovidedCount() {
    return unprovided.size();
  }

  @Override
  public String toString() {
    return "SectorClaimFacts{" + groupId + " " + membershipId + "}";
  }
}
