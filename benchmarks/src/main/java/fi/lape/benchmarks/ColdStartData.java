package fi.lape.benchmarks;

import fi.lape.core.Dataset;
import fi.lape.core.Duty;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.GroupLink;
import fi.lape.core.LinkRelation;
import fi.lape.core.Membership;
import fi.lape.core.Organisation;
import fi.lape.core.OrganisationKind;
import fi.lape.core.Person;
import fi.lape.core.Role;
import fi.lape.core.Scope;
import fi.lape.core.Sector;
import fi.lape.core.Term;
import fi.lape.core.Voice;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import java.time.LocalDate;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The data of the cold-start mains, built with lape-core's builders alone as an application would:
 * Orimattila's municipal LAPE group with 30 active members, its customer panel and youth council.
 * Nobody speaks for children, so the assessment has a finding (LAPE-M05, a warning) to print.
 * The generators of lape-testkit would load and run far more code than the assessment itself, so
 * the cold start does without them.
 */
final class ColdStartData {
  static final String GROUP = "orimattila-lape";
  static final LocalDate DAY = LocalDate.of(2018, 3, 1);

  private static final Term TERM = Term.from(LocalDate.of(2017, 1, 1));
  private static final String TOWN = "orimattila";
  private static final String COUNTY = "phhyky";
  private static final String PARISH = "orimattila-parish";
  private static final String MLL = "mll-orimattila";
  private static final String POLICE = "police";

  private ColdStartData() {}

  static Dataset dataset() {
    Dataset.Builder d = Dataset.builder()
        .addOrganisation(organisation(TOWN, OrganisationKind.MUNICIPALITY,
            Sector.EARLY_CHILDHOOD_EDUCATION, Sector.OPEN_EARLY_CHILDHOOD_EDUCATION,
            Sector.BASIC_EDUCATION, Sector.UPPER_SECONDARY_EDUCATION, Sector.YOUTH_WORK,
            Sector.CULTURE_LEISURE, Sector.MUNICIPAL_MANAGEMENT, Sector.ELECTED_OFFICIALS))
        .addOrganisation(Organisation.builder().id(COUNTY).name("Päijät-Hämeen hyvinvointiyhtymä")
            .kind(OrganisationKind.JOINT_MUNICIPAL_AUTHORITY).region("07")
            .addSectors(Sector.CHILD_HEALTH_CLINIC, Sector.SCHOOL_HEALTH_CARE,
                Sector.STUDENT_WELFARE, Sector.FAMILY_SOCIAL_WORK, Sector.CHILD_PROTECTION,
                Sector.FAMILY_COUNSELLING, Sector.CHILD_YOUTH_MENTAL_HEALTH,
                Sector.NEUROPSYCHIATRIC_SUPPORT, Sector.FAMILY_MEDIATION)
            .build())
        .addOrganisation(organisation(PARISH, OrganisationKind.PARISH, Sector.PARISH))
        .addOrganisation(organisation(MLL, OrganisationKind.NGO, Sector.NGO))
        .addOrganisation(organisation(POLICE, OrganisationKind.STATE_AGENCY, Sector.POLICE));
    Object[][] staff = {
      {TOWN, Sector.EARLY_CHILDHOOD_EDUCATION}, {TOWN, Sector.OPEN_EARLY_CHILDHOOD_EDUCATION},
      {TOWN, Sector.BASIC_EDUCATION}, {TOWN, Sector.BASIC_EDUCATION},
      {TOWN, Sector.UPPER_SECONDARY_EDUCATION}, {TOWN, Sector.YOUTH_WORK},
      {TOWN, Sector.CULTURE_LEISURE}, {TOWN, Sector.MUNICIPAL_MANAGEMENT},
      {TOWN, Sector.ELECTED_OFFICIALS}, {TOWN, Sector.ELECTED_OFFICIALS},
      {COUNTY, Sector.CHILD_HEALTH_CLINIC}, {COUNTY, Sector.SCHOOL_HEALTH_CARE},
      {COUNTY, Sector.STUDENT_WELFARE}, {COUNTY, Sector.FAMILY_SOCIAL_WORK},
      {COUNTY, Sector.CHILD_PROTECTION}, {COUNTY, Sector.FAMILY_COUNSELLING},
      {COUNTY, Sector.CHILD_YOUTH_MENTAL_HEALTH}, {COUNTY, Sector.NEUROPSYCHIATRIC_SUPPORT},
      {COUNTY, Sector.FAMILY_MEDIATION}, {PARISH, Sector.PARISH}, {PARISH, Sector.PARISH},
      {MLL, Sector.NGO}, {MLL, Sector.NGO}, {POLICE, Sector.POLICE},
    };
    Voice[] residents = {Voice.PARENTS, Voice.PARENTS, Voice.YOUNG_PEOPLE, Voice.YOUNG_PEOPLE,
      Voice.CUSTOMERS, Voice.CUSTOMERS};
    Group.Builder lape = Group.builder().id(GROUP).kind(GroupKind.MUNICIPAL_LAPE_GROUP)
        .name("Orimattilan LAPE-ryhmä").scope(Scope.municipality("560"))
        .addLink(GroupLink.of("orimattila-panel", LinkRelation.CONSULTS))
        .addLink(GroupLink.of("orimattila-youth-council", LinkRelation.CONSULTS));
    int person = 0;
    for (Object[] seat : staff) {
      person++;
      lape.addMembership(Membership.builder().id("m" + person).personId("p" + person)
          .organisationId((String) seat[0]).addSector((Sector) seat[1])
          .role(person == 1 ? Role.CHAIR : person == 2 ? Role.SECRETARY : Role.MEMBER)
          .term(TERM).build());
    }
    for (Voice voice : residents) {
      person++;
      lape.addMembership(Membership.builder().id("m" + person).personId("p" + person)
          .addVoice(voice).term(TERM).build());
    }
    for (int p = 1; p <= person; p++) {
      d.addPerson(Person.builder().id("p" + p).build());
    }
    Group panel = Group.builder().id("orimattila-panel").kind(GroupKind.CUSTOMER_PANEL)
        .name("Orimattilan asiakasraati").scope(Scope.municipality("560"))
        .addMaintainerIds(COUNTY, PARISH, MLL)
        .addMembership(Membership.builder().id("panel-m1").personId("p11")
            .organisationId(COUNTY).addSector(Sector.CHILD_HEALTH_CLINIC)
            .addDuty(Duty.PANEL_MAINTAINER).term(TERM).build())
        .addMembership(Membership.builder().id("panel-m2").personId("p25")
            .addVoice(Voice.PARENTS).term(TERM).build())
        .build();
    Group youthCouncil = Group.builder().id("orimattila-youth-council")
        .kind(GroupKind.YOUTH_COUNCIL).name("Orimattilan nuorisovaltuusto")
        .scope(Scope.municipality("560"))
        .addMembership(Membership.builder().id("yc-m1").personId("p27")
            .addVoice(Voice.YOUNG_PEOPLE).role(Role.CHAIR).term(TERM).build())
        .build();
    return d.addGroup(lape.build()).addGroup(panel).addGroup(youthCouncil).build();
  }

  private static Organisation organisation(String id, OrganisationKind kind, Sector... sectors) {
    return Organisation.builder().id(id).name(id).kind(kind).municipality("560")
        .addSectors(sectors).build();
  }

  /** The line both mains print, with the findings' English texts: the same assessment gives the
   * same line. */
  static String line(GroupAssessment assessment) {
    StringJoiner findings = new StringJoiner(",", "[", "]");
    for (Finding f : assessment.findings()) {
      findings.add(f.ruleId() + f.requirementId().map(r -> "/" + r).orElse("") + ":"
          + f.severity() + " " + f.message(Locale.ENGLISH));
    }
    return assessment.groupId() + " " + assessment.verdict() + " multidisciplinary="
        + assessment.multidisciplinarity().multidisciplinary() + " coverage="
        + assessment.coverage().size() + " findings=" + findings;
  }
}
