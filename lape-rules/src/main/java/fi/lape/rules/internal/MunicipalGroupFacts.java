package fi.lape.rules.internal;

/**
 * A municipal LAPE group in a regional steering group's region on the day, and how many persons
 * sit in both (rule LAPE-R03).
 */
public final class MunicipalGroupFacts {
  final String groupId;
  final String municipalGroupId;
  final String municipality;
  final int sharedPersons;

  MunicipalGroupFacts(String groupId, String municipalGroupId, String municipality,
      int sharedPersons) {
    this.groupId = groupId;
    this.municipalGroupId = municipalGroupId;
    this.municipality = municipality;
    this.sharedPersons = sharedPersons;
  }

  public String getGroupId() {
    return groupId;
  }

  public String getMunicipalGroupId() {
    return municipalGroupId;
  }

  public String getMunicipality() {
    return municipality;
  }

  public int getSharedPersons() {
    return sharedPersons;
  }

  @Override
  public String toString() {
    return "MunicipalGroupFacts{" + groupId + " " + municipalGroupId + "}";
  }
}
