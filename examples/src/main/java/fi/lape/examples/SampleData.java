package fi.lape.examples;

import fi.lape.core.Branch;
import fi.lape.core.Channel;
import fi.lape.core.Dataset;
import fi.lape.core.Duty;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.GroupLink;
import fi.lape.core.LinkRelation;
import fi.lape.core.MeetingDay;
import fi.lape.core.MeetingPlaceType;
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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A dataset modelled on lape's source documents (DOMAIN.md, seeds 000-004), with invented,
 * pseudonymous persons: nobody in it has a name, and nobody named in the source documents appears.
 *
 * <p>What it holds, and how each group fares under the {@linkplain
 * fi.lape.core.policy.Policies#nationalBaseline() national baseline} on {@link #DEFAULT_AS_OF}:
 *
 * <ul>
 *   <li>Päijät-Häme (region 07) and its municipalities; the regional LAPE steering group
 *       ({@value #PAIJAT_HAME_STEERING}), compliant, with one of its two municipal groups lacking a
 *       steering-group member (seed 001).
 *   <li>Orimattila's municipal LAPE group ({@value #ORIMATTILA_LAPE}), compliant and
 *       multidisciplinary, and its customer panel ({@value #ORIMATTILA_PANEL}) run jointly by the
 *       child health clinic, the parish, early childhood education and the local MLL association,
 *       whose maintainers all sit in the LAPE group (seed 000). Its social and health members leave
 *       on 2018-02-28 and a new one joins on 2018-04-01, so its {@linkplain
 *       fi.lape.core.report.ComplianceTimeline timeline} has a non-compliant March 2018.
 *   <li>Hollola's municipal LAPE group ({@value #HOLLOLA_LAPE}): compliant under the baseline, but
 *       it has no parish, which the {@linkplain fi.lape.core.policy.Policies#paijatHame2017()
 *       Päijät-Häme 2017} policy makes an error (seed 001: "järjestöt ja seurakunnan").
 *   <li>The Päijät-Häme parents' advisory group on Facebook ({@value #PARENTS_ADVISORY}): term
 *       2017-08-01..2017-12-31, intake dates 2018-01-01 and 2018-07-01, two meeting days a month
 *       with facilitated slots 8-10, 14-16 and 20-22, one theme a day, 17 parents from five
 *       municipalities in autumn 2017 (seed 000); compliant, with warnings (a late joiner, an
 *       unfacilitated day).
 *   <li>The youth advisory group on Instagram ({@value #YOUTH_ADVISORY}), founded in autumn 2017:
 *       <b>non-compliant</b>, because a youth worker sits in it as an ordinary member rather than
 *       as a facilitator (rule LAPE-A01).
 *   <li>Akaa's (Pirkanmaa, 06) project steering group "Onnistunut työ tekee hyvää"
 *       ({@value #AKAA_PROJECT}), staff only: its workshops had no residents yet (seed 002). No
 *       built-in requirement applies to project steering groups, so it is compliant unless a policy
 *       adds one, as the {@code CustomMunicipalPolicy} example does.
 *   <li>Pohjois-Savo (11): Siilinjärvi's LAPE group ({@value #SIILINJARVI_LAPE}), compliant, whose
 *       member is responsible for the open meeting places (seed 004); Varkaus's group ({@value
 *       #VARKAUS_LAPE}), municipal staff only: <b>non-compliant</b> and not multidisciplinary; and
 *       open meeting places of each type on the Pohjois-Savo map in both municipalities.
 * </ul>
 *
 * <pre>{@code
 * Dataset sample = SampleData.dataset();
 * AssessmentReport report = GroupAssessor.of(Policies.nationalBaseline())
 *     .assess(sample, SampleData.DEFAULT_AS_OF);
 * }</pre>
 */
public final class SampleData {
  /**
   * The day the sample is best assessed as of: 2017-11-01 lies in the parents' advisory group's
   * first term (2017-08-01..2017-12-31), when it had the "17 parents from five municipalities" of
   * autumn 2017 (seed 000); after the youth advisory group was founded that autumn and after the
   * regional steering group set out the municipal groups' tasks on 2017-10-10 (seed 001); and while
   * the Pohjois-Savo municipalities were presenting their meeting places in their LAPE groups in
   * autumn 2017 (seed 004).
   */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2017, 11, 1);

  /** Id of the Päijät-Häme regional LAPE steering group. */
  public static final String PAIJAT_HAME_STEERING = "paijat-hame-ohjausryhma";
  /** Id of Orimattila's municipal LAPE group. */
  public static final String ORIMATTILA_LAPE = "orimattila-lape";
  /** Id of Orimattila's customer panel. */
  public static final String ORIMATTILA_PANEL = "orimattila-asiakasraati";
  /** Id of Hollola's municipal LAPE group. */
  public static final String HOLLOLA_LAPE = "hollola-lape";
  /** Id of the Päijät-Häme parents' advisory group on Facebook. */
  public static final String PARENTS_ADVISORY = "paijat-hame-neuvonantajavanhemmat";
  /** Id of the Päijät-Häme youth advisory group on Instagram. */
  public static final String YOUTH_ADVISORY = "paijat-hame-nuorten-neuvonantajat";
  /** Id of Akaa's project steering group "Onnistunut työ tekee hyvää". */
  public static final String AKAA_PROJECT = "akaa-onnistunut-tyo";
  /** Id of Siilinjärvi's municipal LAPE group. */
  public static final String SIILINJARVI_LAPE = "siilinjarvi-lape";
  /** Id of Varkaus's municipal LAPE group. */
  public static final String VARKAUS_LAPE = "varkaus-lape";

  static final String ORIMATTILA = "560";
  static final String HOLLOLA = "098";
  static final String LAHTI = "398";
  static final String HEINOLA = "111";
  static final String ASIKKALA = "016";
  static final String AKAA = "020";
  static final String SIILINJARVI = "749";
  static final String VARKAUS = "915";

  private static final LocalDate LAPE_START = LocalDate.of(2017, 1, 1);
  private static final Term ADVISORY_AUTUMN =
      Term.of(LocalDate.of(2017, 8, 1), LocalDate.of(2017, 12, 31));
  private static final Term ADVISORY_CONTINUING =
      Term.of(LocalDate.of(2017, 8, 1), LocalDate.of(2018, 12, 31));
  private static final LocalDate INTAKE_1 = LocalDate.of(2018, 1, 1);
  private static final LocalDate INTAKE_2 = LocalDate.of(2018, 7, 1);
  private static final LocalDate UNFACILITATED_DAY = LocalDate.of(2017, 10, 24);

  /** The themes of the parents' advisory group's meeting days (seed 000). */
  private static final List<String> THEMES = List.of("BULLYING", "FRIENDSHIP_SKILLS",
      "MULTI_PROFESSIONAL_MEETINGS", "PARENTS_PEER_GROUPS", "DIVORCE", "SERVICES");

  /** Where the advisory parents live: five Päijät-Häme municipalities in 2017 (seed 000). */
  private static final List<String> PARENT_HOMES = List.of(
      LAHTI, LAHTI, LAHTI, LAHTI, LAHTI, LAHTI, HOLLOLA, HOLLOLA, HOLLOLA, HOLLOLA,
      ORIMATTILA, ORIMATTILA, ORIMATTILA, HEINOLA, HEINOLA, ASIKKALA, ASIKKALA,
      LAHTI, HEINOLA, ORIMATTILA, ASIKKALA, HOLLOLA, LAHTI);

  private static final class Holder {
    static final Dataset DATASET = new SampleData().build();
  }

  /** Every person seated, in order of first appearance; residents with their home municipality. */
  private final Map<String, Person> persons = new LinkedHashMap<>();

  private SampleData() {}

  /** The sample dataset; the same immutable instance on every call. */
  public static Dataset dataset() {
    return Holder.DATASET;
  }

  private Dataset build() {
    Dataset.Builder b = Dataset.builder();
    // No geography: every municipality, region and wellbeing services county is built in.
    b.addAllOrganisations(organisations());
    List<Group> groups = List.of(
        paijatHameSteeringGroup(),
        orimattilaLapeGroup(),
        orimattilaPanel(),
        hollolaLapeGroup(),
        parentsAdvisoryGroup(),
        youthAdvisoryGroup(),
        akaaProjectSteeringGroup(),
        siilinjarviLapeGroup(),
        varkausLapeGroup(),
        meetingPlace("siilinjarvi-mll-perhekahvila", "MLL:n perhekahvila, Siilinjärvi", SIILINJARVI,
            MeetingPlaceType.MLL_FAMILY_CAFE, "org-mll-siilinjarvi"),
        meetingPlace("siilinjarvi-avoin-paivakoti", "Avoin päiväkoti, Siilinjärvi", SIILINJARVI,
            MeetingPlaceType.OPEN_EARLY_CHILDHOOD_EDUCATION, "org-siilinjarvi"),
        meetingPlace("siilinjarvi-perhekerho", "Seurakunnan perhekerho, Siilinjärvi", SIILINJARVI,
            MeetingPlaceType.PARISH_FAMILY_CLUB, "org-siilinjarvi-seurakunta"),
        meetingPlace("siilinjarvi-nuorten-kohtaamispaikka", "Nuorten kohtaamispaikka, Siilinjärvi",
            SIILINJARVI, MeetingPlaceType.YOUTH_PLACE, "org-siilinjarvi"),
        meetingPlace("varkaus-perheentalo", "Perheentalo, Varkaus", VARKAUS,
            MeetingPlaceType.FAMILY_HOUSE, "org-varkaus"),
        meetingPlace("varkaus-perhekahvila", "Perhekahvila (tauolla), Varkaus", VARKAUS,
            MeetingPlaceType.FAMILY_CAFE_PAUSED, "org-mll-jarvi-suomi"),
        meetingPlace("varkaus-kohtaamispaikka", "Muu avoin kohtaamispaikka, Varkaus", VARKAUS,
            MeetingPlaceType.OTHER_OPEN_PLACE, "org-varkaus"));
    b.addAllGroups(groups);
    b.addAllPersons(persons.values());
    return b.build();
  }

  private static List<Organisation> organisations() {
    Set<Sector> sote = EnumSet.noneOf(Sector.class);
    Set<Sector> sivi = EnumSet.noneOf(Sector.class);
    for (Sector s : Sector.values()) {
      if (s.branch() == Branch.SOCIAL_HEALTH) {
        sote.add(s);
      } else if (s.branch() == Branch.EDUCATION_CULTURE) {
        sivi.add(s);
      }
    }
    Set<Sector> municipalBefore2017 = EnumSet.copyOf(sivi);
    municipalBefore2017.addAll(sote);
    municipalBefore2017.add(Sector.MUNICIPAL_MANAGEMENT);
    Set<Sector> municipalSivi = EnumSet.copyOf(sivi);
    municipalSivi.add(Sector.MUNICIPAL_MANAGEMENT);
    return List.of(
        // Päijät-Häme's municipalities moved their social and health services to a joint
        // municipal authority in 2017; their own organisations provide the sivi sectors only.
        Organisation.builder().id("org-phhyky").name("Päijät-Hämeen hyvinvointiyhtymä")
            .kind(OrganisationKind.JOINT_MUNICIPAL_AUTHORITY).region("07").sectors(sote).build(),
        municipal("org-lahti", "Lahden kaupunki", LAHTI, municipalSivi),
        municipal("org-orimattila", "Orimattilan kaupunki", ORIMATTILA, municipalSivi),
        municipal("org-hollola", "Hollolan kunta", HOLLOLA, municipalSivi),
        ngo("org-mll-hame", "MLL:n Hämeen piiri", null),
        ngo("org-mll-orimattila", "MLL Orimattilan yhdistys", ORIMATTILA),
        ngo("org-mll-hollola", "MLL Hollolan yhdistys", HOLLOLA),
        parish("org-lahti-seurakuntayhtyma", "Lahden seurakuntayhtymä", LAHTI),
        parish("org-orimattila-seurakunta", "Orimattilan seurakunta", ORIMATTILA),
        municipal("org-akaa", "Akaan kaupunki", AKAA, municipalBefore2017),
        municipal("org-siilinjarvi", "Siilinjärven kunta", SIILINJARVI, municipalBefore2017),
        ngo("org-mll-siilinjarvi", "MLL Siilinjärven yhdistys", SIILINJARVI),
        parish("org-siilinjarvi-seurakunta", "Siilinjärven seurakunta", SIILINJARVI),
        municipal("org-varkaus", "Varkauden kaupunki", VARKAUS, municipalBefore2017),
        ngo("org-mll-jarvi-suomi", "MLL:n Järvi-Suomen piiri", null));
  }

  private Group paijatHameSteeringGroup() {
    Term term = Term.from(LocalDate.of(2017, 2, 1));
    String g = "m-ph-ohjausryhma-";
    return group(PAIJAT_HAME_STEERING, GroupKind.REGIONAL_STEERING_GROUP,
        "Päijät-Hämeen maakunnallinen LAPE-ohjausryhmä", Scope.region("07"), Channel.IN_PERSON)
        .addMembership(staff(g + "01", "p-paijat-hame-01", "org-phhyky", term,
            Sector.FAMILY_SOCIAL_WORK, Sector.CHILD_PROTECTION)
            .role(Role.CHAIR).addDuty(Duty.SOTE_PREPARATION_LIAISON).build())
        .addMembership(staff(g + "02", "p-paijat-hame-02", "org-lahti", term,
            Sector.BASIC_EDUCATION, Sector.EARLY_CHILDHOOD_EDUCATION).role(Role.VICE_CHAIR).build())
        .addMembership(staff(g + "03", "p-paijat-hame-03", "org-mll-hame", term, Sector.NGO)
            .addDuty(Duty.ASSOCIATION_REPRESENTATIVE).build())
        .addMembership(staff(g + "04", "p-paijat-hame-04", "org-lahti-seurakuntayhtyma", term,
            Sector.PARISH).build())
        .addMembership(staff(g + "05", "p-paijat-hame-05", "org-phhyky", term,
            Sector.FAMILY_COUNSELLING).role(Role.COORDINATOR).build())
        .addMembership(staff(g + "06", "p-paijat-hame-06", "org-phhyky", term,
            Sector.CHILD_HEALTH_CLINIC).role(Role.SECRETARY).build())
        // The steering group's link to Orimattila's LAPE group (rule LAPE-R03); Hollola has none.
        .addMembership(staff(g + "07", "p-orimattila-01", "org-orimattila", term,
            Sector.EARLY_CHILDHOOD_EDUCATION).build())
        .build();
  }

  private Group orimattilaLapeGroup() {
    Term term = Term.from(LAPE_START);
    Term untilReorganisation = Term.of(LAPE_START, LocalDate.of(2018, 2, 28));
    String g = "m-orimattila-lape-";
    return group(ORIMATTILA_LAPE, GroupKind.MUNICIPAL_LAPE_GROUP,
        "Orimattilan LAPE-ryhmä", Scope.municipality(ORIMATTILA), Channel.IN_PERSON)
        // The four maintainers of the customer panel (seed 000: "Raadin ylläpitäjät kuuluvat myös
        // kunnan omaan LAPE-ryhmään").
        .addMembership(staff(g + "01", "p-orimattila-01", "org-orimattila", term,
            Sector.EARLY_CHILDHOOD_EDUCATION).role(Role.CHAIR).addDuty(Duty.PANEL_MAINTAINER)
            .build())
        .addMembership(staff(g + "02", "p-orimattila-02", "org-phhyky", untilReorganisation,
            Sector.CHILD_HEALTH_CLINIC).addDuty(Duty.PANEL_MAINTAINER).build())
        .addMembership(staff(g + "03", "p-orimattila-03", "org-orimattila-seurakunta", term,
            Sector.PARISH).addDuty(Duty.PANEL_MAINTAINER).build())
        .addMembership(staff(g + "04", "p-orimattila-04", "org-mll-orimattila", term, Sector.NGO)
            .addDuties(Duty.ASSOCIATION_REPRESENTATIVE, Duty.PANEL_MAINTAINER).build())
        .addMembership(staff(g + "05", "p-orimattila-05", "org-orimattila", term,
            Sector.BASIC_EDUCATION).role(Role.VICE_CHAIR).build())
        .addMembership(staff(g + "06", "p-orimattila-06", "org-orimattila", term,
            Sector.YOUTH_WORK, Sector.CULTURE_LEISURE).build())
        .addMembership(staff(g + "07", "p-orimattila-07", "org-phhyky", untilReorganisation,
            Sector.FAMILY_SOCIAL_WORK, Sector.STUDENT_WELFARE).build())
        .addMembership(staff(g + "08", "p-orimattila-08", "org-phhyky",
            Term.from(LocalDate.of(2018, 4, 1)), Sector.CHILD_HEALTH_CLINIC,
            Sector.FAMILY_SOCIAL_WORK).addDuty(Duty.PANEL_MAINTAINER).build())
        .addMembership(resident(g + "09", "p-orimattila-09", ORIMATTILA,
            Term.from(LocalDate.of(2017, 9, 1)),
            Voice.PARENTS, Voice.CUSTOMERS))
        .addMembership(staff(g + "10", "p-orimattila-10", "org-orimattila", term,
            Sector.MUNICIPAL_MANAGEMENT).role(Role.SECRETARY).build())
        .addLink(GroupLink.of(ORIMATTILA_PANEL, LinkRelation.CONSULTS))
        .addLink(GroupLink.of(YOUTH_ADVISORY, LinkRelation.CONSULTS))
        .addLink(GroupLink.of(PAIJAT_HAME_STEERING, LinkRelation.REPORTS_TO))
        .build();
  }

  private Group orimattilaPanel() {
    Term term = Term.from(LocalDate.of(2017, 3, 1));
    String g = "m-orimattila-raati-";
    Group.Builder panel = group(ORIMATTILA_PANEL, GroupKind.CUSTOMER_PANEL,
        "Orimattilan lapsiperheiden asiakasraati", Scope.municipality(ORIMATTILA),
        Channel.IN_PERSON)
        .addMaintainerIds("org-phhyky", "org-orimattila-seurakunta", "org-orimattila",
            "org-mll-orimattila")
        .addMembership(staff(g + "01", "p-orimattila-04", "org-mll-orimattila", term, Sector.NGO)
            .role(Role.COORDINATOR).addDuty(Duty.PANEL_MAINTAINER).build())
        .addMembership(resident(g + "02", "p-orimattila-09", ORIMATTILA, term, Voice.PARENTS,
            Voice.CUSTOMERS));
    for (int i = 1; i <= 6; i++) {
      panel.addMembership(resident(g + pad(i + 2), "p-orimattila-asiakas-" + pad(i), ORIMATTILA,
          term,
          Voice.PARENTS, Voice.CUSTOMERS));
    }
    return panel.build();
  }

  private Group hollolaLapeGroup() {
    Term term = Term.from(LAPE_START);
    String g = "m-hollola-lape-";
    return group(HOLLOLA_LAPE, GroupKind.MUNICIPAL_LAPE_GROUP,
        "Hollolan LAPE-ryhmä", Scope.municipality(HOLLOLA), Channel.IN_PERSON)
        .addMembership(staff(g + "01", "p-hollola-01", "org-hollola", term,
            Sector.EARLY_CHILDHOOD_EDUCATION, Sector.BASIC_EDUCATION).role(Role.CHAIR).build())
        .addMembership(staff(g + "02", "p-hollola-02", "org-phhyky", term,
            Sector.CHILD_HEALTH_CLINIC, Sector.FAMILY_SOCIAL_WORK).build())
        .addMembership(staff(g + "03", "p-hollola-03", "org-mll-hollola", term, Sector.NGO)
            .addDuty(Duty.ASSOCIATION_REPRESENTATIVE).build())
        // School health care moved to the joint authority in 2017, but the seat still lists it
        // under the municipality (rule LAPE-D02).
        .addMembership(staff(g + "04", "p-hollola-04", "org-hollola", term, Sector.YOUTH_WORK,
            Sector.SCHOOL_HEALTH_CARE).role(Role.SECRETARY).build())
        .addMembership(resident(g + "05", "p-hollola-05", HOLLOLA, term, Voice.YOUNG_PEOPLE))
        .addMembership(resident(g + "06", "p-hollola-06", HOLLOLA, term, Voice.PARENTS))
        .build();
  }

  private Group parentsAdvisoryGroup() {
    String g = "m-neuvonantajavanhemmat-";
    Group.Builder advisory = group(PARENTS_ADVISORY, GroupKind.PARENTS_ADVISORY_GROUP,
        "LAPE Päijät-Hämeen neuvonantajavanhemmat", Scope.region("07"), Channel.FACEBOOK)
        .capacity(20)
        .term(ADVISORY_AUTUMN)
        .addIntakeDates(INTAKE_1, INTAKE_2)
        .addThemes(THEMES.toArray(new String[0]))
        .addMembership(staff(g + "01", "p-paijat-hame-05", "org-phhyky", Term.from(
            ADVISORY_AUTUMN.start()), Sector.FAMILY_COUNSELLING).role(Role.COORDINATOR)
            .addDuty(Duty.ADVISORY_FACILITATOR).build())
        .addMembership(staff(g + "02", "p-paijat-hame-08", "org-phhyky", Term.from(
            ADVISORY_AUTUMN.start()), Sector.FAMILY_SOCIAL_WORK)
            .addDuty(Duty.ADVISORY_FACILITATOR).build());
    int seat = 3;
    // Seventeen parents in autumn 2017 (seed 000); twelve continue into 2018.
    for (int i = 1; i <= 17; i++) {
      Term term = i <= 12 ? ADVISORY_CONTINUING : ADVISORY_AUTUMN;
      if (i == 17) {
        // Joined between intake dates (rule LAPE-A02 warns).
        term = Term.of(LocalDate.of(2017, 9, 15), LocalDate.of(2017, 12, 31));
      }
      advisory.addMembership(resident(g + pad(seat++), parent(i), home(i), term, Voice.PARENTS));
    }
    // Places freed at the turn of the year are refilled at the intake dates.
    for (int i = 18; i <= 21; i++) {
      advisory.addMembership(resident(g + pad(seat++), parent(i), home(i),
          Term.of(INTAKE_1, LocalDate.of(2018, 12, 31)), Voice.PARENTS));
    }
    for (int i = 22; i <= 23; i++) {
      advisory.addMembership(resident(g + pad(seat++), parent(i), home(i),
          Term.of(INTAKE_2, LocalDate.of(2018, 12, 31)), Voice.PARENTS));
    }
    // Two meeting days a month, the second and fourth Tuesday, one theme a day (seed 000).
    int theme = 0;
    for (LocalDate month = ADVISORY_AUTUMN.start(); !month.isAfter(ADVISORY_AUTUMN.end()
        .orElseThrow()); month = month.plusMonths(1)) {
      for (int week : new int[] {2, 4}) {
        LocalDate day = month.with(TemporalAdjusters.dayOfWeekInMonth(week, DayOfWeek.TUESDAY));
        MeetingDay.Builder meeting = MeetingDay.builder()
            .date(day)
            .addSlots(TimeSlot.hours(8, 10), TimeSlot.hours(14, 16), TimeSlot.hours(20, 22))
            .addTheme(THEMES.get(theme++ % THEMES.size()));
        // One October day went without a facilitator (rule LAPE-A04 warns).
        if (!day.equals(UNFACILITATED_DAY)) {
          meeting.addFacilitatorId(week == 2 ? "p-paijat-hame-05" : "p-paijat-hame-08");
        }
        advisory.addMeetingDay(meeting.build());
      }
    }
    return advisory.build();
  }

  private Group youthAdvisoryGroup() {
    Term term = Term.from(LocalDate.of(2017, 10, 1));
    String g = "m-nuorten-neuvonantajat-";
    Group.Builder advisory = group(YOUTH_ADVISORY, GroupKind.YOUTH_ADVISORY_GROUP,
        "LAPE Päijät-Hämeen nuorten neuvonantajaryhmä", Scope.region("07"), Channel.INSTAGRAM)
        .term(term)
        .addMembership(staff(g + "01", "p-paijat-hame-05", "org-phhyky", term,
            Sector.FAMILY_COUNSELLING).role(Role.COORDINATOR).addDuty(Duty.ADVISORY_FACILITATOR)
            .build())
        // The link with youth services (seed 000: "linkitytään nuorisopalvelujen kanssa") entered
        // as an ordinary seat: staff take part only as facilitators (rule LAPE-A01).
        .addMembership(staff(g + "02", "p-paijat-hame-07", "org-lahti", term, Sector.YOUTH_WORK)
            .build());
    for (int i = 1; i <= 6; i++) {
      advisory.addMembership(resident(g + pad(i + 2), "p-nuori-" + pad(i),
          i % 2 == 0 ? LAHTI : HEINOLA, term, Voice.YOUNG_PEOPLE));
    }
    return advisory.build();
  }

  private Group akaaProjectSteeringGroup() {
    Term term = Term.from(LocalDate.of(2015, 1, 1));
    String g = "m-akaa-ohjausryhma-";
    return group(AKAA_PROJECT, GroupKind.PROJECT_STEERING_GROUP,
        "Onnistunut työ tekee hyvää -hankkeen ohjausryhmä", Scope.municipality(AKAA),
        Channel.IN_PERSON)
        // The development targets of seed 002; "asiakkaita ja kuntalaisia ei vielä ole ollut
        // mukana": staff only.
        .addThemes("FAMILY_SUPPORT_SERVICE_POINT", "CHILD_YOUTH_MENTAL_HEALTH_CARE_PATH",
            "NEUROPSYCHIATRIC_SUPPORT", "FAMILY_MEDIATION", "CHILD_PROTECTION_ANALYSIS",
            "COORDINATED_LEADERSHIP")
        .addMembership(staff(g + "01", "p-akaa-01", "org-akaa", term,
            Sector.MUNICIPAL_MANAGEMENT).role(Role.CHAIR).build())
        .addMembership(staff(g + "02", "p-akaa-02", "org-akaa", term, Sector.FAMILY_SOCIAL_WORK,
            Sector.CHILD_PROTECTION).build())
        .addMembership(staff(g + "03", "p-akaa-03", "org-akaa", term,
            Sector.CHILD_YOUTH_MENTAL_HEALTH, Sector.NEUROPSYCHIATRIC_SUPPORT).build())
        .addMembership(staff(g + "04", "p-akaa-04", "org-akaa", term, Sector.FAMILY_MEDIATION,
            Sector.FAMILY_COUNSELLING).build())
        .addMembership(staff(g + "05", "p-akaa-05", "org-akaa", term,
            Sector.EARLY_CHILDHOOD_EDUCATION, Sector.BASIC_EDUCATION).build())
        .addMembership(staff(g + "06", "p-akaa-06", "org-akaa", term, Sector.CHILD_HEALTH_CLINIC)
            .role(Role.SECRETARY).build())
        .build();
  }

  private Group siilinjarviLapeGroup() {
    Term term = Term.from(LAPE_START);
    String g = "m-siilinjarvi-lape-";
    return group(SIILINJARVI_LAPE, GroupKind.MUNICIPAL_LAPE_GROUP,
        "Siilinjärven LAPE-työryhmä", Scope.municipality(SIILINJARVI), Channel.IN_PERSON)
        .addMembership(staff(g + "01", "p-siilinjarvi-01", "org-siilinjarvi", term,
            Sector.BASIC_EDUCATION).role(Role.CHAIR).build())
        // The meeting-place responsible person (seed 004: "Kohtaamispaikka -vastuuhenkilön
        // määrittäminen kunnassa").
        .addMembership(staff(g + "02", "p-siilinjarvi-02", "org-siilinjarvi", term,
            Sector.OPEN_EARLY_CHILDHOOD_EDUCATION, Sector.EARLY_CHILDHOOD_EDUCATION)
            .addDuty(Duty.MEETING_PLACE_RESPONSIBLE).build())
        .addMembership(staff(g + "03", "p-siilinjarvi-03", "org-siilinjarvi", term,
            Sector.CHILD_HEALTH_CLINIC, Sector.FAMILY_SOCIAL_WORK).build())
        .addMembership(staff(g + "04", "p-siilinjarvi-04", "org-mll-siilinjarvi", term, Sector.NGO)
            .addDuty(Duty.ASSOCIATION_REPRESENTATIVE).build())
        .addMembership(staff(g + "05", "p-siilinjarvi-05", "org-siilinjarvi-seurakunta", term,
            Sector.PARISH).build())
        .addMembership(resident(g + "06", "p-siilinjarvi-06", SIILINJARVI, term,
            Voice.YOUNG_PEOPLE))
        .addMembership(resident(g + "07", "p-siilinjarvi-07", SIILINJARVI, term, Voice.PARENTS,
            Voice.CHILDREN))
        .build();
  }

  private Group varkausLapeGroup() {
    Term term = Term.from(LAPE_START);
    String g = "m-varkaus-lape-";
    // Municipal staff only, and no chair yet.
    return group(VARKAUS_LAPE, GroupKind.MUNICIPAL_LAPE_GROUP,
        "Varkauden LAPE-työryhmä", Scope.municipality(VARKAUS), Channel.IN_PERSON)
        .addMembership(staff(g + "01", "p-varkaus-01", "org-varkaus", term,
            Sector.EARLY_CHILDHOOD_EDUCATION, Sector.OPEN_EARLY_CHILDHOOD_EDUCATION).build())
        .addMembership(staff(g + "02", "p-varkaus-02", "org-varkaus", term,
            Sector.BASIC_EDUCATION).build())
        .addMembership(staff(g + "03", "p-varkaus-03", "org-varkaus", term,
            Sector.CHILD_HEALTH_CLINIC, Sector.FAMILY_SOCIAL_WORK).build())
        .addMembership(staff(g + "04", "p-varkaus-04", "org-varkaus", term, Sector.YOUTH_WORK)
            .build())
        .build();
  }

  private static Group.Builder group(String id, GroupKind kind, String name, Scope scope,
      Channel channel) {
    return Group.builder().id(id).kind(kind).name(name).scope(scope).channel(channel);
  }

  private static Group meetingPlace(String id, String name, String municipality,
      MeetingPlaceType type, String maintainer) {
    return Group.builder()
        .id(id)
        .kind(GroupKind.MEETING_PLACE)
        .name(name)
        .scope(Scope.municipality(municipality))
        .channel(Channel.IN_PERSON)
        .meetingPlaceType(type)
        .addMaintainerId(maintainer)
        .build();
  }

  private static String parent(int i) {
    return "p-vanhempi-" + pad(i);
  }

  private static String home(int parent) {
    return PARENT_HOMES.get(parent - 1);
  }

  private Membership.Builder staff(String id, String person, String organisation,
      Term term, Sector... sectors) {
    persons.computeIfAbsent(person, p -> Person.builder().id(p).build());
    return Membership.builder().id(id).personId(person).organisationId(organisation).term(term)
        .addSectors(sectors);
  }

  private Membership resident(String id, String person, String home, Term term,
      Voice... voices) {
    persons.computeIfAbsent(person, p -> Person.builder().id(p).homeMunicipality(home).build());
    return Membership.builder().id(id).personId(person).term(term).addVoices(voices).build();
  }

  private static Organisation municipal(String id, String name, String code,
      Set<Sector> sectors) {
    return Organisation.builder().id(id).name(name).kind(OrganisationKind.MUNICIPALITY)
        .municipality(code).sectors(sectors).build();
  }

  private static Organisation ngo(String id, String name, String municipality) {
    Organisation.Builder b = Organisation.builder().id(id).name(name).kind(OrganisationKind.NGO)
        .addSector(Sector.NGO);
    if (municipality != null) {
      b.municipality(municipality);
    }
    return b.build();
  }

  private static Organisation parish(String id, String name, String municipality) {
    return Organisation.builder().id(id).name(name).kind(OrganisationKind.PARISH)
        .municipality(municipality).addSector(Sector.PARISH).build();
  }

  private static String pad(int i) {
    return i < 10 ? "0" + i : Integer.toString(i);
  }
}
