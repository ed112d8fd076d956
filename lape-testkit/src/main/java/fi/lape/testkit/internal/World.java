package fi.lape.testkit.internal;

import fi.lape.core.Dataset;
import fi.lape.core.Geography;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.Membership;
import fi.lape.core.Municipality;
import fi.lape.core.Organisation;
import fi.lape.core.Person;
import fi.lape.core.Region;
import fi.lape.core.RegionMembership;
import fi.lape.core.Scope;
import fi.lape.core.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A dataset under construction: the assessment date, a region with some of its municipalities,
 * and the organisations, persons and groups added so far. Ids are short and readable
 * ({@code p-7}, {@code m-12}, {@code g-3-youth-council}, {@code o-560-parish}).
 */
public final class World {
  private static final Geography GEOGRAPHY = Geography.builtIn();
  private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
  private static final int DAYS = 9 * 365;

  private final Rng rng;
  private final LocalDate asOf;
  private final String region;
  private final List<String> municipalities;
  private final boolean personalData;
  private final Map<String, Organisation> organisations = new LinkedHashMap<>();
  private final List<Person> persons = new ArrayList<>();
  private final Map<String, Group> groups = new LinkedHashMap<>();
  private final List<Municipality> addedMunicipalities = new ArrayList<>();
  private int personCount;
  private int membershipCount;
  private int groupCount;

  private World(Rng rng, LocalDate asOf, String region, List<String> municipalities,
      boolean personalData) {
    this.rng = rng;
    this.asOf = asOf;
    this.region = region;
    this.municipalities = municipalities;
    this.personalData = personalData;
  }

  /**
   * A world on a random day between 2016 and 2024, in the region of {@code focus} on that day (or a
   * random region when {@code focus} is empty or has none then), with up to {@code extra} more
   * municipalities of the region. A focus code unknown to the built-in geography is added to the
   * dataset's own municipalities.
   */
  public static World create(Rng rng, Optional<String> focus, int extra, boolean personalData) {
    LocalDate asOf = FIRST_DAY.plusDays(rng.below(DAYS));
    List<String> regions = new ArrayList<>();
    for (Region r : GEOGRAPHY.regions()) {
      if (!GEOGRAPHY.municipalitiesOf(r.code(), asOf).isEmpty()) {
        regions.add(r.code());
      }
    }
    String region = focus.flatMap(m -> GEOGRAPHY.regionOf(m, asOf)).orElseGet(() -> rng.pick(regions));
    List<String> codes = new ArrayList<>();
    for (Municipality m : GEOGRAPHY.municipalitiesOf(region, asOf)) {
      codes.add(m.code());
    }
    List<String> chosen = new ArrayList<>();
    String first = focus.orElseGet(() -> rng.pick(codes));
    chosen.add(first);
    codes.remove(first);
    chosen.addAll(rng.some(codes, 0, extra));
    World world = new World(rng, asOf, region, chosen, personalData);
    if (GEOGRAPHY.municipality(first).isEmpty()) {
      world.addedMunicipalities.add(Municipality.builder().code(first).name("Municipality " + first)
          .addRegionMembership(RegionMembership.always(region)).build());
    }
    return world;
  }

  /** The random choices. */
  public Rng rng() {
    return rng;
  }

  /** The assessment date the terms are made around. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The region's code. */
  public String region() {
    return region;
  }

  /** The municipalities' codes, the focus first. */
  public List<String> municipalities() {
    return municipalities;
  }

  /** The municipality a group in {@code scope} draws its members from. */
  public String municipalityOf(Scope scope) {
    return scope.municipality().orElseGet(() -> municipalities.get(0));
  }

  /** The id the organisation of {@code provider} for {@code municipality} has or would have. */
  public String organisationId(Provider provider, String municipality) {
    return provider.id(provider.isMunicipal() ? municipality : region);
  }

  /** The id of the organisation of {@code provider} for {@code municipality}, created on demand. */
  public String organisation(Provider provider, String municipality) {
    String id = organisationId(provider, municipality);
    organisations.computeIfAbsent(id, k -> {
      Organisation.Builder b = Organisation.builder().id(id).kind(provider.kind(asOf))
          .sectors(provider.sectors());
      if (provider.isMunicipal()) {
        b.name(provider.name(municipalityName(municipality))).municipality(municipality);
      } else {
        b.name(provider.name(GEOGRAPHY.region(region).map(Region::name).orElse(region)))
            .region(region);
      }
      return b.build();
    });
    return id;
  }

  /** The id of an organisation in {@code municipality} that provides {@code sector}. */
  public String provider(Sector sector, String municipality) {
    return organisation(rng.pick(Provider.of(sector)), municipality);
  }

  /** The organisation with {@code id}, which must have been added. */
  public Organisation organisationById(String id) {
    return organisations.get(id);
  }

  /** The ids of the organisations added so far. */
  public List<String> organisationIds() {
    return new ArrayList<>(organisations.keySet());
  }

  /** A new person living in {@code home} (or nowhere known), with fake personal data if asked. */
  public String person(Optional<String> home) {
    String id = "p-" + ++personCount;
    Person.Builder b = Person.builder().id(id).homeMunicipality(home);
    if (personalData) {
      String name = FakeNames.name(rng);
      b.name(name);
      if (rng.percent(60)) {
        b.email(FakeNames.email(name, personCount));
      }
      if (rng.percent(40)) {
        b.phone(FakeNames.phone(rng));
      }
    }
    persons.add(b.build());
    return id;
  }

  /** A new person, living in one of the world's municipalities half of the time. */
  public String person() {
    return person(rng.percent(50) ? Optional.of(rng.pick(municipalities)) : Optional.empty());
  }

  /** The persons added so far. */
  public List<Person> persons() {
    return new ArrayList<>(persons);
  }

  /** The ids of the persons added so far. */
  public List<String> personIds() {
    List<String> ids = new ArrayList<>();
    for (Person p : persons) {
      ids.add(p.id());
    }
    return ids;
  }

  /** A builder of a membership with a fresh id for {@code personId}. */
  public Membership.Builder seat(String personId) {
    return Membership.builder().id(membershipId()).personId(personId);
  }

  /** A fresh membership id. */
  public String membershipId() {
    return "m-" + ++membershipCount;
  }

  /** A fresh group id for a group of {@code kind}. */
  public String groupId(GroupKind kind) {
    return "g-" + ++groupCount + "-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A name for a group of {@code kind} in {@code scope} (not personal data). */
  public String groupName(GroupKind kind, Scope scope) {
    String place = scope.municipality().map(this::municipalityName)
        .orElseGet(() -> GEOGRAPHY.region(region).map(Region::name).orElse(region));
    return place + " " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Adds or replaces a group. */
  public void put(Group group) {
    groups.put(group.id(), group);
  }

  /** The groups added so far, in order. */
  public List<Group> groups() {
    return new ArrayList<>(groups.values());
  }

  /** The groups of {@code kind} added so far. */
  public List<Group> groups(GroupKind kind) {
    List<Group> found = new ArrayList<>();
    for (Group g : groups.values()) {
      if (g.kind() == kind) {
        found.add(g);
      }
    }
    return found;
  }

  /** The dataset of everything added. */
  public Dataset build() {
    return Dataset.builder()
        .municipalities(addedMunicipalities)
        .organisations(organisations.values())
        .persons(persons)
        .groups(groups.values())
        .build();
  }

  private String municipalityName(String code) {
    return GEOGRAPHY.municipality(code).map(Municipality::name).orElse("Municipality " + code);
  }
}
