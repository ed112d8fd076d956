package fi.lape.rules.internal;

import fi.lape.core.GroupKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The one fact inserted per group: counts and flags that {@link FactBuilder} derives from the
 * group's memberships active on the assessment day, and the lists of detail facts (requirements,
 * members, seats, ...) that rules reach with {@code from}. One insert per group keeps the engine's
 * per-fact bookkeeping out of the cost of an assessment. Fields a kind of group does not need keep
 * their zero values and no rule for another kind reads them.
 */
public final class GroupFacts {
  final String groupId;
  final GroupKind kind;
  int activePersons;
  int chairs;
  List<String> chairMembershipIds = List.of();
  List<String> chairPersonIds = List.of();
  int branches;
  int organisations;
  int minBranches;
  int minOrganisations;
  boolean municipalSide;
  boolean soteSide;
  boolean publicSide;
  boolean civilSide;
  int municipalSectors;
  int soteLiaisons;
  int capacity;
  int residents;
  int homeMunicipalities;
  int unknownHomes;
  int maintainerOrganisations;
  int maintainerBranches;
  List<RequirementFacts> requirements = List.of();
  final List<MemberFacts> members = new ArrayList<>(0);
  final List<MeetingDayFacts> meetingDays = new ArrayList<>(0);
  final List<SeatFacts> seats = new ArrayList<>(0);
  final List<SectorClaimFacts> sectorClaims = new ArrayList<>(0);
  final List<PanelMaintainerFacts> panelMaintainers = new ArrayList<>(0);
  final List<SiblingGroupFacts> siblings = new ArrayList<>(0);
  final List<MunicipalGroupFacts> municipalGroups = new ArrayList<>(0);

  GroupFacts(String groupId, GroupKind kind) {
    this.groupId = groupId;
    this.kind = kind;
  }

  public String getGroupId() {
    return groupId;
  }

  public GroupKind getKind() {
    return kind;
  }

  /** Distinct persons with an active membership. */
  public int getActivePersons() {
    return activePersons;
  }

  /** Distinct persons holding an active chair. */
  public int getChairs() {
    return chairs;
  }

  public List<String> getChairMembershipIds() {
    return chairMembershipIds;
  }

  public List<String> getChairPersonIds() {
    return chairPersonIds;
  }

  /** Distinct branches of the active memberships. */
  public int getBranches() {
    return branches;
  }

  /** Distinct organisations of the active memberships. */
  public int getOrganisations() {
    return organisations;
  }

  public int getMinBranches() {
    return minBranches;
  }

  public int getMinOrganisations() {
    return minOrganisations;
  }

  /** Someone represents an organisation of kind MUNICIPALITY. */
  public boolean isMunicipalSide() {
    return municipalSide;
  }

  /** Someone represents a social-and-health sector or a county or joint authority. */
  public boolean isSoteSide() {
    return soteSide;
  }

  /** Someone represents a public body. */
  public boolean isPublicSide() {
    return publicSide;
  }

  /** Someone represents an NGO or parish, as organisation or as sector. */
  public boolean isCivilSide() {
    return civilSide;
  }

  /** Distinct sectors represented by members of municipality organisations. */
  public int getMunicipalSectors() {
    return municipalSectors;
  }

  /** Active memberships holding the sote-preparation liaison duty. */
  public int getSoteLiaisons() {
    return soteLiaisons;
  }

  /** The group's capacity, 0 when unlimited. */
  public int getCapacity() {
    return capacity;
  }

  /** Distinct persons of an advisory group who are not facilitators. */
  public int getResidents() {
    return residents;
  }

  /** Distinct home municipalities of the residents. */
  public int getHomeMunicipalities() {
    return homeMunicipalities;
  }

  /** Residents whose home municipality is not known. */
  public int getUnknownHomes() {
    return unknownHomes;
  }

  /** Maintaining organisations that declare at least one sector. */
  public int getMaintainerOrganisations() {
    return maintainerOrganisations;
  }

  /** Distinct branches of the maintaining organisations' sectors. */
  public int getMaintainerBranches() {
    return maintainerBranches;
  }

  /** One per applicable requirement, in policy order. */
  public List<RequirementFacts> getRequirements() {
    return requirements;
  }

  /** Advisory groups: one per active membership. */
  public List<MemberFacts> getMembers() {
    return members;
  }

  /** Advisory groups: one per meeting day. */
  public List<MeetingDayFacts> getMeetingDays() {
    return meetingDays;
  }

  /** Persons holding one role in more than one active membership. */
  public List<SeatFacts> getSeats() {
    return seats;
  }

  /** Active memberships representing sectors their organisation does not list. */
  public List<SectorClaimFacts> getSectorClaims() {
    return sectorClaims;
  }

  /** Municipal LAPE groups: the maintainers of the municipality's customer panels. */
  public List<PanelMaintainerFacts> getPanelMaintainers() {
    return panelMaintainers;
  }

  /** Municipal LAPE groups: the municipality's other groups. */
  public List<SiblingGroupFacts> getSiblings() {
    return siblings;
  }

  /** Regional steering groups: the municipal LAPE groups of the region. */
  public List<MunicipalGroupFacts> getMunicipalGroups() {
    return municipalGroups;
  }

  @Override
  public String toString() {
    return "GroupFacts{" + groupId + " " + kind + "}";
  }
}
