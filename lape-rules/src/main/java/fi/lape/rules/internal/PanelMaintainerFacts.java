package fi.lape.rules.internal;

/**
 * An organisation that maintains a customer panel in the municipality of a municipal LAPE group,
 * and how many of the LAPE group's active memberships represent it (rule LAPE-M11).
 */
public final class PanelMaintainerFacts {
  final String groupId;
  final String panelId;
  final String organisationId;
  final int seats;

  PanelMaintainerFacts(String groupId, String panelId, String organisationId, int seats) {
    this.groupId = groupId;
    this.panelId = panelId;
    this.organisationId = organisationId;
    this.seats = seats;
  }

  public String getGroupId() {
    return groupId;
  }

  public String getPanelId() {
    return panelId;
  }

  public String getOrganisationId() {
    return organisationId;
  }

  /** Active memberships of the LAPE group that represent the organisation. */
  public int getSeats() {
    return seats;
  }

  @Override
  public String toString() {
    return "PanelMaintainerFacts{" + groupId + " " + panelId + " " + organisationId + "}";
  }
}
