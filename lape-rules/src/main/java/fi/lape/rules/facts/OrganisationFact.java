package fi.lape.rules.facts;

import fi.lape.core.Branch;
import fi.lape.core.OrganisationKind;
import fi.lape.core.Sector;
import java.util.EnumSet;
import java.util.Set;

/**
 * An organisation of the dataset: its kind, municipality and the sectors it provides. Its branches
 * are those of its sectors; the rules add the branch its kind stands for (NGO, parish).
 */
public final class OrganisationFact {
  private final String organisationId;
  private final OrganisationKind kind;
  private final String municipality;
  private final Set<Sector> sectors;
  private final Set<Branch> branches;

  /** Made by lape from an organisation; public for tests of your own rules. */
  public OrganisationFact(String organisationId, OrganisationKind kind, String municipality,
      Set<Sector> sectors) {
    this.organisationId = organisationId;
    this.kind = kind;
    this.municipality = municipality;
    this.sectors = sectors.isEmpty() ? EnumSet.noneOf(Sector.class) : EnumSet.copyOf(sectors);
    this.branches = EnumSet.noneOf(Branch.class);
    for (Sector sector : sectors) {
      branches.add(sector.branch());
    }
  }

  public String getOrganisationId() {
    return organisationId;
  }

  public OrganisationKind getKind() {
    return kind;
  }

  /** The municipality code; null when it has none. */
  public String getMunicipality() {
    return municipality;
  }

  /** The sectors it provides; empty when it lists none. */
  public Set<Sector> getSectors() {
    return sectors;
  }

  /** The branches it stands for. */
  public Set<Branch> getBranches() {
    return branches;
  }

  /** Adds a branch; called by the rules inside {@code modify}. */
  public void represent(Branch branch) {
    branches.add(branch);
  }

  @Override
  public String toString() {
    return "OrganisationFact{" + organisationId + "}";
  }
}
