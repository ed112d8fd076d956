package fi.lape.testkit.internal;

import fi.lape.core.Branch;
import fi.lape.core.Channel;
import fi.lape.core.Duty;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.GroupLink;
import fi.lape.core.LinkRelation;
import fi.lape.core.MeetingPlaceType;
import fi.lape.core.Membership;
import fi.lape.core.Role;
import fi.lape.core.Scope;
import fi.lape.core.Sector;
import fi.lape.core.Term;
import fi.lape.core.Voice;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Policies;
import fi.lape.core.policy.Requirement;
import fi.lape.core.policy.Rule;
import fi.lape.core.policy.Thresholds;
import fi.lape.testkit.GroupCase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds one group toward a goal under a policy: every applicable requirement met (compliant),
 * one requirement unmet and every other met where that is possible without meeting it (failing),
 * or one requirement met by exactly the persons it asks for (barely, last day).
 *
 * <p>The invariant behind every step: an active membership counts toward the target requirement
 * only if it was chosen as one of the target's witnesses ({@link #designated}). Every other
 * membership is built from a sector, voice, duty or role that the target does not count, and links
 * go only to kinds the target does not count. Memberships outside their term may carry anything,
 * so a group also shows that inactive memberships are ignored.
 *
 * <p>Besides the requirements, a plan keeps the fixed error rules quiet: one chair at most
 * (LAPE-M10), enough branches and organisations in a municipal LAPE group (LAPE-M08), advisory
 * members who speak for the group's voice or facilitate (LAPE-A01), room for everyone (LAPE-A02),
 * no person twice in the same role (LAPE-D01), and sectors their organisations provide (LAPE-D02).
 */
public final class Plan {
  /** What the plan aims at. */
  public enum Goal {
    /** Every requirement met. */
    COMPLIANT,
    /** The target unmet, everything else met where possible without meeting it. */
    FAILING,
    /** The target met by exactly as many persons as it asks for. */
    BARELY,
    /** Like {@link #BARELY}, with every witness of the target ending on the assessment date. */
    LAST_DAY
  }

  private static final Set<String> MULTIDISCIPLINARY_RULES =
      Set.of(Rule.M01.id(), Rule.M02.id(), Rule.M03.id(), Rule.M05.id());
  private static final List<Role> PLAIN_ROLES = List.of(Role.MEMBER, Role.PERMANENT_EXPERT,
      Role.SECRETARY, Role.COORDINATOR, Role.VICE_CHAIR, Role.DEPUTY_MEMBER);
  private static final List<Token> ALL_TOKENS = Token.countedBy(Criteria.builder()
      .addBranches(Branch.values()).addDuties(Duty.values()).addRoles(Role.values()).build());

  private final World world;
  private final Rng rng;
  private final CoveragePolicy policy;
  private final GroupKind kind;
  private final Scope scope;
  private final Optional<Requirement> target;
  private final Goal goal;
  private final String groupId;
  private final String municipality;
  private final Optional<Voice> advisoryVoice;
  private final List<LocalDate> intakeDates = new ArrayList<>();
  private final Optional<Term> groupTerm;
  private final Terms terms;
  private final List<Membership> seats = new ArrayList<>();
  private final Set<String> designated = new HashSet<>();
  private final Map<String, GroupKind> links = new LinkedHashMap<>();

  private Plan(World world, CoveragePolicy policy, GroupKind kind, Scope scope,
      Optional<Requirement> target, Goal goal) {
    this.world = world;
    this.rng = world.rng();
    this.policy = policy;
    this.kind = kind;
    this.scope = scope;
    this.target = target;
    this.goal = goal;
    this.groupId = world.groupId(kind);
    this.municipality = world.municipalityOf(scope);
    this.advisoryVoice = RandomGroups.advisoryVoice(kind);
    int futureFrom = goal == Goal.LAST_DAY ? 2 : 1;
    if (kind.isAdvisoryKind()) {
      Term term = RandomGroups.advisoryTerm(world, intakeDates);
      this.groupTerm = Optional.of(term);
      this.terms = Terms.within(world.asOf(), term, intakeDates);
    } else {
      this.groupTerm = Optional.empty();
      this.terms = Terms.around(world.asOf(), futureFrom);
    }
  }

  /**
   * A group of {@code kind} toward {@code goal} in a world around it. {@code municipality}, when
   * present, is where the group works ({@code kind} must then allow a municipal scope).
   *
   * @param size bounds the extra memberships and the other groups of the dataset
   */
  public static GroupCase make(Rng rng, int size, CoveragePolicy policy, GroupKind kind,
      Optional<String> municipality, Optional<Requirement> target, Goal goal) {
    // A regional requirement (Pohjois-Savo's LAPE-M12) applies only in its region: plan there.
    if (municipality.isEmpty() && target.flatMap(Requirement::region).isPresent()) {
      List<String> codes = fi.lape.core.Geography.builtIn()
          .municipalitiesOf(target.get().region().get(), LocalDate.of(2020, 1, 1)).stream()
          .map(fi.lape.core.Municipality::code).toList();
      if (!codes.isEmpty()) {
        municipality = Optional.of(rng.pick(codes));
      }
    }
    World world = World.create(rng, municipality, size / 10, false);
    Worlds.context(world, rng.between(0, size / 5), Math.min(size, 8));
    Scope scope = municipality.isPresent() ? Scope.municipality(municipality.get())
        : RandomGroups.scope(world, kind, world.municipalities().get(0));
    Plan plan = new Plan(world, policy, kind, scope, target, goal);
    Group group = plan.build(size);
    world.put(group);
    Worlds.link(world, Optional.of(group.id()));
    return new GroupCase(world.build(), group.id(), world.asOf());
  }

  private Group build(int size) {
    Group skeleton = Group.builder().id(groupId).kind(kind).name(world.groupName(kind, scope))
        .scope(scope).build();
    List<Requirement> applicable = applicable(skeleton);
    target.ifPresent(t -> {
      if (!applicable.contains(t)) {
        throw new IllegalArgumentException("requirement " + t.id() + " does not apply to a "
            + kind + " in " + scope);
      }
    });
    witnessTarget();
    List<Requirement> goals = new ArrayList<>(applicable);
    target.ifPresent(goals::remove);
    if (kind == GroupKind.MUNICIPAL_LAPE_GROUP) {
      // LAPE-M08 asks for M01, M02, M03 and M05 even when a policy leaves them out.
      for (Requirement core : Policies.nationalBaseline().requirements()) {
        if (MULTIDISCIPLINARY_RULES.contains(core.id())
            && goals.stream().noneMatch(r -> r.id().equals(core.id()))
            && target.map(t -> !t.id().equals(core.id())).orElse(true)) {
          goals.add(core);
        }
      }
    }
    for (Requirement r : rng.shuffled(goals)) {
      meet(r);
    }
    if (kind == GroupKind.MUNICIPAL_LAPE_GROUP) {
      thresholds(policy.thresholds());
    }
    chair();
    noise(rng.between(0, size));
    return assemble();
  }

  private void witnessTarget() {
    if (target.isEmpty() || goal == Goal.COMPLIANT) {
      return;
    }
    Requirement t = target.get();
    int persons = goal == Goal.FAILING ? rng.between(0, t.minMembers() - 1) : t.minMembers();
    List<Token> tokens = Token.countedBy(t.anyOf());
    for (int i = 0; i < persons; i++) {
      TermShape shape = goal == Goal.LAST_DAY ? TermShape.ENDS_ON
          : goal == Goal.BARELY ? rng.pick(TermShape.ACTIVE, TermShape.STARTS_ON, TermShape.ENDS_ON)
          : TermShape.ACTIVE;
      for (Token token : rng.shuffled(tokens)) {
        Optional<Membership> m = candidate(token, shape, true, null)
            .map(found -> found.role() == Role.DEPUTY_MEMBER || found.deputyOf().isPresent()
                ? Membership.builder().from(found).role(Role.MEMBER)
                    .deputyOf(Optional.empty()).build()
                : found);
        if (m.isPresent()) {
          // Per-person counting: a second seat of a witness must not count as a second person.
          seat(m.get(), true, token.role() == null && rng.percent(40));
          break;
        }
      }
    }
  }

  private void meet(Requirement r) {
    List<GroupKind> linkKinds = new ArrayList<>();
    for (GroupKind k : r.anyOf().linkedGroupKinds()) {
      if (target.map(t -> !t.anyOf().linkedGroupKinds().contains(k)).orElse(true)) {
        linkKinds.add(k);
      }
    }
    List<Token> tokens = Token.countedBy(r.anyOf());
    // A deputy never counts, so a drawn deputy seat adds nobody: bounded, never endless.
    int attempts = 0;
    while (!met(r) && attempts++ < 200) {
      if (!linkKinds.isEmpty() && rng.percent(30)) {
        link(rng.pick(linkKinds));
        continue;
      }
      Optional<Membership> found = Optional.empty();
      for (Token token : rng.shuffled(tokens)) {
        found = candidate(token, activeShape(), false, null);
        if (found.isPresent()) {
          break;
        }
      }
      if (found.isPresent()) {
        Membership m = found.get();
        if (m.role() == Role.DEPUTY_MEMBER || m.deputyOf().isPresent()) {
          m = member(m);
          if (!allowed(m, false)) {
            // As a member it would count toward the target, and as a deputy it adds nobody.
            continue;
          }
        }
        seat(m, false, rng.percent(8));
      } else if (!linkKinds.isEmpty()) {
        link(rng.pick(linkKinds));
      } else {
        return; // cannot be met without counting toward the target
      }
    }
  }

  private boolean met(Requirement r) {
    Set<String> persons = new HashSet<>();
    for (Membership m : seats) {
      if (m.isActiveOn(world.asOf()) && aims(r.anyOf(), m)) {
        persons.add(m.personId());
      }
    }
    return persons.size() >= r.minMembers()
        || links.values().stream().anyMatch(r.anyOf().linkedGroupKinds()::contains);
  }

  private void thresholds(Thresholds thresholds) {
    EnumSet<Branch> branches = EnumSet.noneOf(Branch.class);
    Set<String> organisations = new HashSet<>();
    // A deputy never counts toward the thresholds either.
    for (Membership m : active()) {
      if (m.role() != Role.DEPUTY_MEMBER && m.deputyOf().isEmpty()) {
        branches.addAll(m.branches());
        m.organisationId().ifPresent(organisations::add);
      }
    }
    for (Branch b : rng.shuffled(EnumSet.complementOf(branches))) {
      if (branches.size() >= thresholds.minBranches()) {
        break;
      }
      for (Token token : rng.shuffled(tokensOf(b))) {
        // A drawn deputy is seated as a member, which must not count toward the target.
        Optional<Membership> m = candidate(token, activeShape(), false, null)
            .map(Plan::member).filter(x -> allowed(x, false));
        if (m.isPresent()) {
          seat(m.get(), false, false);
          branches.addAll(m.get().branches());
          m.get().organisationId().ifPresent(organisations::add);
          break;
        }
      }
    }
    for (Provider p : rng.shuffled(List.of(Provider.values()))) {
      if (organisations.size() >= thresholds.minOrganisations()) {
        break;
      }
      if (organisations.contains(world.organisationId(p, municipality))) {
        continue;
      }
      for (Sector s : rng.shuffled(p.sectors())) {
        Optional<Membership> m = candidate(Token.of(s), activeShape(), false, p)
            .map(Plan::member).filter(x -> allowed(x, false));
        if (m.isPresent()) {
          seat(m.get(), false, false);
          organisations.add(m.get().organisationId().orElseThrow());
          break;
        }
      }
    }
  }

  private static List<Token> tokensOf(Branch branch) {
    return Token.countedBy(Criteria.builder().addBranch(branch).build());
  }

  private void chair() {
    boolean hasChair = active().stream().anyMatch(m -> m.role() == Role.CHAIR);
    if (hasChair || !(kind.isPlanningKind() || rng.percent(50))) {
      return;
    }
    for (Membership m : rng.shuffled(active())) {
      if (m.role() != Role.MEMBER || m.deputyOf().isPresent()) {
        continue;
      }
      Membership chair = Membership.builder().from(m).role(Role.CHAIR).build();
      if (allowed(chair, designated.contains(m.id()))) {
        seats.set(seats.indexOf(m), chair);
        return;
      }
    }
  }

  private void noise(int count) {
    for (int i = 0; i < count; i++) {
      Token token = rng.pick(ALL_TOKENS);
      boolean inactive = rng.percent(50);
      TermShape shape = inactive ? rng.pick(TermShape.ENDED, TermShape.FUTURE) : activeShape();
      candidate(token, shape, false, null).ifPresent(m -> seat(m, false, !inactive && rng.percent(8)));
    }
  }

  private TermShape activeShape() {
    int r = rng.below(10);
    return r < 8 || goal == Goal.LAST_DAY ? TermShape.ACTIVE : r < 9 ? TermShape.STARTS_ON
        : TermShape.ENDS_ON;
  }

  /**
   * A membership that carries {@code token}, with a placeholder id and person, or empty when every
   * way of building it would break the plan's invariant or a fixed rule.
   */
  private Optional<Membership> candidate(Token token, TermShape shape, boolean forTarget,
      Provider via) {
    Term term = terms.make(rng, shape);
    Membership.Builder b = Membership.builder().id("m-0").personId("p-0").term(term);
    boolean staff = token.voice() == null;
    Provider provider = null;
    if (token.voice() != null) {
      b.addVoice(token.voice());
      advisoryVoice.ifPresent(b::addVoice);
    } else if (token.sector() != null) {
      provider = via != null ? via : rng.pick(Provider.of(token.sector()));
      b.organisationId(world.organisation(provider, municipality)).addSector(token.sector());
    } else {
      provider = kind == GroupKind.REGIONAL_STEERING_GROUP && rng.percent(50) ? Provider.SOTE
          : Provider.MUNICIPALITY;
      b.organisationId(world.organisation(provider, municipality));
      if (token.duty() != null) {
        b.addDuty(token.duty());
      }
    }
    if (staff && kind.isAdvisoryKind()) {
      b.addDuty(Duty.ADVISORY_FACILITATOR);
    }
    List<Role> roles;
    if (token.role() != null) {
      if (token.role() == Role.CHAIR && shape.active() && hasActiveChair()) {
        return Optional.empty();
      }
      roles = List.of(token.role());
    } else {
      roles = rng.percent(75) ? PLAIN_ROLES : rng.shuffled(PLAIN_ROLES);
    }
    Membership found = null;
    for (Role role : roles) {
      Membership m = b.role(role).build();
      if (allowed(m, forTarget)) {
        found = m;
        break;
      }
    }
    if (found == null) {
      return Optional.empty();
    }
    // Extras make members represent several things at once; kept only where harmless.
    if (provider != null && rng.percent(30)) {
      Sector extra = rng.pick(new ArrayList<>(provider.sectors()));
      Membership more = Membership.builder().from(found).addSector(extra).build();
      found = allowed(more, forTarget) ? more : found;
    }
    if (!staff && advisoryVoice.isEmpty() && rng.percent(20)) {
      Membership more = Membership.builder().from(found).addVoice(rng.pick(Voice.values())).build();
      found = allowed(more, forTarget) ? more : found;
    }
    if (found.role() == Role.DEPUTY_MEMBER && !seats.isEmpty() && rng.percent(60)) {
      found = Membership.builder().from(found).deputyOf(rng.pick(seats).id()).build();
    }
    return Optional.of(found);
  }

  /** The invariant: only designated target witnesses count toward the target while active. */
  private boolean allowed(Membership m, boolean forTarget) {
    if (target.isEmpty()) {
      return true;
    }
    boolean counts = aims(target.get().anyOf(), m);
    if (forTarget) {
      return counts;
    }
    return !counts || !m.isActiveOn(world.asOf());
  }

  private boolean hasActiveChair() {
    return active().stream().anyMatch(m -> m.role() == Role.CHAIR);
  }

  private List<Membership> active() {
    List<Membership> active = new ArrayList<>();
    for (Membership m : seats) {
      if (m.isActiveOn(world.asOf())) {
        active.add(m);
      }
    }
    return active;
  }

  /** Seats the candidate as a new person, and for {@code twice} once more in another role. */
  private void seat(Membership candidate, boolean forTarget, boolean twice) {
    Optional<String> home = candidate.organisationId().isEmpty() || rng.percent(30)
        ? Optional.of(rng.percent(70) ? municipality : rng.pick(world.municipalities()))
        : Optional.empty();
    String person = world.person(home);
    Membership m = Membership.builder().from(candidate).id(world.membershipId()).personId(person)
        .build();
    add(m, forTarget);
    if (twice && m.role() != Role.CHAIR) {
      for (Role role : rng.shuffled(PLAIN_ROLES)) {
        if (role == m.role() || role == Role.DEPUTY_MEMBER) {
          continue;
        }
        Membership again = Membership.builder().from(m).id(world.membershipId()).role(role)
            .deputyOf(Optional.empty()).build();
        if (allowed(again, forTarget)) {
          add(again, forTarget);
          return;
        }
      }
    }
  }

  private void add(Membership m, boolean forTarget) {
    seats.add(m);
    if (forTarget) {
      designated.add(m.id());
    }
  }

  private void link(GroupKind linkedKind) {
    Group to = world.groups(linkedKind).stream()
        .filter(g -> g.scope().municipality().isPresent()
            && g.scope().municipality().get().equals(municipality))
        .filter(g -> g.term().map(t -> t.contains(world.asOf())).orElse(true))
        .filter(g -> !g.activeMemberships(world.asOf()).isEmpty())
        .findFirst()
        .orElseGet(() -> voiceGroup(linkedKind));
    links.put(to.id(), linkedKind);
  }

  /** A group of {@code linkedKind} with a few residents, working on the assessment date. */
  private Group voiceGroup(GroupKind linkedKind) {
    Scope where = RandomGroups.scope(world, linkedKind, municipality);
    Group.Builder g = Group.builder().id(world.groupId(linkedKind)).kind(linkedKind)
        .name(world.groupName(linkedKind, where)).scope(where);
    Terms voiceTerms = Terms.around(world.asOf(), 1);
    if (linkedKind.isAdvisoryKind()) {
      List<LocalDate> intakes = new ArrayList<>();
      Term term = RandomGroups.advisoryTerm(world, intakes);
      g.term(term).addAllIntakeDates(intakes);
      voiceTerms = Terms.within(world.asOf(), term, intakes);
    }
    List<Voice> voices = linkedKind.voices().isEmpty() ? List.of(Voice.PARENTS)
        : new ArrayList<>(linkedKind.voices());
    int n = rng.between(1, 3);
    for (int i = 0; i < n; i++) {
      String person = world.person(Optional.of(municipality));
      g.addMembership(world.seat(person).addVoice(rng.pick(voices))
          .term(voiceTerms.make(rng, TermShape.ACTIVE)).build());
    }
    if (linkedKind == GroupKind.MEETING_PLACE) {
      g.meetingPlaceType(rng.pick(MeetingPlaceType.values()));
    }
    Group group = g.build();
    world.put(group);
    return group;
  }

  private Group assemble() {
    Group.Builder g = Group.builder().id(groupId).kind(kind).name(world.groupName(kind, scope))
        .scope(scope).memberships(rng.shuffled(seats));
    for (String id : rng.shuffled(links.keySet())) {
      g.addLink(GroupLink.of(id, LinkRelation.CONSULTS));
    }
    groupTerm.ifPresent(g::term);
    g.addAllIntakeDates(intakeDates);
    if (kind.isAdvisoryKind()) {
      g.channel(kind == GroupKind.PARENTS_ADVISORY_GROUP ? Channel.FACEBOOK : Channel.INSTAGRAM);
      if (rng.percent(50)) {
        g.capacity(Math.max(1, active().size() + rng.between(0, 3)));
      }
      g.meetingDays(RandomGroups.meetingDays(world, seats, rng.between(0, 2)));
    }
    if (kind == GroupKind.CUSTOMER_PANEL) {
      g.addMaintainerId(world.organisation(Provider.MUNICIPALITY, municipality));
      g.addMaintainerId(world.organisation(rng.pick(Provider.SOTE, Provider.PARISH, Provider.MLL),
          municipality));
    }
    if (kind == GroupKind.MEETING_PLACE) {
      g.meetingPlaceType(rng.pick(MeetingPlaceType.values()));
    }
    return g.build();
  }

  /** {@code m} as an ordinary member when it was drawn as a deputy: deputies count nowhere. */
  private static Membership member(Membership m) {
    return m.role() == Role.DEPUTY_MEMBER || m.deputyOf().isPresent()
        ? Membership.builder().from(m).role(Role.MEMBER).deputyOf(Optional.empty()).build() : m;
  }

  /**
   * The requirements the generator aims at for a group: switched on, of its kind and municipality.
   * Only a planning aid: whether a group meets them is for lape's rules to say.
   */
  private List<Requirement> applicable(Group group) {
    List<Requirement> applicable = new ArrayList<>();
    for (Requirement r : policy.requirements()) {
      if (policy.isEnabled(r)
          && (r.groupKinds().isEmpty() || r.groupKinds().contains(group.kind()))
          && (r.municipalities().isEmpty()
              || group.scope().municipality().map(r.municipalities()::contains).orElse(false))) {
        applicable.add(r);
      }
    }
    return applicable;
  }

  /**
   * Whether the generator means {@code m} to count toward {@code criteria}: a planning aid that
   * follows lape's documented semantics (a deputy never counts; an NGO's or a parish's member
   * stands for its branch), so that generated cases hit their targets. lape's rules decide.
   */
  private boolean aims(Criteria criteria, Membership m) {
    if (m.role() == Role.DEPUTY_MEMBER || m.deputyOf().isPresent()) {
      return false;
    }
    Set<Branch> branches = EnumSet.noneOf(Branch.class);
    branches.addAll(m.branches());
    Optional<fi.lape.core.OrganisationKind> kind = m.organisationId()
        .map(id -> world.organisationById(id).kind());
    kind.ifPresent(k -> {
      if (k == fi.lape.core.OrganisationKind.NGO) {
        branches.add(Branch.CIVIL_SOCIETY);
      } else if (k == fi.lape.core.OrganisationKind.PARISH) {
        branches.add(Branch.PARISH);
      }
    });
    return m.sectors().stream().anyMatch(criteria.sectors()::contains)
        || branches.stream().anyMatch(criteria.branches()::contains)
        || m.voices().stream().anyMatch(criteria.voices()::contains)
        || m.duties().stream().anyMatch(criteria.duties()::contains)
        || criteria.roles().contains(m.role())
        || kind.map(criteria.organisationKinds()::contains).orElse(false);
  }
}
