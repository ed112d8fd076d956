package fi.lape.rules.facts;

import fi.lape.core.Branch;
import fi.lape.core.Duty;
import fi.lape.core.OrganisationKind;
import fi.lape.core.Role;
import fi.lape.core.Sector;
import fi.lape.core.Voice;

/**
 * One thing that counts toward a clause of a requirement: exactly one of a sector, a branch, a
 * voice, a duty, a role or an organisation kind; the others are null.
 */
public final class Criterion {
  private final String requirementId;
  private final int clause;
  private final Sector sector;
  private final Branch branch;
  private final Voice voice;
  private final Duty duty;
  private final Role role;
  private final OrganisationKind organisationKind;

  private Criterion(String requirementId, int clause, Sector sector, Branch branch, Voice voice,
      Duty duty, Role role, OrganisationKind organisationKind) {
    this.requirementId = requirementId;
    this.clause = clause;
    this.sector = sector;
    this.branch = branch;
    this.voice = voice;
    this.duty = duty;
    this.role = role;
    this.organisationKind = organisationKind;
  }

  /** A criterion of {@code value}: a Sector, Branch, Voice, Duty, Role or OrganisationKind. */
  public static Criterion of(String requirementId, int clause, Enum<?> value) {
    return new Criterion(requirementId, clause,
        value instanceof Sector s ? s : null, value instanceof Branch b ? b : null,
        value instanceof Voice v ? v : null, value instanceof Duty d ? d : null,
        value instanceof Role r ? r : null,
        value instanceof OrganisationKind k ? k : null);
  }

  public String getRequirementId() {
    return requirementId;
  }

  public int getClause() {
    return clause;
  }

  public Sector getSector() {
    return sector;
  }

  public Branch getBranch() {
    return branch;
  }

  public Voice getVoice() {
    return voice;
  }

  public Duty getDuty() {
    return duty;
  }

  public Role getRole() {
    return role;
  }

  public OrganisationKind getOrganisationKind() {
    return organisationKind;
  }

  @Override
  public String toString() {
    return "Criterion{" + requirementId + " " + clause + "}";
  }
}
