package fi.lape.json.internal;

import fi.lape.core.Channel;
import fi.lape.core.Dataset;
import fi.lape.core.DatasetProblem;
import fi.lape.core.Duty;
import fi.lape.core.Gender;
import fi.lape.core.GenderBalanceWaiver;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.GroupLink;
import fi.lape.core.InvalidDatasetException;
import fi.lape.core.LapeValidationException;
import fi.lape.core.LinkRelation;
import fi.lape.core.MeetingDay;
import fi.lape.core.MeetingPlaceType;
import fi.lape.core.Membership;
import fi.lape.core.Municipality;
import fi.lape.core.Organisation;
import fi.lape.core.OrganisationKind;
import fi.lape.core.Person;
import fi.lape.core.Region;
import fi.lape.core.RegionMembership;
import fi.lape.core.Role;
import fi.lape.core.Scope;
import fi.lape.core.Sector;
import fi.lape.core.Term;
import fi.lape.core.TimeSlot;
import fi.lape.core.Voice;
import fi.lape.json.LapeDocument;
import fi.lape.json.ProblemCode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a bound dataset document, or one of its parts, into lape-core's values. Ids, references
 * and codes of the dataset as a whole are checked once, by lape-core ({@code DatasetChecker}, run
 * when the dataset is built); its problems are given their pointers' places here.
 */
final class DatasetReading extends Reading {
  /** The ids of the memberships of the group being read, for deputyOf. */
  private Set<String> seatIds;
  /** Its deputies: the place of each deputyOf, then its target. */
  private List<Object> deputies;

  DatasetReading(WireParser parser, Options options) {
    super(parser, options);
  }

  /** The dataset of a whole document, or null when anything is wrong (recorded). */
  Dataset document(Wire.DatasetDoc doc) {
    if (doc == null) {
      return null;
    }
    if (!document(doc.format, doc.version, LapeDocument.DATASET)) {
      return null;
    }
    At root = At.ROOT;
    List<Region> regions = list(doc.regions, root, "regions", this::region);
    List<Municipality> municipalities =
        list(doc.municipalities, root, "municipalities", this::municipality);
    List<Organisation> organisations =
        list(doc.organisations, root, "organisations", this::organisation);
    List<Person> persons = list(doc.persons, root, "persons", this::person);
    List<Group> groups = list(doc.groups, root, "groups", this::group);
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      return Dataset.builder().regions(regions).municipalities(municipalities)
          .organisations(organisations).persons(persons).groups(groups).build();
    } catch (InvalidDatasetException e) {
      // Ids and references are checked once, by core; its problems get their place later.
      for (DatasetProblem problem : e.problems()) {
        core(problem);
      }
      return null;
    } catch (LapeValidationException e) {
      problem(root, ProblemCode.INVALID_VALUE, "invalidValue", Text.invalid(e.getMessage()));
      return null;
    }
  }

  /** A problem core's dataset check found, in lape-json's words. */
  private void core(DatasetProblem problem) {
    List<String> a = problem.arguments();
    ProblemCode code = ProblemCode.byCode(problem.code()).orElse(ProblemCode.INVALID_VALUE);
    String pointer = problem.pointer();
    switch (code) {
      case DUPLICATE_ID:
        problems.add(pointer, Problems.Anchor.VALUE, code, "duplicate." + a.get(0),
            Text.id(a.get(1)), a.get(2));
        break;
      case DANGLING_REFERENCE:
        problems.add(pointer, Problems.Anchor.VALUE, code, "dangling." + a.get(0),
            Text.id(a.get(1)));
        break;
      case UNKNOWN_REGION:
        problems.add(pointer, Problems.Anchor.VALUE, code, "unknownRegion", Text.id(a.get(0)));
        break;
      case UNKNOWN_MUNICIPALITY:
        problems.add(pointer, Problems.Anchor.VALUE, code, "unknownMunicipality",
            Text.id(a.get(0)));
        break;
      default:
        problems.add(pointer, Problems.Anchor.VALUE, ProblemCode.INVALID_VALUE, "invalidValue",
            Text.invalid(problem.message()));
    }
  }

  Region region(Wire.Region w, At at) {
    int mark = mark();
    String code = required(w.code, at, "code", this::regionCode);
    String name = required(w.name, at, "name", this::text);
    Optional<String> nameSv = optional(w.nameSv, at, "nameSv", this::text);
    return cleanSince(mark)
        ? build(at, () -> Region.builder().code(code).name(name).nameSv(nameSv).build()) : null;
  }

  Municipality municipality(Wire.Municipality w, At at) {
    int mark = mark();
    String code = required(w.code, at, "code", this::municipalityCode);
    String name = required(w.name, at, "name", this::text);
    Optional<String> nameSv = optional(w.nameSv, at, "nameSv", this::text);
    List<RegionMembership> periods =
        list(w.regionMemberships, at, "regionMemberships", this::regionMembership);
    return cleanSince(mark)
        ? build(at, () -> Municipality.builder().code(code).name(name).nameSv(nameSv)
            .regionMemberships(periods).build())
        : null;
  }

  RegionMembership regionMembership(Wire.RegionMembership w, At at) {
    int mark = mark();
    String region = required(w.regionCode, at, "regionCode", this::regionCode);
    Optional<LocalDate> from = optional(w.validFrom, at, "validFrom", this::date);
    Optional<LocalDate> to = optional(w.validTo, at, "validTo", this::date);
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      problem(at.member("validTo"), ProblemCode.END_BEFORE_START, "validToBeforeFrom",
          to.get().toString(), from.get().toString());
    }
    return cleanSince(mark)
        ? build(at, () -> RegionMembership.between(region, from, to)) : null;
  }

  Person person(Wire.Person w, At at) {
    int mark = mark();
    String id = required(w.id, at, "id", this::id);
    Optional<String> name = optional(w.name, at, "name", this::text);
    Optional<String> email = optional(w.email, at, "email", this::text);
    Optional<String> phone = optional(w.phone, at, "phone", this::text);
    Optional<Gender> gender = optional(w.gender, at, "gender", this::gender);
    Optional<String> home =
        optional(w.homeMunicipality, at, "homeMunicipality", this::municipalityCode);
    return cleanSince(mark)
        ? build(at, () -> Person.builder().id(id).name(name).email(email).phone(phone)
            .gender(gender).homeMunicipality(home).build())
        : null;
  }

  /**
   * A gender code. Gender is personal data: a value that is not a code is shown by its shape only,
   * and without the "did you mean" of other codes, which would name a gender.
   */
  private Gender gender(String code, At at) {
    for (Gender gender : Gender.values()) {
      if (gender.code().equals(code)) {
        return gender;
      }
    }
    problem(at, ProblemCode.UNKNOWN_CODE, "unknownCode", Text.shape(code),
        Arrays.stream(Gender.values()).map(Gender::code).collect(Collectors.joining(", ")));
    return null;
  }

  GenderBalanceWaiver genderBalanceWaiver(Wire.GenderBalanceWaiver w, At at) {
    int mark = mark();
    String reason = required(w.reason, at, "reason", this::text);
    return cleanSince(mark) ? build(at, () -> GenderBalanceWaiver.of(reason)) : null;
  }

  Organisation organisation(Wire.Organisation w, At at) {
    int mark = mark();
    String id = required(w.id, at, "id", this::id);
    String name = required(w.name, at, "name", this::text);
    OrganisationKind kind = required(w.kind, at, "kind", code(OrganisationKind.class));
    Optional<String> municipality =
        optional(w.municipality, at, "municipality", this::municipalityCode);
    Optional<String> region = optional(w.region, at, "region", this::regionCode);
    // A county code has the region code's form: two digits.
    Optional<String> county =
        optional(w.wellbeingServicesCounty, at, "wellbeingServicesCounty", this::regionCode);
    Set<Sector> sectors = set(w.sectors, at, "sectors", code(Sector.class));
    return cleanSince(mark)
        ? build(at, () -> Organisation.builder().id(id).name(name).kind(kind)
            .municipality(municipality).region(region).wellbeingServicesCounty(county)
            .sectors(sectors).build())
        : null;
  }

  Group group(Wire.Group w, At at) {
    int mark = mark();
    String id = required(w.id, at, "id", this::id);
    GroupKind kind = required(w.kind, at, "kind", code(GroupKind.class));
    String name = required(w.name, at, "name", this::text);
    Scope scope = required(w.scope, at, "scope", this::scope);
    if (scope != null && kind == GroupKind.REGIONAL_STEERING_GROUP && scope.isMunicipal()) {
      problem(at.member("scope"), ProblemCode.INVALID_SCOPE, "scope.regional");
    }
    if (scope != null && kind == GroupKind.MUNICIPAL_LAPE_GROUP && !scope.isMunicipal()) {
      problem(at.member("scope"), ProblemCode.INVALID_SCOPE, "scope.municipal");
    }
    Optional<Term> term = optional(w.term, at, "term", this::term);
    Optional<Channel> channel = optional(w.channel, at, "channel", code(Channel.class));
    Optional<Integer> capacity = optional(w.capacity, at, "capacity", integer(1));
    Optional<MeetingPlaceType> placeType =
        optional(w.meetingPlaceType, at, "meetingPlaceType", code(MeetingPlaceType.class));
    if (placeType.isPresent() && kind != null && kind != GroupKind.MEETING_PLACE) {
      problem(at.member("meetingPlaceType"), ProblemCode.INCONSISTENT_VALUE,
          "meetingPlaceType", kind.code());
    }
    List<String> themes = list(w.themes, at, "themes", this::text);
    Set<String> maintainers = set(w.maintainerIds, at, "maintainerIds", this::id);
    List<LocalDate> intakeDates = list(w.intakeDates, at, "intakeDates", this::date);
    List<GroupLink> links = list(w.links, at, "links", (l, a) -> link(l, a, id));
    List<MeetingDay> days = list(w.meetingDays, at, "meetingDays", this::meetingDay);
    Optional<GenderBalanceWaiver> waiver =
        optional(w.genderBalanceWaiver, at, "genderBalanceWaiver", this::genderBalanceWaiver);
    List<Wire.Membership> seats = w.memberships;
    if (seats != null && seats.size() > options.limits().membersPerGroup()) {
      problem(at.member("memberships"), ProblemCode.LIMIT_EXCEEDED, "limit.memberships",
          seats.size(), options.limits().membersPerGroup());
      return null;
    }
    seatIds = new HashSet<>();
    deputies = new ArrayList<>();
    List<Membership> memberships = list(seats, at, "memberships", this::membership);
    for (int i = 0; i < deputies.size(); i += 2) {
      String target = (String) deputies.get(i + 1);
      if (!seatIds.contains(target)) {
        problem((At) deputies.get(i), ProblemCode.INCONSISTENT_VALUE, "deputyOfOther",
            Text.id(target));
      }
    }
    deputies = null;
    return cleanSince(mark)
        ? build(at, () -> Group.builder().id(id).kind(kind).name(name).scope(scope).term(term)
            .channel(channel).capacity(capacity).meetingPlaceType(placeType).themes(themes)
            .maintainerIds(maintainers).intakeDates(intakeDates).links(links).meetingDays(days)
            .genderBalanceWaiver(waiver).memberships(memberships).build())
        : null;
  }

  Scope scope(Wire.Scope w, At at) {
    int mark = mark();
    Optional<String> region = optional(w.region, at, "region", this::regionCode);
    Optional<String> municipality =
        optional(w.municipality, at, "municipality", this::municipalityCode);
    if (!cleanSince(mark)) {
      return null;
    }
    if (region.isPresent() == municipality.isPresent()) {
      problem(at, ProblemCode.INVALID_SCOPE, "scope.exactlyOne");
      return null;
    }
    return build(at, () -> region.map(Scope::region)
        .orElseGet(() -> Scope.municipality(municipality.get())));
  }

  Term term(Wire.Term w, At at) {
    int mark = mark();
    LocalDate start = required(w.start, at, "start", this::date);
    Optional<LocalDate> end = optional(w.end, at, "end", this::date);
    if (start != null && end.isPresent() && end.get().isBefore(start)) {
      problem(at.member("end"), ProblemCode.END_BEFORE_START, "endBeforeStart",
          end.get().toString(), start.toString());
    }
    return cleanSince(mark)
        ? build(at, () -> end.map(e -> Term.of(start, e)).orElseGet(() -> Term.from(start)))
        : null;
  }

  GroupLink link(Wire.Link w, At at, String groupId) {
    int mark = mark();
    String target = required(w.groupId, at, "groupId", this::id);
    LinkRelation relation = required(w.relation, at, "relation", code(LinkRelation.class));
    if (target != null && target.equals(groupId)) {
      problem(at.member("groupId"), ProblemCode.INCONSISTENT_VALUE, "selfLink");
    }
    return cleanSince(mark) ? build(at, () -> GroupLink.of(target, relation)) : null;
  }

  MeetingDay meetingDay(Wire.MeetingDay w, At at) {
    int mark = mark();
    LocalDate date = required(w.date, at, "date", this::date);
    List<TimeSlot> slots = list(w.slots, at, "slots", this::timeSlot);
    List<String> themes = list(w.themes, at, "themes", this::text);
    Set<String> facilitators = set(w.facilitatorIds, at, "facilitatorIds", this::id);
    return cleanSince(mark)
        ? build(at, () -> MeetingDay.builder().date(date).slots(slots).themes(themes)
            .facilitatorIds(facilitators).build())
        : null;
  }

  TimeSlot timeSlot(Wire.TimeSlot w, At at) {
    int mark = mark();
    LocalTime start = required(w.start, at, "start", this::time);
    LocalTime end = required(w.end, at, "end", this::time);
    if (start != null && end != null && !end.isAfter(start)) {
      problem(at.member("end"), ProblemCode.END_BEFORE_START, "endNotAfterStart",
          end.toString(), start.toString());
    }
    return cleanSince(mark) ? build(at, () -> TimeSlot.of(start, end)) : null;
  }

  Membership membership(Wire.Membership w, At at) {
    int mark = mark();
    String id = required(w.id, at, "id", this::id);
    String personId = required(w.personId, at, "personId", this::id);
    Optional<String> organisationId =
        optional(w.organisationId, at, "organisationId", this::id);
    if (id != null && seatIds != null) {
      seatIds.add(id);
    }
    Role role = w.role != null ? code(w.role, at.member("role"), Role.class)
        : absentRole(at);
    Set<Duty> duties = set(w.duties, at, "duties", code(Duty.class));
    Set<Sector> sectors = set(w.sectors, at, "sectors", code(Sector.class));
    Set<Voice> voices = set(w.voices, at, "voices", code(Voice.class));
    Term term = required(w.term, at, "term", this::term);
    Optional<String> deputyOf = optional(w.deputyOf, at, "deputyOf", this::id);
    if (deputyOf.isPresent()) {
      if (deputyOf.get().equals(id)) {
        problem(at.member("deputyOf"), ProblemCode.INCONSISTENT_VALUE, "deputyOfItself");
      } else if (role != null && role != Role.DEPUTY_MEMBER) {
        problem(at.member("deputyOf"), ProblemCode.INCONSISTENT_VALUE, "deputyRole",
            role.code());
      } else if (deputies != null) {
        deputies.add(at.member("deputyOf"));
        deputies.add(deputyOf.get());
      }
    }
    Role held = role;
    return cleanSince(mark)
        ? build(at, () -> Membership.builder().id(id).personId(personId)
            .organisationId(organisationId).role(held).duties(duties).sectors(sectors)
            .voices(voices).term(term).deputyOf(deputyOf).build())
        : null;
  }

  /** An absent role is a member's; a null or a wrong type is a problem (recorded). */
  private Role absentRole(At at) {
    if (parser.sawNull() || !problems.isEmpty()) {
      String pointer = at.member("role").pointer();
      if (parser.nullAt(pointer) != null) {
        optional(null, at, "role");
        return null;
      }
      if (problems.recordedAt(pointer)) {
        return null;
      }
    }
    return Role.MEMBER;
  }
}
