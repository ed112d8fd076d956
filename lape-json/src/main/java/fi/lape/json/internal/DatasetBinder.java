package fi.lape.json.internal;

import fi.lape.core.Channel;
import fi.lape.core.Dataset;
import fi.lape.core.DatasetProblem;
import fi.lape.core.Duty;
import fi.lape.core.Gender;
import fi.lape.core.GenderBalanceWaiver;
import fi.lape.core.Geography;
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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Binds a dataset document, and its parts for the Jackson module. */
final class DatasetBinder extends Binder {
  /** Per group being bound: its membership ids, for deputyOf. */
  private Set<String> groupMemberships = new HashSet<>();

  DatasetBinder(Problems problems, Options options) {
    super(problems, options);
  }

  /** The dataset, or null when anything is wrong (every problem recorded). */
  Dataset dataset(Tree.Node node, boolean document) {
    Tree.Obj root = root(node, LapeDocument.DATASET, document, "regions", "municipalities",
        "organisations", "persons", "groups");
    if (root == null) {
      return null;
    }
    int mark = mark();
    List<Region> regions = list(root, "regions", this::region);
    List<Municipality> municipalities = list(root, "municipalities", this::municipality);
    List<Organisation> organisations = list(root, "organisations", this::organisation);
    List<Person> persons = list(root, "persons", this::person);
    List<Group> groups = list(root, "groups", this::group);
    if (!cleanSince(mark)) {
      return null;
    }
    try {
      return Dataset.builder().regions(regions).municipalities(municipalities)
          .organisations(organisations).persons(persons).groups(groups).build();
    } catch (InvalidDatasetException e) {
      // Ids and references are checked once, by core; its problems get their place here.
      for (DatasetProblem problem : e.problems()) {
        Tree.Node at = Tree.find(root, problem.pointer());
        core(problem, at);
      }
      return null;
    } catch (LapeValidationException e) {
      problems.add(root, ProblemCode.INVALID_VALUE, "invalidValue", Text.invalid(e.getMessage()));
      return null;
    }
  }

  /** A problem core's dataset check found, in lape-json's words. */
  private void core(DatasetProblem problem, Tree.Node at) {
    List<String> a = problem.arguments();
    ProblemCode code = ProblemCode.byCode(problem.code()).orElse(ProblemCode.INVALID_VALUE);
    switch (code) {
      case DUPLICATE_ID:
        problems.add(problem.pointer(), at.line, at.column, code, "duplicate." + a.get(0),
            Text.id(a.get(1)), a.get(2));
        break;
      case DANGLING_REFERENCE:
        problems.add(problem.pointer(), at.line, at.column, code, "dangling." + a.get(0),
            Text.id(a.get(1)));
        break;
      case UNKNOWN_REGION:
        problems.add(problem.pointer(), at.line, at.column, code, "unknownRegion",
            Text.id(a.get(0)));
        break;
      case UNKNOWN_MUNICIPALITY:
        problems.add(problem.pointer(), at.line, at.column, code, "unknownMunicipality",
            Text.id(a.get(0)));
        break;
      default:
        problems.add(problem.pointer(), at.line, at.column, ProblemCode.INVALID_VALUE,
            "invalidValue", Text.invalid(problem.message()));
    }
  }

  Region region(Tree.Node node) {
    Tree.Obj o = object(node, "code", "name", "nameSv");
    if (o == null) {
      return null;
    }
    int mark = mark();
    String code = get(o, "code", REQUIRED, this::regionCode);
    String name = get(o, "name", REQUIRED, this::text);
    Optional<String> nameSv = optional(o, "nameSv", this::text);
    return cleanSince(mark)
        ? build(o, () -> Region.builder().code(code).name(name).nameSv(nameSv).build()) : null;
  }

  Municipality municipality(Tree.Node node) {
    Tree.Obj o = object(node, "code", "name", "nameSv", "regionMemberships");
    if (o == null) {
      return null;
    }
    int mark = mark();
    String code = get(o, "code", REQUIRED, this::municipalityCode);
    String name = get(o, "name", REQUIRED, this::text);
    Optional<String> nameSv = optional(o, "nameSv", this::text);
    List<RegionMembership> periods = list(o, "regionMemberships", this::regionMembership);
    return cleanSince(mark)
        ? build(o, () -> Municipality.builder().code(code).name(name).nameSv(nameSv)
            .regionMemberships(periods).build())
        : null;
  }

  RegionMembership regionMembership(Tree.Node node) {
    Tree.Obj o = object(node, "regionCode", "validFrom", "validTo");
    if (o == null) {
      return null;
    }
    int mark = mark();
    String region = get(o, "regionCode", REQUIRED, this::regionCode);
    Optional<LocalDate> from = optional(o, "validFrom", this::date);
    Optional<LocalDate> to = optional(o, "validTo", this::date);
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      problems.add(o.get("validTo"), ProblemCode.END_BEFORE_START, "validToBeforeFrom",
          to.get().toString(), from.get().toString());
    }
    return cleanSince(mark)
        ? build(o, () -> RegionMembership.between(region, from, to)) : null;
  }

  Person person(Tree.Node node) {
    Tree.Obj o = object(node, "id", "name", "email", "phone", "gender", "homeMunicipality");
    if (o == null) {
      return null;
    }
    int mark = mark();
    String id = get(o, "id", REQUIRED, this::id);
    Optional<String> name = optional(o, "name", this::text);
    Optional<String> email = optional(o, "email", this::text);
    Optional<String> phone = optional(o, "phone", this::text);
    Optional<Gender> gender = optional(o, "gender", this::gender);
    Optional<String> home = optional(o, "homeMunicipality", this::municipalityCode);
    return cleanSince(mark)
        ? build(o, () -> Person.builder().id(id).name(name).email(email).phone(phone)
            .gender(gender).homeMunicipality(home).build())
        : null;
  }

  /**
   * A gender code. Gender is personal data: a value that is not a code is shown by its shape only,
   * and without the "did you mean" of other codes, which would name a gender.
   */
  private Gender gender(Tree.Node node) {
    String code = string(node);
    if (code == null) {
      return null;
    }
    for (Gender gender : Gender.values()) {
      if (gender.code().equals(code)) {
        return gender;
      }
    }
    problems.add(node, ProblemCode.UNKNOWN_CODE, "unknownCode", Text.shape(code),
        java.util.Arrays.stream(Gender.values()).map(Gender::code)
            .collect(java.util.stream.Collectors.joining(", ")));
    return null;
  }

  GenderBalanceWaiver genderBalanceWaiver(Tree.Node node) {
    Tree.Obj o = object(node, "reason");
    if (o == null) {
      return null;
    }
    int mark = mark();
    String reason = get(o, "reason", REQUIRED, this::text);
    return cleanSince(mark) ? build(o, () -> GenderBalanceWaiver.of(reason)) : null;
  }

  Organisation organisation(Tree.Node node) {
    Tree.Obj o = object(node, "id", "name", "kind", "municipality", "region",
        "wellbeingServicesCounty", "sectors");
    if (o == null) {
      return null;
    }
    int mark = mark();
    String id = get(o, "id", REQUIRED, this::id);
    String name = get(o, "name", REQUIRED, this::text);
    OrganisationKind kind = get(o, "kind", REQUIRED, code(OrganisationKind.class));
    Optional<String> municipality = optional(o, "municipality", this::municipalityCode);
    Optional<String> region = optional(o, "region", this::regionCode);
    // A county code has the region code's form: two digits.
    Optional<String> county = optional(o, "wellbeingServicesCounty", this::regionCode);
    Set<Sector> sectors = set(o, "sectors", code(Sector.class));
    return cleanSince(mark)
        ? build(o, () -> Organisation.builder().id(id).name(name).kind(kind)
            .municipality(municipality).region(region).wellbeingServicesCounty(county)
            .sectors(sectors).build())
        : null;
  }

  Group group(Tree.Node node) {
    Tree.Obj o = object(node, "id", "kind", "name", "scope", "term", "channel", "capacity",
        "meetingPlaceType", "themes", "maintainerIds", "intakeDates", "links", "meetingDays",
        "genderBalanceWaiver", "memberships");
    if (o == null) {
      return null;
    }
    int mark = mark();
    String id = get(o, "id", REQUIRED, this::id);
    String owner = "group " + (id == null ? "at " + o.pointer : id);
    GroupKind kind = get(o, "kind", REQUIRED, code(GroupKind.class));
    String name = get(o, "name", REQUIRED, this::text);
    Scope scope = get(o, "scope", REQUIRED, this::scope);
    if (scope != null && kind == GroupKind.REGIONAL_STEERING_GROUP && scope.isMunicipal()) {
      problems.add(o.get("scope"), ProblemCode.INVALID_SCOPE, "scope.regional");
    }
    if (scope != null && kind == GroupKind.MUNICIPAL_LAPE_GROUP && !scope.isMunicipal()) {
      problems.add(o.get("scope"), ProblemCode.INVALID_SCOPE, "scope.municipal");
    }
    Optional<Term> term = optional(o, "term", this::term);
    Optional<Channel> channel = optional(o, "channel", code(Channel.class));
    Optional<Integer> capacity = optional(o, "capacity", integer(1));
    Optional<MeetingPlaceType> placeType =
        optional(o, "meetingPlaceType", code(MeetingPlaceType.class));
    if (placeType.isPresent() && kind != null && kind != GroupKind.MEETING_PLACE) {
      problems.add(o.get("meetingPlaceType"), ProblemCode.INCONSISTENT_VALUE,
          "meetingPlaceType", kind.code());
    }
    List<String> themes = list(o, "themes", this::text);
    Set<String> maintainers = set(o, "maintainerIds", this::id);
    List<LocalDate> intakeDates = list(o, "intakeDates", this::date);
    List<GroupLink> links = list(o, "links", n -> link(n, id, owner));
    List<MeetingDay> days = list(o, "meetingDays", n -> meetingDay(n, owner));
    Optional<GenderBalanceWaiver> waiver =
        optional(o, "genderBalanceWaiver", this::genderBalanceWaiver);
    groupMemberships = new HashSet<>();
    Tree.Node membershipsNode = o.get("memberships");
    if (membershipsNode instanceof Tree.Arr
        && ((Tree.Arr) membershipsNode).items.size() > options.limits().membersPerGroup()) {
      problems.add(membershipsNode, ProblemCode.LIMIT_EXCEEDED, "limit.memberships",
          ((Tree.Arr) membershipsNode).items.size(), options.limits().membersPerGroup());
      return null;
    }
    List<Tree.Obj> deputies = new ArrayList<>();
    List<Membership> memberships = list(o, "memberships", n -> membership(n, owner, deputies));
    for (Tree.Obj deputy : deputies) {
      Tree.Node deputyOf = deputy.get("deputyOf");
      String target = ((Tree.Scalar) deputyOf).text;
      if (!groupMemberships.contains(target)) {
        problems.add(deputyOf, ProblemCode.INCONSISTENT_VALUE, "deputyOfOther", Text.id(target));
      }
    }
    return cleanSince(mark)
        ? build(o, () -> Group.builder().id(id).kind(kind).name(name).scope(scope).term(term)
            .channel(channel).capacity(capacity).meetingPlaceType(placeType).themes(themes)
            .maintainerIds(maintainers).intakeDates(intakeDates).links(links).meetingDays(days)
            .genderBalanceWaiver(waiver).memberships(memberships).build())
        : null;
  }

  Scope scope(Tree.Node node) {
    Tree.Obj o = object(node, "region", "municipality");
    if (o == null) {
      return null;
    }
    int mark = mark();
    Optional<String> region = optional(o, "region", this::regionCode);
    Optional<String> municipality = optional(o, "municipality", this::municipalityCode);
    if (!cleanSince(mark)) {
      return null;
    }
    if (region.isPresent() == municipality.isPresent()) {
      problems.add(o, ProblemCode.INVALID_SCOPE, "scope.exactlyOne");
      return null;
    }
    return build(o, () -> region.map(Scope::region)
        .orElseGet(() -> Scope.municipality(municipality.get())));
  }

  Term term(Tree.Node node) {
    Tree.Obj o = object(node, "start", "end");
    if (o == null) {
      return null;
    }
    int mark = mark();
    LocalDate start = get(o, "start", REQUIRED, this::date);
    Optional<LocalDate> end = optional(o, "end", this::date);
    if (start != null && end.isPresent() && end.get().isBefore(start)) {
      problems.add(o.get("end"), ProblemCode.END_BEFORE_START, "endBeforeStart",
          end.get().toString(), start.toString());
    }
    return cleanSince(mark)
        ? build(o, () -> end.map(e -> Term.of(start, e)).orElseGet(() -> Term.from(start)))
        : null;
  }

  GroupLink link(Tree.Node node, String groupId, String owner) {
    Tree.Obj o = object(node, "groupId", "relation");
    if (o == null) {
      return null;
    }
    int mark = mark();
    String target = get(o, "groupId", REQUIRED,
        this::id);
    LinkRelation relation = get(o, "relation", REQUIRED, code(LinkRelation.class));
    if (target != null && target.equals(groupId)) {
      problems.add(o.get("groupId"), ProblemCode.INCONSISTENT_VALUE, "selfLink");
    }
    return cleanSince(mark) ? build(o, () -> GroupLink.of(target, relation)) : null;
  }

  MeetingDay meetingDay(Tree.Node node, String owner) {
    Tree.Obj o = object(node, "date", "slots", "themes", "facilitatorIds");
    if (o == null) {
      return null;
    }
    int mark = mark();
    LocalDate date = get(o, "date", REQUIRED, this::date);
    List<TimeSlot> slots = list(o, "slots", this::timeSlot);
    List<String> themes = list(o, "themes", this::text);
    Set<String> facilitators = set(o, "facilitatorIds", this::id);
    return cleanSince(mark)
        ? build(o, () -> MeetingDay.builder().date(date).slots(slots).themes(themes)
            .facilitatorIds(facilitators).build())
        : null;
  }

  TimeSlot timeSlot(Tree.Node node) {
    Tree.Obj o = object(node, "start", "end");
    if (o == null) {
      return null;
    }
    int mark = mark();
    LocalTime start = get(o, "start", REQUIRED, this::time);
    LocalTime end = get(o, "end", REQUIRED, this::time);
    if (start != null && end != null && !end.isAfter(start)) {
      problems.add(o.get("end"), ProblemCode.END_BEFORE_START, "endNotAfterStart",
          end.toString(), start.toString());
    }
    return cleanSince(mark) ? build(o, () -> TimeSlot.of(start, end)) : null;
  }

  /**
   * A membership of the group being bound; a membership with {@code deputyOf} is added to
   * {@code deputies} so that the target can be looked up once all memberships are known.
   */
  Membership membership(Tree.Node node, String owner, List<Tree.Obj> deputies) {
    Tree.Obj o = object(node, "id", "personId", "organisationId", "role", "duties", "sectors",
        "voices", "term", "deputyOf");
    if (o == null) {
      return null;
    }
    int mark = mark();
    String id = get(o, "id", REQUIRED, this::id);
    if (id != null) {
      groupMemberships.add(id);
    }
    String seat = "membership " + (id == null ? "at " + o.pointer : id) + " of " + owner;
    String personId = get(o, "personId", REQUIRED,
        this::id);
    Optional<String> organisationId = optional(o, "organisationId",
        this::id);
    Role role = o.get("role") == null ? Role.MEMBER : get(o, "role", OPTIONAL, code(Role.class));
    Set<Duty> duties = set(o, "duties", code(Duty.class));
    Set<Sector> sectors = set(o, "sectors", code(Sector.class));
    Set<Voice> voices = set(o, "voices", code(Voice.class));
    Term term = get(o, "term", REQUIRED, this::term);
    Optional<String> deputyOf = optional(o, "deputyOf", this::id);
    if (deputyOf.isPresent()) {
      if (deputyOf.get().equals(id)) {
        problems.add(o.get("deputyOf"), ProblemCode.INCONSISTENT_VALUE, "deputyOfItself");
      } else if (role != null && role != Role.DEPUTY_MEMBER) {
        problems.add(o.get("deputyOf"), ProblemCode.INCONSISTENT_VALUE, "deputyRole", role.code());
      } else if (deputies != null) {
        deputies.add(o);
      }
    }
    return cleanSince(mark)
        ? build(o, () -> Membership.builder().id(id).personId(personId)
            .organisationId(organisationId).role(role).duties(duties).sectors(sectors)
            .voices(voices).term(term).deputyOf(deputyOf).build())
        : null;
  }
}
