package fi.lape.rules.facts;

import fi.lape.core.Branch;
import fi.lape.core.Duty;
import fi.lape.core.Gender;
import fi.lape.core.GroupKind;
import fi.lape.core.OrganisationKind;
import fi.lape.core.Role;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * One seat: a membership active on the assessment day, with what it represents. Its branches are
 * those of its sectors, plus the residents' voice when it speaks for a voice; the rules add the
 * branch an organisation's kind stands for (an NGO's member counts as civil society even when the
 * membership lists no sector).
 */
public final class Seat {
  private final String groupId;
  private final GroupKind groupKind;
  private final String membershipId;
  private final String personId;
  private final String organisationId;
  private final OrganisationKind organisationKind;
  private final String organisationMunicipality;
  private final Role role;
  private final Set<Duty> duties;
  private final Set<Sector> sectors;
  private final Set<Branch> branches;
  private final Set<Voice> voices;
  private final Set<Enum<?>> traits;
  private final String deputyOf;
  private final LocalDate start;
  private final String homeMunicipality;
  private final Gender gender;
  private final int position;

  /** Made by lape from a membership; public for tests of your own rules. */
  public Seat(String groupId, String membershipId, String personId, String organisationId,
      OrganisationKind organisationKind, String organisationMunicipality, Role role,
      Set<Duty> duties, Set<Sector> sectors, Set<Voice> voices, String deputyOf,
      LocalDate start, String homeMunicipality, int position) {
    this(groupId, membershipId, personId, organisationId, organisationKind,
        organisationMunicipality, role, duties, sectors, voices, deputyOf, start, homeMunicipality,
        null, position);
  }

  /**
   * Made by lape from a membership, with the person's gender when it is recorded (personal data,
   * read only by rule LAPE-L01, which reports counts); public for tests of your own rules.
   */
  public Seat(String groupId, String membershipId, String personId, String organisationId,
      OrganisationKind organisationKind, String organisationMunicipality, Role role,
      Set<Duty> duties, Set<Sector> sectors, Set<Voice> voices, String deputyOf,
      LocalDate start, String homeMunicipality, Gender gender, int position) {
    this(groupId, null, membershipId, personId, organisationId, organisationKind,
        organisationMunicipality, role, duties, sectors, voices, deputyOf, start, homeMunicipality,
        gender, position);
  }

  /**
   * Made by lape from a membership of a group of kind {@code groupKind}: the rules of one kind of
   * group match only its seats, so that a seat enters only the rules that can concern it.
   */
  public Seat(String groupId, GroupKind groupKind, String membershipId, String personId,
      String organisationId, OrganisationKind organisationKind, String organisationMunicipality,
      Role role, Set<Duty> duties, Set<Sector> sectors, Set<Voice> voices, String deputyOf,
      LocalDate start, String homeMunicipality, Gender gender, int position) {
    this.groupId = groupId;
    this.groupKind = groupKind;
    this.membershipId = membershipId;
    this.personId = personId;
    this.organisationId = organisationId;
    this.organisationKind = organisationKind;
    this.organisationMunicipality = organisationMunicipality;
    this.role = role;
    this.duties = duties.isEmpty() ? EnumSet.noneOf(Duty.class) : EnumSet.copyOf(duties);
    this.sectors = sectors.isEmpty() ? EnumSet.noneOf(Sector.class) : EnumSet.copyOf(sectors);
    this.voices = voices.isEmpty() ? EnumSet.noneOf(Voice.class) : EnumSet.copyOf(voices);
    this.branches = EnumSet.noneOf(Branch.class);
    for (Sector sector : sectors) {
      branches.add(sector.branch());
    }
    for (Voice voice : voices) {
      branches.add(voice.branch());
    }
    this.traits = new HashSet<>();
    traits.addAll(this.sectors);
    traits.addAll(this.branches);
    traits.addAll(this.voices);
    traits.addAll(this.duties);
    if (role != null) {
      traits.add(role);
    }
    if (organisationKind != null) {
      traits.add(organisationKind);
    }
    this.deputyOf = deputyOf;
    this.start = start;
    this.homeMunicipality = homeMunicipality;
    this.gender = gender;
    this.position = position;
  }

  public String getGroupId() {
    return groupId;
  }

  /** The kind of the seat's group, or null when the seat was made without it. */
  public GroupKind getGroupKind() {
    return groupKind;
  }

  /** Whether the seat is in a parents' or young people's advisory group. */
  public boolean isAdvisory() {
    return groupKind != null && groupKind.isAdvisoryKind();
  }

  public String getMembershipId() {
    return membershipId;
  }

  public String getPersonId() {
    return personId;
  }

  /** The organisation the member represents; null for a resident. */
  public String getOrganisationId() {
    return organisationId;
  }

  /** The kind of that organisation; null for a resident. */
  public OrganisationKind getOrganisationKind() {
    return organisationKind;
  }

  /** The municipality of that organisation; null when it has none. */
  public String getOrganisationMunicipality() {
    return organisationMunicipality;
  }

  public Role getRole() {
    return role;
  }

  public Set<Duty> getDuties() {
    return duties;
  }

  public Set<Sector> getSectors() {
    return sectors;
  }

  /** The branches represented: of the sectors, the voices and (added by the rules) the kind. */
  public Set<Branch> getBranches() {
    return branches;
  }

  public Set<Voice> getVoices() {
    return voices;
  }

  /**
   * Everything about the seat that a requirement's criterion can name ({@link
   * Criterion#getAtom()}): its sectors, branches, voices and duties, its role and the kind of its
   * organisation.
   */
  public Set<Enum<?>> getTraits() {
    return traits;
  }

  /** The membership this one deputises for; null when none. */
  public String getDeputyOf() {
    return deputyOf;
  }

  /** Whether this is a deputy's seat (a deputy member, or deputy of someone): never counted. */
  public boolean isDeputy() {
    return deputyOf != null || role == Role.DEPUTY_MEMBER;
  }

  /** The first day of the membership's term. */
  public LocalDate getStart() {
    return start;
  }

  /** The member's home municipality, when known (advisory groups); null otherwise. */
  public String getHomeMunicipality() {
    return homeMunicipality;
  }

  /**
   * The person's gender when recorded, else null: personal data, for counts only (rule LAPE-L01).
   * Never put it into a finding.
   */
  public Gender getGender() {
    return gender;
  }

  /** The membership's place in its group. */
  public int getPosition() {
    return position;
  }

  /** Adds a branch the seat represents; called by the rules inside {@code modify}. */
  public void represent(Branch branch) {
    branches.add(branch);
    traits.add(branch);
  }

  @Override
  public String toString() {
    return "Seat{" + groupId + " " + membershipId + "}";
  }
}
