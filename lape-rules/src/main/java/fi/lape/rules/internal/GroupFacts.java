package fi.lape.rules.internal;

import fi.lape.core.GroupKind;
import java.util.List;

/**
 * The one per-group fact: counts and flags that {@link FactBuilder} derives from the group's
 * memberships active on the assessment day. The fixed rules in the DRL decide from them; fields a
 * kind of group does not need keep their zero values and no rule for another kind reads them.
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

  @Override
  public String toString() {
    return "GroupFacts{" + groupId + " " + kind + "}";
  }
}
