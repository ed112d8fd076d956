package fi.lape.rules.facts;

import fi.lape.core.Branch;
import fi.lape.core.Duty;
import fi.lape.core.OrganisationKind;
import fi.lape.core.Role;
import fi.lape.core.Sector;
import fi.lape.core.Voice;

/**
 * One thing that counts toward a clause of a requirement ({@link #getAtom()}): a sector, a branch,
 * a voice, a duty, a role or an organisation kind. A seat meets it when the seat's {@link
 * Seat#getTraits() traits} contain it. Of the typed getters, the one of the atom's type returns it
 * and the others null.
 */
public final class Criterion {
  private final String requirementId;
  private final int clause;
  private final int clauses;
  private final Enum<?> atom;
  private final Sector sector;
  private final Branch branch;
  private final Voice voice;
  private final Duty duty;
  private final Role role;
  private final OrganisationKind organisationKind;

  private Criterion(String requirementId, int clause, int clauses, Enum<?> atom, Sector sector,
      Branch branch, Voice voice, Duty duty, Role role, OrganisationKind organisationKind) {
    this.requirementId = requirementId;
    this.clause = clause;
    this.clauses = clauses;
    this.atom = atom;
    this.sector = sector;
    this.branch = branch;
    this.voice = voice;
    this.duty = duty;
    this.role = role;
    this.organisationKind = organisationKind;
  }

  /**
   * A criterion of {@code value} (a Sector, Branch, Voice, Duty, Role or OrganisationKind) in
   * clause {@code clause} of a requirement that has {@code clauses} clauses.
   */
  public static Criterion of(String requirementId, int clause, int clauses, Enum<?> value) {
    return new Criterion(requirementId, clause, clauses, value,
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

  /** How many clauses the requirement has: 1 when it has only {@code anyOf}, or one allOf. */
  public int getClauses() {
    return clauses;
  }

  /** The thing that counts: a Sector, Branch, Voice, Duty, Role or OrganisationKind. */
  public Enum<?> getAtom() {
    return atom;
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
