package fi.lape.rules;

import fi.lape.core.Dataset;
import fi.lape.core.Duty;
import fi.lape.core.Gender;
import fi.lape.core.GenderBalanceWaiver;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.GroupLink;
import fi.lape.core.LinkRelation;
import fi.lape.core.MeetingDay;
import fi.lape.core.Membership;
import fi.lape.core.Organisation;
import fi.lape.core.OrganisationKind;
import fi.lape.core.Person;
import fi.lape.core.Role;
import fi.lape.core.Scope;
import fi.lape.core.Sector;
import fi.lape.core.Term;
import fi.lape.core.TimeSlot;
import fi.lape.core.Voice;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Policies;
import fi.lape.core.policy.Requirement;
import fi.lape.core.policy.Rule;
import fi.lape.core.policy.Severity;
import fi.lape.core.policy.Thresholds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * A small seeded generator of valid datasets and policies for the differential and concurrency
 * tests, reproducible from a {@link RandomGenerator}. Datasets are dense on purpose: few
 * municipalities, persons shared between groups, terms starting and ending around {@link #DAY},
 * organisations whose sectors do not always match their members', so that every rule fires often
 * (the differential test checks that each one does). lape-testkit's generators make realistic
 * datasets; this one makes rule-dense ones.
 */
public final class RandomDatasets {
  /** The day the generated terms cluster around. */
  public static final LocalDate DAY = LocalDate.of(2018, 3, 1);

  private static final List<String> MUNICIPALITIES =
      List.of("560", "398", "098", "142", "297", "020");
  private static final List<String> REGIONS = List.of("07", "11", "06", "08");
  private static final GroupKind[] KINDS = GroupKind.values();

  private RandomDatasets() {}

  /** A dataset of about {@code groups} groups. */
  public static Dataset dataset(RandomGenerator random, int groups) {
    List<Organisation> organisations = new ArrayList<>();
    int orgCount = 3 + random.nextInt(6);
    for (int i = 0; i < orgCount; i++) {
      OrganisationKind kind = pick(random, OrganisationKind.values());
      Organisation.Builder o = Organisation.builder().id("o" + i).name("Org " + i).kind(kind);
      if (random.nextInt(4) > 0) {
        int n = 1 + random.nextInt(4);
        for (int s = 0; s < n; s++) {
          o.addSector(pick(random, Sector.values()));
        }
      }
      organisations.add(o.build());
    }
    List<Person> persons = new ArrayList<>();
    int personCount = 5 + groups * 3;
    for (int i = 0; i < personCount; i++) {
      Person.Builder p = Person.builder().id("p" + i);
      if (random.nextInt(3) > 0) {
        p.homeMunicipality(pick(random, MUNICIPALITIES));
      }
      // Mostly women and men, now and then another gender or none recorded (LAPE-L01).
      int gender = random.nextInt(20);
      if (gender < 17) {
        p.gender(gender < 8 ? Gender.WOMAN : gender < 16 ? Gender.MAN : Gender.OTHER);
      }
      persons.add(p.build());
    }
    List<String> groupIds = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      groupIds.add("g" + g);
    }
    List<Group> built = new ArrayList<>();
    int membershipId = 0;
    for (int g = 0; g < groups; g++) {
      GroupKind kind = random.nextInt(3) == 0 ? GroupKind.MUNICIPAL_LAPE_GROUP
          : pick(random, KINDS);
      Group.Builder group = Group.builder().id(groupIds.get(g)).kind(kind).name("Group " + g);
      boolean regional = kind == GroupKind.REGIONAL_STEERING_GROUP
          || (kind != GroupKind.MUNICIPAL_LAPE_GROUP && random.nextInt(4) == 0);
      group.scope(regional ? Scope.region(pick(random, REGIONS))
          : Scope.municipality(pick(random, MUNICIPALITIES)));
      int members = random.nextInt(12);
      for (int m = 0; m < members; m++) {
        group.addMembership(membership(random, "m" + membershipId++, persons, organisations));
      }
      // Now and then the same person in the same role twice (LAPE-D01).
      if (members > 0 && random.nextInt(6) == 0) {
        Membership first = group.build().memberships().get(0);
        group.addMembership(Membership.builder().from(first).id("m" + membershipId++).build());
      }
      if (random.nextInt(6) == 0) {
        group.genderBalanceWaiver(GenderBalanceWaiver.of("Erityinen syy " + g));
      }
      int links = random.nextInt(3);
      Set<String> linked = new HashSet<>();
      for (int l = 0; l < links && groups > 1; l++) {
        String target = pick(random, groupIds);
        if (!target.equals(groupIds.get(g)) && linked.add(target)) {
          group.addLink(GroupLink.of(target, pick(random, LinkRelation.values())));
        }
      }
      if (kind == GroupKind.CUSTOMER_PANEL || random.nextInt(8) == 0) {
        int maintainers = random.nextInt(4);
        for (int i = 0; i < maintainers; i++) {
          group.addMaintainerId(pick(random, organisations).id());
        }
      }
      if (kind.isAdvisoryKind() || random.nextInt(8) == 0) {
        if (random.nextBoolean()) {
          LocalDate start = DAY.minusDays(random.nextInt(400));
          group.term(Term.of(start, start.plusDays(150)));
        }
        if (random.nextBoolean()) {
          group.addIntakeDate(DAY.minusDays(random.nextInt(200)));
          group.addIntakeDate(DAY.plusDays(random.nextInt(200)));
        }
        if (random.nextBoolean()) {
          group.capacity(1 + random.nextInt(10));
        }
        int days = random.nextInt(3);
        for (int d = 0; d < days; d++) {
          MeetingDay.Builder day = MeetingDay.builder().date(DAY.plusDays(d * 14L))
              .addSlot(TimeSlot.hours(8, 10)).addSlot(TimeSlot.hours(20, 22))
              .addTheme("BULLYING");
          if (random.nextBoolean()) {
            day.addFacilitatorId(pick(random, persons).id());
          }
          group.addMeetingDay(day.build());
        }
      }
      built.add(group.build());
    }
    return Dataset.builder().organisations(organisations).persons(persons).groups(built).build();
  }

  private static Membership membership(RandomGenerator random, String id, List<Person> persons,
      List<Organisation> organisations) {
    Membership.Builder m = Membership.builder().id(id).personId(pick(random, persons).id());
    int shape = random.nextInt(10);
    if (shape < 6) {
      Organisation o = pick(random, organisations);
      m.organisationId(o.id());
      List<Sector> offered = new ArrayList<>(o.sectors());
      int n = 1 + random.nextInt(2);
      for (int s = 0; s < n; s++) {
        m.addSector(!offered.isEmpty() && random.nextInt(4) > 0 ? pick(random, offered)
            : pick(random, Sector.values()));
      }
    } else if (shape < 9) {
      int n = 1 + random.nextInt(2);
      for (int v = 0; v < n; v++) {
        m.addVoice(pick(random, Voice.values()));
      }
    }
    if (random.nextInt(4) == 0) {
      m.addDuty(pick(random, Duty.values()));
    }
    m.role(random.nextInt(3) == 0 ? pick(random, Role.values()) : Role.MEMBER);
    LocalDate start = DAY.plusDays(random.nextInt(120) - 90);
    if (random.nextInt(5) == 0) {
      start = DAY;
    }
    if (random.nextBoolean()) {
      m.term(Term.from(start));
    } else {
      LocalDate end = start.plusDays(random.nextInt(120));
      m.term(Term.of(start, random.nextInt(5) == 0 ? DAY.isBefore(start) ? start : DAY : end));
    }
    return m.build();
  }

  /** One of the shipped policies, or a variation with overrides, switches and extra requirements. */
  public static CoveragePolicy policy(RandomGenerator random) {
    List<CoveragePolicy> shipped = Policies.all();
    CoveragePolicy base = shipped.get(random.nextInt(shipped.size()));
    if (random.nextBoolean()) {
      return base;
    }
    CoveragePolicy.Builder policy = CoveragePolicy.builder().from(base).id(base.id() + "-x");
    if (random.nextInt(3) > 0) {
      policy.addEnabledRule(Rule.L01.id());
    }
    Rule[] rules = Rule.values();
    for (int i = random.nextInt(4); i > 0; i--) {
      policy.putSeverityOverride(pick(random, rules).id(), pick(random, Severity.values()));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      policy.addDisabledRule(pick(random, rules).id());
    }
    if (random.nextBoolean()) {
      policy.addDisabledRule("LAPE-M05-PARENTS");
    }
    if (random.nextBoolean()) {
      policy.thresholds(Thresholds.builder().minBranches(random.nextInt(5))
          .minOrganisations(random.nextInt(4)).build());
    }
    if (random.nextBoolean()) {
      policy.addRequirement(Requirement.builder().id("LOCAL-1")
          .municipality(pick(random, MUNICIPALITIES))
          .anyOf(Criteria.builder().addSector(pick(random, Sector.values()))
              .addDuty(pick(random, Duty.values())).build())
          .minMembers(1 + random.nextInt(3)).severity(pick(random, Severity.values())).build());
      policy.addRequirement(Requirement.builder().id("ANY-KIND")
          .anyOf(Criteria.builder().addRole(pick(random, Role.values()))
              .addLinkedGroupKind(pick(random, KINDS)).build())
          .build());
    }
    return policy.build();
  }

  private static <T> T pick(RandomGenerator random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static <T> T pick(RandomGenerator random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
