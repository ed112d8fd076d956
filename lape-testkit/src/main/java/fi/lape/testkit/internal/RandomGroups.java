package fi.lape.testkit.internal;

import fi.lape.core.Channel;
import fi.lape.core.Duty;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.GroupLink;
import fi.lape.core.LinkRelation;
import fi.lape.core.MeetingDay;
import fi.lape.core.MeetingPlaceType;
import fi.lape.core.Membership;
import fi.lape.core.Role;
import fi.lape.core.Scope;
import fi.lape.core.Sector;
import fi.lape.core.Term;
import fi.lape.core.TimeSlot;
import fi.lape.core.Voice;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Groups of every kind with random, valid members: mostly clean, now and then with the mistakes the
 * rules look for (a second chair, a sector the organisation does not provide, staff in an advisory
 * group without the facilitator duty, a person seated twice in the same role), so that random
 * datasets exercise every rule.
 */
public final class RandomGroups {
  private static final List<String> THEMES = List.of("BULLYING", "FRIENDSHIP_SKILLS",
      "MULTI_PROFESSIONAL_MEETINGS", "PARENTS_PEER_GROUPS", "DIVORCE");
  private static final List<TimeSlot> SLOTS = List.of(TimeSlot.hours(8, 10), TimeSlot.hours(14, 16),
      TimeSlot.hours(20, 22));
  private static final Role[] OTHER_ROLES = {Role.MEMBER, Role.MEMBER, Role.MEMBER, Role.MEMBER,
    Role.MEMBER, Role.VICE_CHAIR, Role.SECRETARY, Role.DEPUTY_MEMBER, Role.PERMANENT_EXPERT,
    Role.COORDINATOR};

  private RandomGroups() {}

  /** A scope for a group of {@code kind} in {@code municipality} or the world's region. */
  public static Scope scope(World world, GroupKind kind, String municipality) {
    if (kind == GroupKind.REGIONAL_STEERING_GROUP
        || (kind.isAdvisoryKind() && world.rng().percent(50))) {
      return Scope.region(world.region());
    }
    return Scope.municipality(municipality);
  }

  /** The voice every resident member of an advisory group of {@code kind} speaks for, if any. */
  public static Optional<Voice> advisoryVoice(GroupKind kind) {
    if (kind == GroupKind.PARENTS_ADVISORY_GROUP) {
      return Optional.of(Voice.PARENTS);
    }
    if (kind == GroupKind.YOUTH_ADVISORY_GROUP) {
      return Optional.of(Voice.YOUNG_PEOPLE);
    }
    return Optional.empty();
  }

  /**
   * A group term and intake dates for an advisory group, around the world's date: the term starts
   * before the date and ends after it (or not at all); one intake date lies between the start and
   * the date, and often one after the date.
   */
  public static Term advisoryTerm(World world, List<LocalDate> intakeDates) {
    Rng rng = world.rng();
    LocalDate asOf = world.asOf();
    LocalDate start = asOf.minusDays(rng.between(1, 300));
    Optional<LocalDate> end = rng.percent(30) ? Optional.empty()
        : Optional.of(asOf.plusDays(rng.between(2, 300)));
    long sinceStart = ChronoUnit.DAYS.between(start, asOf);
    intakeDates.add(start.plusDays(rng.between(1, (int) sinceStart)));
    LocalDate later = asOf.plusDays(rng.between(2, 200));
    if (rng.percent(50) && end.map(e -> !later.isAfter(e)).orElse(true)) {
      intakeDates.add(later);
    }
    return end.map(e -> Term.of(start, e)).orElseGet(() -> Term.from(start));
  }

  /** A random group of {@code kind} in {@code scope} with up to {@code size} memberships. */
  public static Group make(World world, GroupKind kind, Scope scope, int size) {
    Rng rng = world.rng();
    Group.Builder g = Group.builder().id(world.groupId(kind)).kind(kind)
        .name(world.groupName(kind, scope)).scope(scope);
    Terms terms = Terms.around(world.asOf(), 1);
    Optional<Term> groupTerm = Optional.empty();
    if (kind.isAdvisoryKind()) {
      List<LocalDate> intakes = new ArrayList<>();
      Term term = advisoryTerm(world, intakes);
      groupTerm = Optional.of(term);
      g.term(term).addAllIntakeDates(intakes)
          .channel(kind == GroupKind.PARENTS_ADVISORY_GROUP ? Channel.FACEBOOK : Channel.INSTAGRAM);
      terms = Terms.within(world.asOf(), term, intakes);
    } else if (rng.percent(20)) {
      groupTerm = Optional.of(terms.make(rng, rng.pick(TermShape.values())));
      g.term(groupTerm.get());
    }
    if (!kind.isAdvisoryKind() && rng.percent(50)) {
      g.channel(rng.pick(Channel.values()));
    }
    List<Membership> seats = new ArrayList<>();
    Set<String> seated = new HashSet<>();
    int n = rng.between(0, size);
    for (int i = 0; i < n; i++) {
      seats.add(seat(world, kind, scope, terms, seats, seated));
    }
    g.memberships(seats);
    String municipality = world.municipalityOf(scope);
    if (kind.isAdvisoryKind()) {
      long active = seats.stream().filter(m -> m.isActiveOn(world.asOf())).count();
      if (rng.percent(60)) {
        // Now and then one place too few, for rule LAPE-A02.
        g.capacity(Math.max(1, (int) active + (rng.percent(10) ? -1 : rng.between(0, 5))));
      }
      g.meetingDays(meetingDays(world, seats, rng.between(0, 3)));
    }
    if (kind == GroupKind.CUSTOMER_PANEL) {
      for (Provider p : rng.some(List.of(Provider.MUNICIPALITY, Provider.SOTE, Provider.PARISH,
          Provider.MLL), 1, 3)) {
        g.addMaintainerId(world.organisation(p, municipality));
      }
    }
    if (kind == GroupKind.MEETING_PLACE) {
      g.meetingPlaceType(rng.pick(MeetingPlaceType.values()));
    }
    g.themes(rng.some(THEMES, 0, 2));
    return g.build();
  }

  /** Links a group to others of the world as the seeds describe: consulting, reporting, coordinating. */
  public static List<GroupLink> links(World world, Group from) {
    Rng rng = world.rng();
    List<GroupLink> links = new ArrayList<>();
    for (Group to : world.groups()) {
      if (to.id().equals(from.id()) || !rng.percent(from.kind().isPlanningKind() ? 30 : 8)) {
        continue;
      }
      LinkRelation relation = to.kind().isVoiceKind() ? LinkRelation.CONSULTS
          : to.kind() == GroupKind.REGIONAL_STEERING_GROUP ? LinkRelation.REPORTS_TO
          : rng.pick(LinkRelation.values());
      links.add(GroupLink.of(to.id(), relation));
    }
    return links;
  }

  /** Meeting days near the world's date, facilitated by a staff member of the group or another person. */
  public static List<MeetingDay> meetingDays(World world, List<Membership> seats, int count) {
    Rng rng = world.rng();
    List<String> staff = new ArrayList<>();
    for (Membership m : seats) {
      if (m.duties().contains(Duty.ADVISORY_FACILITATOR)) {
        staff.add(m.personId());
      }
    }
    List<MeetingDay> days = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      MeetingDay.Builder day = MeetingDay.builder()
          .date(world.asOf().plusDays(rng.between(-60, 60)))
          .slots(rng.some(SLOTS, 1, 3)).themes(rng.some(THEMES, 1, 1));
      if (rng.percent(85)) {
        day.addFacilitatorId(staff.isEmpty() ? world.person(Optional.empty()) : rng.pick(staff));
      }
      days.add(day.build());
    }
    return days;
  }

  private static Membership seat(World world, GroupKind kind, Scope scope, Terms terms,
      List<Membership> seats, Set<String> seated) {
    Rng rng = world.rng();
    String municipality = rng.percent(80) ? world.municipalityOf(scope)
        : rng.pick(world.municipalities());
    boolean staff = rng.percent(kind.isAdvisoryKind() ? 20 : 75);
    Membership.Builder b = world.seat(person(world, seated, seats, rng.percent(2)));
    if (staff) {
      Provider provider = rng.pick(Provider.values());
      String org = world.organisation(provider, municipality);
      b.organisationId(org).addAllSectors(rng.some(provider.sectors(), 1, 2));
      if (rng.percent(4)) {
        b.addSector(rng.pick(Sector.values()));
      }
      if (kind.isAdvisoryKind() && rng.percent(85)) {
        b.addDuty(Duty.ADVISORY_FACILITATOR);
      }
    } else {
      Optional<Voice> own = advisoryVoice(kind);
      if (own.isPresent() && rng.percent(92)) {
        b.addVoice(own.get());
      }
      if (own.isEmpty() || rng.percent(10)) {
        b.addAllVoices(rng.some(EnumSet.allOf(Voice.class), 1, 2));
      }
    }
    boolean chairless = seats.stream().noneMatch(m -> m.role() == Role.CHAIR);
    Role role = chairless && kind.isPlanningKind() && rng.percent(85) ? Role.CHAIR
        : rng.percent(3) ? Role.CHAIR : rng.pick(OTHER_ROLES);
    b.role(role);
    if (role == Role.DEPUTY_MEMBER && !seats.isEmpty() && rng.percent(60)) {
      b.deputyOf(rng.pick(seats).id());
    }
    if (rng.percent(15)) {
      b.addDuty(rng.pick(Duty.values()));
    }
    int shape = rng.below(100);
    b.term(terms.make(rng, shape < 65 ? TermShape.ACTIVE : shape < 70 ? TermShape.STARTS_ON
        : shape < 75 ? TermShape.ENDS_ON : shape < 88 ? TermShape.ENDED : TermShape.FUTURE));
    return b.build();
  }

  /** A new person, or one of the world's (to share members across groups); seldom one seated here already. */
  private static String person(World world, Set<String> seated, List<Membership> seats,
      boolean again) {
    Rng rng = world.rng();
    if (again && !seats.isEmpty()) {
      return rng.pick(seats).personId();
    }
    List<String> known = world.personIds();
    if (!known.isEmpty() && rng.percent(15)) {
      String p = rng.pick(known);
      if (seated.add(p)) {
        return p;
      }
    }
    String p = world.person();
    seated.add(p);
    return p;
  }
}
