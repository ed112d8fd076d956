package fi.lape.rules;

import fi.lape.core.Channel;
import fi.lape.core.Dataset;
import fi.lape.core.Duty;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The situations of the source documents as a dataset, for tests and benchmarks. Every group here
 * is clean under the national baseline (no error and, where noted, no finding at all); tests break
 * one thing at a time with {@link #with}.
 *
 * <ul>
 *   <li>Orimattila (560): the municipal LAPE group and the customer panel run jointly by the child
 *       health clinic, the parish, early childhood education and MLL, whose maintainers also sit in
 *       the LAPE group (seed 000). The LAPE group consults the panel and the pupil council.
 *   <li>Akaa (020): the LAPE group, linked to the youth council, and the steering group of the
 *       "Onnistunut työ tekee hyvää" project, with staff only and no residents yet (seed 002).
 *   <li>Päijät-Häme (07): the regional steering group and the parents' advisory group on Facebook:
 *       17 parents from five municipalities, term 1.8.-31.12.2017, intake dates 1.1.2018 and
 *       1.7.2018, meeting days with slots 8-10, 14-16 and 20-22 (seed 000).
 *   <li>Kuopio (297), Pohjois-Savo: a LAPE group whose member is responsible for the municipality's
 *       meeting places (seed 004).
 * </ul>
 */
public final class SeedData {
  /** An assessment day when everything here is in force. */
  public static final LocalDate DAY = LocalDate.of(2017, 11, 15);
  public static final LocalDate TERM_START = LocalDate.of(2017, 8, 1);
  public static final LocalDate TERM_END = LocalDate.of(2017, 12, 31);
  public static final LocalDate INTAKE_1 = LocalDate.of(2018, 1, 1);
  public static final LocalDate INTAKE_2 = LocalDate.of(2018, 7, 1);
  static final LocalDate SINCE = LocalDate.of(2017, 2, 1);

  public static final String ORIMATTILA_LAPE = "orimattila-lape";
  public static final String ORIMATTILA_PANEL = "orimattila-panel";
  public static final String ORIMATTILA_PUPILS = "orimattila-pupils";
  public static final String AKAA_LAPE = "akaa-lape";
  public static final String AKAA_PROJECT = "akaa-project";
  public static final String AKAA_YOUTH_COUNCIL = "akaa-youth-council";
  public static final String PH_STEERING = "paijat-hame-steering";
  public static final String PH_PARENTS = "paijat-hame-parents";
  public static final String KUOPIO_LAPE = "kuopio-lape";

  private SeedData() {}

  /** The whole dataset. */
  public static Dataset dataset() {
    return Dataset.builder()
        .organisations(organisations())
        .persons(persons())
        .addGroup(orimattilaLape())
        .addGroup(orimattilaPanel())
        .addGroup(orimattilaPupils())
        .addGroup(akaaLape())
        .addGroup(akaaProject())
        .addGroup(akaaYouthCouncil())
        .addGroup(steeringGroup())
        .addGroup(parentsAdvisoryGroup())
        .addGroup(kuopioLape())
        .build();
  }

  /** The dataset with group {@code id} changed by {@code change}. */
  public static Dataset with(String id, UnaryOperator<Group.Builder> change) {
    return with(dataset(), id, change);
  }

  /** {@code dataset} with group {@code id} changed by {@code change}. */
  public static Dataset with(Dataset dataset, String id, UnaryOperator<Group.Builder> change) {
    List<Group> groups = new ArrayList<>();
    for (Group group : dataset.groups()) {
      groups.add(group.id().equals(id) ? change.apply(Group.builder().from(group)).build()
          : group);
    }
    return Dataset.builder().from(dataset).groups(groups).build();
  }

  /** {@code dataset} with {@code group} added. */
  public static Dataset plus(Dataset dataset, Group group) {
    return Dataset.builder().from(dataset).addGroup(group).build();
  }

  /** {@code group}'s memberships without the one with {@code membershipId}. */
  public static List<Membership> without(Group.Builder group, String membershipId) {
    return group.build().memberships().stream().filter(m -> !m.id().equals(membershipId))
        .toList();
  }

  static List<Organisation> organisations() {
    return List.of(
        org("orimattila", OrganisationKind.MUNICIPALITY, "560", Sector.EARLY_CHILDHOOD_EDUCATION,
            Sector.OPEN_EARLY_CHILDHOOD_EDUCATION, Sector.BASIC_EDUCATION, Sector.YOUTH_WORK,
            Sector.CULTURE_LEISURE, Sector.MUNICIPAL_MANAGEMENT),
        org("phhyky", OrganisationKind.JOINT_MUNICIPAL_AUTHORITY, null,
            Sector.CHILD_HEALTH_CLINIC, Sector.SCHOOL_HEALTH_CARE, Sector.STUDENT_WELFARE,
            Sector.FAMILY_SOCIAL_WORK, Sector.CHILD_PROTECTION, Sector.FAMILY_COUNSELLING),
        org("orimattila-parish", OrganisationKind.PARISH, "560", Sector.PARISH),
        org("mll-orimattila", OrganisationKind.NGO, "560", Sector.NGO),
        org("akaa", OrganisationKind.MUNICIPALITY, "020", Sector.EARLY_CHILDHOOD_EDUCATION,
            Sector.BASIC_EDUCATION, Sector.YOUTH_WORK, Sector.FAMILY_SOCIAL_WORK,
            Sector.CHILD_HEALTH_CLINIC, Sector.CHILD_PROTECTION, Sector.MUNICIPAL_MANAGEMENT),
        org("akaa-parish", OrganisationKind.PARISH, "020", Sector.PARISH),
        org("mll-akaa", OrganisationKind.NGO, "020", Sector.NGO),
        org("lahti", OrganisationKind.MUNICIPALITY, "398", Sector.EARLY_CHILDHOOD_EDUCATION,
            Sector.BASIC_EDUCATION, Sector.YOUTH_WORK),
        org("mll-paijat-hame", OrganisationKind.NGO, null, Sector.NGO),
        org("lahti-parishes", OrganisationKind.PARISH, "398", Sector.PARISH),
        org("kuopio", OrganisationKind.MUNICIPALITY, "297", Sector.EARLY_CHILDHOOD_EDUCATION,
            Sector.OPEN_EARLY_CHILDHOOD_EDUCATION, Sector.BASIC_EDUCATION, Sector.YOUTH_WORK),
        org("kys", OrganisationKind.JOINT_MUNICIPAL_AUTHORITY, null, Sector.CHILD_HEALTH_CLINIC,
            Sector.FAMILY_SOCIAL_WORK, Sector.CHILD_PROTECTION),
        org("kuopio-parish", OrganisationKind.PARISH, "297", Sector.PARISH),
        org("mll-kuopio", OrganisationKind.NGO, "297", Sector.NGO));
  }

  private static Organisation org(String id, OrganisationKind kind, String municipality,
      Sector... sectors) {
    Organisation.Builder b = Organisation.builder().id(id).name("Organisation " + id).kind(kind)
        .addSectors(sectors);
    if (municipality != null) {
      b.municipality(municipality);
    }
    return b.build();
  }

  static List<Person> persons() {
    List<Person> persons = new ArrayList<>();
    for (String prefix : List.of("ori", "akaa", "ph", "kuo")) {
      for (int i = 1; i <= 12; i++) {
        persons.add(Person.builder().id(prefix + "-" + i).build());
      }
    }
    for (int i = 1; i <= 8; i++) {
      persons.add(Person.builder().id("ori-parent-" + i).homeMunicipality("560").build());
    }
    // 17 parents from five municipalities of Päijät-Häme (seed 000).
    List<String> homes = List.of("398", "398", "398", "398", "398", "098", "098", "098", "098",
        "560", "560", "560", "111", "111", "111", "016", "016");
    for (int i = 1; i <= 17; i++) {
      persons.add(Person.builder().id("parent-" + i).homeMunicipality(homes.get(i - 1)).build());
    }
    persons.add(Person.builder().id("parent-18").homeMunicipality("576").build());
    persons.add(Person.builder().id("parent-19").build());
    return persons;
  }

  /** A membership of {@code person} from {@link #SINCE}, open-ended. */
  public static Membership.Builder member(String id, String person) {
    return Membership.builder().id(id).personId(person).term(Term.from(SINCE));
  }

  static Membership staff(String id, String person, String org, Sector... sectors) {
    return member(id, person).organisationId(org).addSectors(sectors).build();
  }

  /**
   * Ten persons: the chair from education, early childhood education, youth work, the child health
   * clinic, family social work, the parish, MLL, a parent, a young person and the municipal
   * management. Four of them (clinic, parish, early childhood education, MLL) maintain the panel.
   */
  static Group orimattilaLape() {
    return Group.builder().id(ORIMATTILA_LAPE).kind(GroupKind.MUNICIPAL_LAPE_GROUP)
        .name("Orimattilan LAPE-ryhmä").scope(Scope.municipality("560"))
        .addMembership(member("ori-m1", "ori-1").role(Role.CHAIR).organisationId("orimattila")
            .addSector(Sector.BASIC_EDUCATION).build())
        .addMembership(member("ori-m2", "ori-2").organisationId("orimattila")
            .addSector(Sector.EARLY_CHILDHOOD_EDUCATION).addDuty(Duty.PANEL_MAINTAINER).build())
        .addMembership(member("ori-m3", "ori-3").organisationId("phhyky")
            .addSector(Sector.CHILD_HEALTH_CLINIC).addDuty(Duty.PANEL_MAINTAINER).build())
        .addMembership(member("ori-m4", "ori-4").organisationId("orimattila-parish")
            .addSector(Sector.PARISH).addDuty(Duty.PANEL_MAINTAINER).build())
        .addMembership(member("ori-m5", "ori-5").organisationId("mll-orimattila")
            .addSector(Sector.NGO).addDuty(Duty.PANEL_MAINTAINER)
            .addDuty(Duty.ASSOCIATION_REPRESENTATIVE).build())
        .addMembership(staff("ori-m6", "ori-6", "phhyky", Sector.FAMILY_SOCIAL_WORK))
        .addMembership(staff("ori-m7", "ori-7", "orimattila", Sector.YOUTH_WORK))
        .addMembership(member("ori-m8", "ori-parent-1").addVoice(Voice.PARENTS).build())
        .addMembership(member("ori-m9", "ori-8").addVoice(Voice.YOUNG_PEOPLE).build())
        .addMembership(staff("ori-m10", "ori-9", "orimattila", Sector.MUNICIPAL_MANAGEMENT))
        .addLink(GroupLink.of(ORIMATTILA_PANEL, LinkRelation.CONSULTS))
        .addLink(GroupLink.of(ORIMATTILA_PUPILS, LinkRelation.CONSULTS))
        .build();
  }

  static Group orimattilaPanel() {
    Group.Builder panel = Group.builder().id(ORIMATTILA_PANEL).kind(GroupKind.CUSTOMER_PANEL)
        .name("Orimattilan asiakasraati").scope(Scope.municipality("560"))
        .channel(Channel.IN_PERSON)
        .maintainerIds(Set.of("phhyky", "orimattila-parish", "orimattila", "mll-orimattila"))
        .addMembership(member("ori-p1", "ori-2").organisationId("orimattila")
            .addSector(Sector.EARLY_CHILDHOOD_EDUCATION).addDuty(Duty.PANEL_MAINTAINER).build())
        .addMembership(member("ori-p2", "ori-3").organisationId("phhyky")
            .addSector(Sector.CHILD_HEALTH_CLINIC).addDuty(Duty.PANEL_MAINTAINER).build())
        .addMembership(member("ori-p3", "ori-4").organisationId("orimattila-parish")
            .addSector(Sector.PARISH).addDuty(Duty.PANEL_MAINTAINER).build())
        .addMembership(member("ori-p4", "ori-5").organisationId("mll-orimattila")
            .addSector(Sector.NGO).addDuty(Duty.PANEL_MAINTAINER).build());
    for (int i = 2; i <= 8; i++) {
      panel.addMembership(member("ori-p" + (i + 3), "ori-parent-" + i).addVoice(Voice.PARENTS)
          .addVoice(Voice.CUSTOMERS).build());
    }
    return panel.build();
  }

  static Group orimattilaPupils() {
    return Group.builder().id(ORIMATTILA_PUPILS).kind(GroupKind.PUPIL_COUNCIL)
        .name("Orimattilan oppilaskunnat").scope(Scope.municipality("560"))
        .addMembership(member("ori-u1", "ori-10").addVoice(Voice.CHILDREN).build())
        .addMembership(member("ori-u2", "ori-11").addVoice(Voice.YOUNG_PEOPLE).build())
        .build();
  }

  /** Akaa's LAPE group: staff of the municipality and the parish, MLL, a parent; consults the youth council. */
  static Group akaaLape() {
    return Group.builder().id(AKAA_LAPE).kind(GroupKind.MUNICIPAL_LAPE_GROUP)
        .name("Akaan LAPE-ryhmä").scope(Scope.municipality("020"))
        .addMembership(member("akaa-m1", "akaa-1").role(Role.CHAIR).organisationId("akaa")
            .addSector(Sector.MUNICIPAL_MANAGEMENT).build())
        .addMembership(staff("akaa-m2", "akaa-2", "akaa", Sector.BASIC_EDUCATION))
        .addMembership(staff("akaa-m3", "akaa-3", "akaa", Sector.EARLY_CHILDHOOD_EDUCATION))
        .addMembership(staff("akaa-m4", "akaa-4", "akaa", Sector.CHILD_HEALTH_CLINIC))
        .addMembership(staff("akaa-m5", "akaa-5", "akaa", Sector.FAMILY_SOCIAL_WORK))
        .addMembership(staff("akaa-m6", "akaa-6", "akaa-parish", Sector.PARISH))
        .addMembership(staff("akaa-m7", "akaa-7", "mll-akaa", Sector.NGO))
        .addMembership(member("akaa-m8", "akaa-8").addVoice(Voice.PARENTS)
            .addVoice(Voice.CHILDREN).build())
        .addLink(GroupLink.of(AKAA_YOUTH_COUNCIL, LinkRelation.CONSULTS))
        .addLink(GroupLink.of(AKAA_PROJECT, LinkRelation.COORDINATES_WITH))
        .build();
  }

  /** The "Onnistunut työ tekee hyvää" project's steering group: staff only, no residents yet. */
  static Group akaaProject() {
    return Group.builder().id(AKAA_PROJECT).kind(GroupKind.PROJECT_STEERING_GROUP)
        .name("Onnistunut työ tekee hyvää -hankkeen ohjausryhmä")
        .scope(Scope.municipality("020"))
        .addMembership(member("akaa-j1", "akaa-1").role(Role.CHAIR).organisationId("akaa")
            .addSector(Sector.MUNICIPAL_MANAGEMENT).build())
        .addMembership(staff("akaa-j2", "akaa-9", "akaa", Sector.CHILD_PROTECTION))
        .addMembership(staff("akaa-j3", "akaa-10", "akaa", Sector.FAMILY_SOCIAL_WORK))
        .addMembership(staff("akaa-j4", "akaa-11", "akaa", Sector.EARLY_CHILDHOOD_EDUCATION))
        .build();
  }

  static Group akaaYouthCouncil() {
    return Group.builder().id(AKAA_YOUTH_COUNCIL).kind(GroupKind.YOUTH_COUNCIL)
        .name("Akaan nuorisovaltuusto").scope(Scope.municipality("020"))
        .addMembership(member("akaa-y1", "akaa-12").addVoice(Voice.YOUNG_PEOPLE).build())
        .build();
  }

  /**
   * Päijät-Häme's steering group: the joint authority (sote, and the link to the sote
   * preparation), Lahti's education, MLL Päijät-Häme, the Lahti parishes, and Orimattila's chair,
   * who also chairs the Orimattila LAPE group.
   */
  static Group steeringGroup() {
    return Group.builder().id(PH_STEERING).kind(GroupKind.REGIONAL_STEERING_GROUP)
        .name("Päijät-Hämeen LAPE-ohjausryhmä").scope(Scope.region("07"))
        .addMembership(member("ph-s1", "ph-1").role(Role.CHAIR).organisationId("phhyky")
            .addSector(Sector.FAMILY_SOCIAL_WORK).addDuty(Duty.SOTE_PREPARATION_LIAISON).build())
        .addMembership(staff("ph-s2", "ph-2", "lahti", Sector.BASIC_EDUCATION))
        .addMembership(staff("ph-s3", "ph-3", "mll-paijat-hame", Sector.NGO))
        .addMembership(staff("ph-s4", "ph-4", "lahti-parishes", Sector.PARISH))
        .addMembership(staff("ph-s5", "ori-1", "orimattila", Sector.BASIC_EDUCATION))
        .build();
  }

  /**
   * The parents' advisory group: 17 parents who joined at the term start, a project-team
   * facilitator, two meeting days in October 2017 with facilitated slots 8-10, 14-16 and 20-22.
   */
  static Group parentsAdvisoryGroup() {
    Group.Builder group = Group.builder().id(PH_PARENTS).kind(GroupKind.PARENTS_ADVISORY_GROUP)
        .name("Neuvonantajavanhemmat").scope(Scope.region("07")).channel(Channel.FACEBOOK)
        .term(Term.of(TERM_START, TERM_END))
        .addIntakeDates(INTAKE_1, INTAKE_2)
        .capacity(20)
        .addMembership(Membership.builder().id("ph-a0").personId("ph-5").organisationId("phhyky")
            .role(Role.COORDINATOR).addDuty(Duty.ADVISORY_FACILITATOR)
            .term(Term.from(TERM_START)).build());
    for (int i = 1; i <= 17; i++) {
      group.addMembership(Membership.builder().id("ph-a" + i).personId("parent-" + i)
          .addVoice(Voice.PARENTS).term(Term.of(TERM_START, LocalDate.of(2018, 12, 31))).build());
    }
    List<TimeSlot> slots = List.of(TimeSlot.hours(8, 10), TimeSlot.hours(14, 16),
        TimeSlot.hours(20, 22));
    group.addMeetingDay(MeetingDay.builder().date(LocalDate.of(2017, 10, 3)).slots(slots)
        .addTheme("BULLYING").addFacilitatorId("ph-5").build());
    group.addMeetingDay(MeetingDay.builder().date(LocalDate.of(2017, 10, 17)).slots(slots)
        .addTheme("FRIENDSHIP_SKILLS").addFacilitatorId("ph-5").build());
    return group.build();
  }

  /** Kuopio's LAPE group; member kuo-m5 is responsible for the meeting places (seed 004). */
  static Group kuopioLape() {
    return Group.builder().id(KUOPIO_LAPE).kind(GroupKind.MUNICIPAL_LAPE_GROUP)
        .name("Kuopion LAPE-ryhmä").scope(Scope.municipality("297"))
        .addMembership(member("kuo-m1", "kuo-1").role(Role.CHAIR).organisationId("kuopio")
            .addSector(Sector.BASIC_EDUCATION).build())
        .addMembership(staff("kuo-m2", "kuo-2", "kys", Sector.CHILD_HEALTH_CLINIC))
        .addMembership(staff("kuo-m3", "kuo-3", "kuopio-parish", Sector.PARISH))
        .addMembership(staff("kuo-m4", "kuo-4", "mll-kuopio", Sector.NGO))
        .addMembership(member("kuo-m5", "kuo-5").organisationId("kuopio")
            .addSector(Sector.OPEN_EARLY_CHILDHOOD_EDUCATION)
            .addDuty(Duty.MEETING_PLACE_RESPONSIBLE).build())
        .addMembership(member("kuo-m6", "kuo-6").addVoice(Voice.PARENTS)
            .addVoice(Voice.CHILDREN).addVoice(Voice.YOUNG_PEOPLE).build())
        .build();
  }
}
