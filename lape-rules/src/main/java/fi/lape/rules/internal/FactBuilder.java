package fi.lape.rules.internal;

import fi.lape.core.Branch;
import fi.lape.core.Duty;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.MeetingDay;
import fi.lape.core.Membership;
import fi.lape.core.Organisation;
import fi.lape.core.OrganisationKind;
import fi.lape.core.Person;
import fi.lape.core.Role;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import fi.lape.core.policy.Thresholds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one group on one day into facts: a single pass over the active memberships computes
 * per-membership bit masks, then each requirement counts its distinct persons over those masks.
 * No rule is decided here; every fact carries what a rule needs to decide by itself, so the rule
 * base needs no joins.
 */
final class FactBuilder {
  private static final long SOTE_SECTORS = sectorsOf(Branch.SOCIAL_HEALTH);
  private static final long CIVIL_SECTORS = sectorsOf(Branch.CIVIL_SOCIETY)
      | sectorsOf(Branch.PARISH);
  private static final int ROLES = Role.values().length;

  private FactBuilder() {}

  private static long sectorsOf(Branch branch) {
    long mask = 0;
    for (Sector sector : Sector.values()) {
      if (sector.branch() == branch) {
        mask |= 1L << sector.ordinal();
      }
    }
    return mask;
  }

  static PreparedGroup prepare(Group group, DayIndex index, CompiledPolicy policy) {
    LocalDate day = index.day();
    List<Membership> active = new ArrayList<>(group.memberships().size());
    for (Membership m : group.memberships()) {
      if (m.isActiveOn(day)) {
        active.add(m);
      }
    }
    int n = active.size();
    Map<String, Integer> personIndex = new HashMap<>(n * 2);
    int[] person = new int[n];
    long[] sectors = new long[n];
    int[] voices = new int[n];
    int[] duties = new int[n];
    EnumSet<Branch> branches = EnumSet.noneOf(Branch.class);
    Set<String> organisations = new HashSet<>();
    GroupFacts facts = new GroupFacts(group.id(), group.kind());
    List<String> chairMemberships = null;
    List<String> chairPersons = null;
    boolean repeatedSeat = false;
    boolean[] seat = new boolean[n * ROLES];
    for (int i = 0; i < n; i++) {
      Membership m = active.get(i);
      Integer p = personIndex.putIfAbsent(m.personId(), personIndex.size());
      person[i] = p == null ? personIndex.size() - 1 : p;
      long s = Masks.ofLong(m.sectors());
      sectors[i] = s;
      voices[i] = Masks.of(m.voices());
      duties[i] = Masks.of(m.duties());
      for (Sector sector : m.sectors()) {
        branches.add(sector.branch());
      }
      if (!m.voices().isEmpty()) {
        branches.add(Branch.RESIDENTS_VOICE);
      }
      m.organisationId().ifPresent(organisations::add);
      if (m.role() == Role.CHAIR) {
        if (chairMemberships == null) {
          chairMemberships = new ArrayList<>(2);
          chairPersons = new ArrayList<>(2);
        }
        chairMemberships.add(m.id());
        if (!chairPersons.contains(m.personId())) {
          chairPersons.add(m.personId());
        }
      }
      if ((duties[i] & (1 << Duty.SOTE_PREPARATION_LIAISON.ordinal())) != 0) {
        facts.soteLiaisons++;
      }
      int key = person[i] * ROLES + m.role().ordinal();
      repeatedSeat |= seat[key];
      seat[key] = true;
    }
    Thresholds thresholds = policy.policy().thresholds();
    facts.activePersons = personIndex.size();
    facts.branches = branches.size();
    facts.organisations = organisations.size();
    facts.minBranches = thresholds.minBranches();
    facts.minOrganisations = thresholds.minOrganisations();
    if (chairMemberships != null) {
      facts.chairs = chairPersons.size();
      facts.chairMembershipIds = chairMemberships;
      facts.chairPersonIds = chairPersons;
    }

    facts.requirements =
        requirements(group, index, policy, active, person, sectors, voices, duties);
    GroupKind kind = group.kind();
    if (kind == GroupKind.MUNICIPAL_LAPE_GROUP) {
      interfaces(facts, active, sectors, index);
      crossGroup(group, facts, active, index);
    } else if (kind == GroupKind.REGIONAL_STEERING_GROUP) {
      String region = group.scope().region().orElseThrow();
      for (Group municipal : index.municipalLapeGroupsOfRegion(region)) {
        facts.municipalGroups.add(new MunicipalGroupFacts(group.id(), municipal.id(),
            municipal.scope().municipality().orElseThrow(),
            index.sharedPersons(group, municipal)));
      }
    } else if (kind.isAdvisoryKind()) {
      advisory(group, facts, active, duties, index);
    } else if (kind == GroupKind.CUSTOMER_PANEL) {
      maintainers(group, facts, index);
    }
    if (repeatedSeat) {
      repeatedSeats(group, active, facts.seats);
    }
    sectorClaims(group, active, sectors, index, facts.sectorClaims);
    return new PreparedGroup(group, facts, branches, active);
  }

  private static List<RequirementFacts> requirements(Group group, DayIndex index,
      CompiledPolicy policy, List<Membership> active, int[] person, long[] sectors, int[] voices,
      int[] duties) {
    List<CompiledRequirement> applicable = policy.requirementsFor(group);
    if (applicable.isEmpty()) {
      return List.of();
    }
    boolean municipal = group.kind() == GroupKind.MUNICIPAL_LAPE_GROUP;
    List<RequirementFacts> facts = new ArrayList<>(applicable.size());
    GroupKind[] linkedKinds = new GroupKind[group.links().size()];
    for (int l = 0; l < linkedKinds.length; l++) {
      linkedKinds[l] = index.kindOf(group.links().get(l).groupId());
    }
    BitSet persons = new BitSet();
    for (CompiledRequirement requirement : applicable) {
      List<String> witnesses = new ArrayList<>();
      persons.clear();
      for (int i = 0; i < active.size(); i++) {
        Membership m = active.get(i);
        if (requirement.counts(sectors[i], voices[i], duties[i], m.role())) {
          witnesses.add(m.id());
          persons.set(person[i]);
        }
      }
      List<String> linked = List.of();
      for (int l = 0; l < linkedKinds.length; l++) {
        if (requirement.countsLinkedKind(linkedKinds[l])) {
          String id = group.links().get(l).groupId();
          if (linked.isEmpty()) {
            linked = new ArrayList<>(2);
          }
          if (!linked.contains(id)) {
            linked.add(id);
          }
        }
      }
      facts.add(new RequirementFacts(group.id(), municipal, requirement, witnesses,
          persons.cardinality(), linked));
    }
    return facts;
  }

  /** The three interfaces of LAPE-M07: which sides are present. */
  private static void interfaces(GroupFacts facts, List<Membership> active, long[] sectors,
      DayIndex index) {
    long municipalSectors = 0;
    for (int i = 0; i < active.size(); i++) {
      Membership m = active.get(i);
      Optional<OrganisationKind> kind = m.organisationId()
          .flatMap(index::organisation).map(Organisation::kind);
      if ((sectors[i] & SOTE_SECTORS) != 0) {
        facts.soteSide = true;
      }
      if ((sectors[i] & CIVIL_SECTORS) != 0) {
        facts.civilSide = true;
      }
      if (kind.isEmpty()) {
        continue;
      }
      OrganisationKind k = kind.get();
      if (k == OrganisationKind.MUNICIPALITY) {
        facts.municipalSide = true;
        municipalSectors |= sectors[i];
      }
      if (k == OrganisationKind.WELLBEING_SERVICES_COUNTY
          || k == OrganisationKind.JOINT_MUNICIPAL_AUTHORITY) {
        facts.soteSide = true;
      }
      if (k.isPublicBody()) {
        facts.publicSide = true;
      }
      if (k.isCivilSocietyOrParish()) {
        facts.civilSide = true;
      }
    }
    facts.municipalSectors = Long.bitCount(municipalSectors);
  }

  /** LAPE-M11 and LAPE-M13: the other groups of the municipality. */
  private static void crossGroup(Group group, GroupFacts facts, List<Membership> active,
      DayIndex index) {
    String municipality = group.scope().municipality().orElseThrow();
    List<Group> siblings = index.groupsOfMunicipality(municipality);
    if (siblings.size() <= 1) {
      return;
    }
    Map<String, Integer> seats = null;
    for (Group other : siblings) {
      if (other.id().equals(group.id())) {
        continue;
      }
      if (other.kind() == GroupKind.CUSTOMER_PANEL && !other.maintainerIds().isEmpty()) {
        if (seats == null) {
          seats = organisationSeats(active);
        }
        for (String maintainer : other.maintainerIds()) {
          facts.panelMaintainers.add(new PanelMaintainerFacts(group.id(), other.id(), maintainer,
              seats.getOrDefault(maintainer, 0)));
        }
      }
      facts.siblings.add(new SiblingGroupFacts(group.id(), other.id(), other.kind(),
          index.sharedPersons(group, other), facts.activePersons,
          other.kind().isPlanningKind(), DayIndex.linked(group, other)));
    }
  }

  private static Map<String, Integer> organisationSeats(List<Membership> active) {
    Map<String, Integer> seats = new HashMap<>();
    for (Membership m : active) {
      m.organisationId().ifPresent(o -> seats.merge(o, 1, Integer::sum));
    }
    return seats;
  }

  private static void advisory(Group group, GroupFacts facts, List<Membership> active,
      int[] duties, DayIndex index) {
    Set<Voice> groupVoices = group.kind().voices();
    List<String> voiceCodes = new ArrayList<>();
    for (Voice voice : Voice.values()) {
      if (groupVoices.contains(voice)) {
        voiceCodes.add(voice.code());
      }
    }
    Optional<LocalDate> termStart = group.term().map(t -> t.start());
    boolean scheduleKnown = termStart.isPresent() || !group.intakeDates().isEmpty();
    Set<String> residents = new HashSet<>();
    for (int i = 0; i < active.size(); i++) {
      Membership m = active.get(i);
      LocalDate start = m.term().start();
      MemberFacts member = new MemberFacts(group.id(), m.id(), m.personId(), start.toString());
      member.facilitator = (duties[i] & (1 << Duty.ADVISORY_FACILITATOR.ordinal())) != 0;
      member.staff = m.organisationId().isPresent() || !m.sectors().isEmpty();
      member.organisationId = m.organisationId().orElse("");
      for (Voice voice : m.voices()) {
        member.speaksForGroupVoice |= groupVoices.contains(voice);
      }
      member.groupVoices = voiceCodes;
      member.scheduleKnown = scheduleKnown;
      member.startsOnTermStart = termStart.map(start::equals).orElse(false);
      member.startsOnIntakeDate = group.intakeDates().contains(start);
      facts.members.add(member);
      if (!member.facilitator) {
        residents.add(m.personId());
      }
    }
    facts.residents = residents.size();
    facts.capacity = group.capacity().orElse(0);
    Set<String> homes = new HashSet<>();
    for (String id : residents) {
      Optional<String> home = index.dataset().person(id).flatMap(Person::homeMunicipality);
      if (home.isPresent()) {
        homes.add(home.get());
      } else {
        facts.unknownHomes++;
      }
    }
    facts.homeMunicipalities = homes.size();
    for (MeetingDay meetingDay : group.meetingDays()) {
      facts.meetingDays.add(new MeetingDayFacts(group.id(), meetingDay.date().toString(),
          meetingDay.facilitatorIds().size()));
    }
  }

  /** LAPE-C01: the maintaining organisations and their branches. */
  private static void maintainers(Group group, GroupFacts facts, DayIndex index) {
    EnumSet<Branch> branches = EnumSet.noneOf(Branch.class);
    for (String id : group.maintainerIds()) {
      Optional<Organisation> organisation = index.organisation(id);
      if (organisation.isEmpty() || organisation.get().sectors().isEmpty()) {
        continue;
      }
      facts.maintainerOrganisations++;
      for (Sector sector : organisation.get().sectors()) {
        branches.add(sector.branch());
      }
    }
    facts.maintainerBranches = branches.size();
  }

  /** LAPE-D01: the persons who hold a role in more than one active membership. */
  private static void repeatedSeats(Group group, List<Membership> active,
      List<SeatFacts> out) {
    Map<String, List<String>> seats = new LinkedHashMap<>();
    for (Membership m : active) {
      seats.computeIfAbsent(m.personId() + '\u0000' + m.role().name(), k -> new ArrayList<>())
          .add(m.id());
    }
    for (Map.Entry<String, List<String>> entry : seats.entrySet()) {
      if (entry.getValue().size() > 1) {
        String key = entry.getKey();
        int split = key.indexOf('\u0000');
        out.add(new SeatFacts(group.id(), key.substring(0, split),
            Role.valueOf(key.substring(split + 1)), List.copyOf(entry.getValue())));
      }
    }
  }

  /** LAPE-D02: sectors represented that the member's organisation does not list. */
  private static void sectorClaims(Group group, List<Membership> active, long[] sectors,
      DayIndex index, List<SectorClaimFacts> out) {
    for (int i = 0; i < active.size(); i++) {
      if (sectors[i] == 0) {
        continue;
      }
      Membership m = active.get(i);
      if (m.organisationId().isEmpty()) {
        continue;
      }
      Optional<Organisation> organisation = index.organisation(m.organisationId().get());
      if (organisation.isEmpty()) {
        continue;
      }
      long provided = index.organisationSectors(organisation.get());
      long unprovided = sectors[i] & ~provided;
      if (provided == 0 || unprovided == 0) {
        continue;
      }
      List<String> codes = new ArrayList<>();
      for (Sector sector : Sector.values()) {
        if ((unprovided & (1L << sector.ordinal())) != 0) {
          codes.add(sector.code());
        }
      }
      out.add(new SectorClaimFacts(group.id(), m.id(), m.personId(),
          organisation.get().id(), codes));
    }
  }
}
