package fi.lape.benchmarks;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.GroupLink;
import fi.lape.core.MeetingDay;
import fi.lape.core.Membership;
import fi.lape.core.Municipality;
import fi.lape.core.Organisation;
import fi.lape.core.Person;
import fi.lape.core.Region;
import fi.lape.core.RegionMembership;
import fi.lape.core.Scope;
import fi.lape.core.Term;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Policies;
import fi.lape.testkit.Generators;
import fi.lape.testkit.GroupCase;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The data every benchmark runs on, the same in every run: made by lape-testkit's generators from
 * fixed seeds, so the benchmarks, the cold-start mains and the smoke test all see the same groups.
 */
public final class Workloads {
  /** The seed of every generated workload. */
  public static final long SEED = 20_170_801L;

  /** Members of the single municipal group. */
  public static final int MEMBERS = 30;

  /** The day the scaled datasets are assessed on. */
  public static final LocalDate DAY = LocalDate.of(2018, 3, 1);

  /** Members per group, at most, in the scaled datasets (0 to 30, 15 on average). */
  private static final int TILE_SIZE = 30;

  /**
   * Groups per municipality the scaled datasets' geography is sized for, regional groups included:
   * so few that every tile's municipality gets a code of its own (the national shape: every
   * municipality with its own few groups), until 10,000 groups need more codes than there are.
   */
  private static final int GROUPS_PER_MUNICIPALITY = 3;

  private Workloads() {}

  /** The policy of every benchmark: the national baseline, cross-group rules included. */
  public static CoveragePolicy policy() {
    return Policies.nationalBaseline();
  }

  /**
   * A municipal LAPE group with {@value #MEMBERS} active members that meets every requirement of
   * the national baseline, in a dataset of its region's other groups (for the cross-group rules).
   */
  public static GroupCase municipalGroup() {
    GroupCase example = Generators.compliant(policy(), GroupKind.MUNICIPAL_LAPE_GROUP)
        .generate(SEED, 10);
    SplittableRandom rng = new SplittableRandom(SEED);
    while (example.activeMemberships().size() < MEMBERS) {
      example = Generators.withActiveMember(example, rng);
    }
    return example;
  }

  /**
   * A dataset of exactly {@code groups} groups of every kind, assessed on {@link #DAY}.
   *
   * <p>It is made of tiles: each tile is one random region world of lape-testkit (a steering
   * group, for one to four municipalities a LAPE group and some other groups, the advisory groups,
   * linked to each other, up to 30 members per group), its ids prefixed with the tile number and
   * its dates moved so that the tile's own assessment day falls on {@link #DAY}. So that a larger
   * dataset is more of the same rather than denser, the tiles' municipalities are renumbered into a
   * geography of its own, one code per tile municipality (at most 1,000, all that three-digit codes
   * allow), in regions of ten municipalities: the national shape, every municipality with its own
   * few groups (a LAPE group, its panels, councils and meeting places) and a few steering and
   * advisory groups per region, at every size up to 1,000 groups (Finland has 308 municipalities;
   * 1,000 groups make about 155 of them). At 10,000 groups the codes run out and come round again,
   * so municipalities hold several tiles' groups. The last tile is
   * cut to size, with the links into the cut groups dropped.
   */
  public static Dataset dataset(int groups) {
    if (groups < 1) {
      throw new IllegalArgumentException("groups " + groups + " is not positive");
    }
    Geography geography = new Geography(Math.min(Geography.MAX_MUNICIPALITIES,
        (groups + GROUPS_PER_MUNICIPALITY - 1) / GROUPS_PER_MUNICIPALITY));
    List<Group> all = new ArrayList<>();
    List<Organisation> organisations = new ArrayList<>();
    List<Person> persons = new ArrayList<>();
    for (int tile = 0; all.size() < groups; tile++) {
      GroupCase world = Generators.groups(GroupKind.MUNICIPAL_LAPE_GROUP)
          .generate(SEED + tile, TILE_SIZE);
      Tile t = new Tile("t" + tile + "-", ChronoUnit.DAYS.between(world.asOf(), DAY), geography);
      Dataset d = world.dataset();
      for (Organisation o : d.organisations()) {
        organisations.add(t.organisation(o));
      }
      for (Person p : d.persons()) {
        persons.add(Person.builder().from(p).id(t.id(p.id()))
            .homeMunicipality(p.homeMunicipality().map(t::municipality)).build());
      }
      for (Group g : d.groups()) {
        all.add(t.group(g));
      }
    }
    List<Group> kept = all.subList(0, groups);
    Set<String> keptIds = kept.stream().map(Group::id).collect(Collectors.toCollection(
        HashSet::new));
    List<Group> cut = new ArrayList<>(groups);
    for (Group g : kept) {
      boolean dangling = g.links().stream().anyMatch(l -> !keptIds.contains(l.groupId()));
      cut.add(!dangling ? g : Group.builder().from(g).links(g.links().stream()
          .filter(l -> keptIds.contains(l.groupId())).collect(Collectors.toList())).build());
    }
    return Dataset.builder()
        .regions(geography.regions.values())
        .municipalities(geography.municipalities.values())
        .organisations(organisations)
        .persons(persons)
        .groups(cut)
        .build();
  }

  /** The synthetic geography of the scaled datasets, handed out in order, round and round. */
  private static final class Geography {
    static final int MAX_MUNICIPALITIES = 1000;
    static final int PER_REGION = 10;
    final Map<String, Region> regions = new TreeMap<>();
    final Map<String, Municipality> municipalities = new TreeMap<>();
    private final int size;
    private int next;

    Geography(int size) {
      this.size = size;
    }

    /** The region the next municipality handed out belongs to. */
    String nextRegion() {
      return regionOf(next % size);
    }

    String newMunicipality() {
      int number = next++ % size;
      String code = String.format(Locale.ROOT, "%03d", number);
      String region = regionOf(number);
      regions.computeIfAbsent(region, r -> Region.builder().code(r).name("Region " + r).build());
      municipalities.computeIfAbsent(code, c -> Municipality.builder().code(c)
          .name("Municipality " + c).addRegionMembership(RegionMembership.always(region))
          .build());
      return code;
    }

    private static String regionOf(int municipality) {
      return String.format(Locale.ROOT, "%02d", municipality / PER_REGION);
    }
  }

  /** One generated world's ids and dates, moved into a dataset of many worlds. */
  private static final class Tile {
    private final String prefix;
    private final long shift;
    private final Geography geography;
    private final String region;
    private final Map<String, String> municipalities = new HashMap<>();

    Tile(String prefix, long shift, Geography geography) {
      this.prefix = prefix;
      this.shift = shift;
      this.geography = geography;
      this.region = geography.nextRegion();
    }

    String municipality(String code) {
      return municipalities.computeIfAbsent(code, c -> geography.newMunicipality());
    }

    Scope scope(Scope scope) {
      return scope.municipality().map(m -> Scope.municipality(municipality(m)))
          .orElseGet(() -> Scope.region(region));
    }

    String id(String id) {
      return prefix + id;
    }

    LocalDate day(LocalDate day) {
      return day.plusDays(shift);
    }

    Term term(Term term) {
      return term.end().map(e -> Term.of(day(term.start()), day(e)))
          .orElseGet(() -> Term.from(day(term.start())));
    }

    Organisation organisation(Organisation o) {
      return Organisation.builder().from(o).id(id(o.id()))
          .municipality(o.municipality().map(this::municipality))
          .region(o.region().map(r -> region))
          .build();
    }

    Group group(Group g) {
      List<Membership> memberships = new ArrayList<>(g.memberships().size());
      for (Membership m : g.memberships()) {
        memberships.add(Membership.builder().from(m)
            .id(id(m.id()))
            .personId(id(m.personId()))
            .organisationId(m.organisationId().map(this::id))
            .deputyOf(m.deputyOf().map(this::id))
            .term(term(m.term()))
            .build());
      }
      List<GroupLink> links = new ArrayList<>(g.links().size());
      for (GroupLink link : g.links()) {
        links.add(GroupLink.of(id(link.groupId()), link.relation()));
      }
      List<MeetingDay> meetingDays = new ArrayList<>(g.meetingDays().size());
      for (MeetingDay day : g.meetingDays()) {
        meetingDays.add(MeetingDay.builder().from(day)
            .date(day(day.date()))
            .facilitatorIds(day.facilitatorIds().stream().map(this::id)
                .collect(Collectors.toCollection(LinkedHashSet::new)))
            .build());
      }
      return Group.builder().from(g)
          .id(id(g.id()))
          .scope(scope(g.scope()))
          .memberships(memberships)
          .links(links)
          .maintainerIds(g.maintainerIds().stream().map(this::id)
              .collect(Collectors.toCollection(LinkedHashSet::new)))
          .term(g.term().map(this::term))
          .intakeDates(g.intakeDates().stream().map(this::day).collect(Collectors.toList()))
          .meetingDays(meetingDays)
          .build();
    }
  }
}
