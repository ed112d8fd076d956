package fi.lape.json;

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
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Requirement;
import fi.lape.core.policy.Rule;
import fi.lape.core.policy.Severity;
import fi.lape.core.policy.Thresholds;
import fi.lape.core.report.AssessmentReport;
import fi.lape.core.report.CoverageLine;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import fi.lape.core.report.Multidisciplinarity;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Values built by hand from lape-core that use every attribute the format has, modelled on the
 * source documents (Orimattila's LAPE group and customer panel, the Päijät-Häme parents' advisory
 * group, a Pohjois-Savo meeting place). Persons are invented.
 */
final class Fixtures {
  static final LocalDate AS_OF = LocalDate.of(2018, 3, 1);

  private Fixtures() {}

  static Dataset dataset() {
    return Dataset.builder()
        .addRegion(Region.builder().code("10").name("Etelä-Savo").nameSv("Södra Savolax").build())
        .addMunicipality(Municipality.builder().code("171").name("Joroinen").nameSv("Jorois")
            .addRegionMembership(RegionMembership.between("10", Optional.empty(),
                Optional.of(LocalDate.of(2020, 12, 31))))
            .addRegionMembership(RegionMembership.between("11",
                Optional.of(LocalDate.of(2021, 1, 1)), Optional.empty()))
            .build())
        .addOrganisation(Organisation.builder().id("orimattila").name("Orimattilan kaupunki")
            .kind(OrganisationKind.MUNICIPALITY).municipality("560")
            .addSectors(Sector.EARLY_CHILDHOOD_EDUCATION, Sector.OPEN_EARLY_CHILDHOOD_EDUCATION,
                Sector.BASIC_EDUCATION, Sector.YOUTH_WORK)
            .build())
        .addOrganisation(Organisation.builder().id("phhyky").name("Päijät-Hämeen hyvinvointialue")
            .kind(OrganisationKind.WELLBEING_SERVICES_COUNTY).region("07")
            .addSectors(Sector.CHILD_HEALTH_CLINIC, Sector.FAMILY_SOCIAL_WORK,
                Sector.CHILD_PROTECTION)
            .build())
        .addOrganisation(Organisation.builder().id("mll-orimattila")
            .name("MLL Orimattilan yhdistys").kind(OrganisationKind.NGO).municipality("560")
            .addSector(Sector.NGO).build())
        .addOrganisation(Organisation.builder().id("orimattila-parish")
            .name("Orimattilan seurakunta").kind(OrganisationKind.PARISH).municipality("560")
            .addSector(Sector.PARISH).build())
        .addPerson(Person.builder().id("p-001").name("Maija Esimerkki")
            .email("maija.esimerkki@example.fi").phone("+358 40 000 0001").build())
        .addPerson(Person.builder().id("p-002").build())
        .addPerson(Person.builder().id("p-003").build())
        .addPerson(Person.builder().id("p-004").build())
        .addPerson(Person.builder().id("p-005").homeMunicipality("560").build())
        .addPerson(Person.builder().id("p-006").homeMunicipality("398").build())
        .addPerson(Person.builder().id("p-007").homeMunicipality("171").build())
        .addGroup(lapeGroup())
        .addGroup(Group.builder().id("orimattila-panel").kind(GroupKind.CUSTOMER_PANEL)
            .name("Orimattilan asiakasraati").scope(Scope.municipality("560"))
            .channel(Channel.IN_PERSON)
            .addMaintainerIds("phhyky", "orimattila-parish", "orimattila", "mll-orimattila")
            .build())
        .addGroup(advisoryGroup())
        .addGroup(Group.builder().id("joroinen-cafe").kind(GroupKind.MEETING_PLACE)
            .name("MLL:n perhekahvila").scope(Scope.municipality("171"))
            .meetingPlaceType(MeetingPlaceType.MLL_FAMILY_CAFE).build())
        .build();
  }

  private static Group lapeGroup() {
    Term from2017 = Term.from(LocalDate.of(2017, 1, 1));
    return Group.builder().id("orimattila-lape").kind(GroupKind.MUNICIPAL_LAPE_GROUP)
        .name("Orimattilan LAPE-ryhmä").scope(Scope.municipality("560"))
        .term(from2017).channel(Channel.HYBRID)
        .addThemes("FAMILY_CENTRE", "LOW_THRESHOLD_SERVICES")
        .addLink(GroupLink.of("orimattila-panel", LinkRelation.CONSULTS))
        .addLink(GroupLink.of("paijat-hame-parents", LinkRelation.CONSULTS))
        .addMembership(Membership.builder().id("m-001").personId("p-001")
            .organisationId("orimattila").role(Role.CHAIR)
            .addSectors(Sector.EARLY_CHILDHOOD_EDUCATION, Sector.BASIC_EDUCATION)
            .term(from2017).build())
        .addMembership(Membership.builder().id("m-002").personId("p-002")
            .organisationId("phhyky").addSector(Sector.CHILD_HEALTH_CLINIC)
            .term(Term.of(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 2, 28))).build())
        .addMembership(Membership.builder().id("m-003").personId("p-003")
            .organisationId("mll-orimattila")
            .addDuties(Duty.PANEL_MAINTAINER, Duty.ASSOCIATION_REPRESENTATIVE)
            .addSector(Sector.NGO).term(from2017).build())
        .addMembership(Membership.builder().id("m-004").personId("p-004")
            .organisationId("orimattila-parish").role(Role.DEPUTY_MEMBER).deputyOf("m-003")
            .addSector(Sector.PARISH).term(from2017).build())
        .addMembership(Membership.builder().id("m-005").personId("p-005")
            .addVoices(Voice.PARENTS, Voice.CUSTOMERS).term(from2017).build())
        .build();
  }

  private static Group advisoryGroup() {
    return Group.builder().id("paijat-hame-parents").kind(GroupKind.PARENTS_ADVISORY_GROUP)
        .name("LAPE Päijät-Hämeen neuvonantajavanhemmat").scope(Scope.region("07"))
        .channel(Channel.FACEBOOK).capacity(20)
        .term(Term.of(LocalDate.of(2017, 8, 1), LocalDate.of(2017, 12, 31)))
        .addIntakeDates(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 7, 1))
        .addThemes("BULLYING", "FRIENDSHIP_SKILLS", "DIVORCE")
        .addMaintainerId("phhyky")
        .addMeetingDay(MeetingDay.builder().date(LocalDate.of(2017, 9, 12))
            .addSlots(TimeSlot.hours(8, 10), TimeSlot.hours(14, 16), TimeSlot.hours(20, 22))
            .addTheme("BULLYING").addFacilitatorId("p-002").build())
        .addMeetingDay(MeetingDay.builder().date(LocalDate.of(2017, 9, 26))
            .addSlot(TimeSlot.hours(20, 22)).addTheme("DIVORCE").build())
        .addMembership(Membership.builder().id("m-101").personId("p-006")
            .addVoice(Voice.PARENTS)
            .term(Term.of(LocalDate.of(2017, 8, 1), LocalDate.of(2017, 12, 31))).build())
        .addMembership(Membership.builder().id("m-102").personId("p-007")
            .addVoice(Voice.PARENTS).term(Term.from(LocalDate.of(2018, 1, 1))).build())
        .addMembership(Membership.builder().id("m-103").personId("p-002")
            .organisationId("phhyky").role(Role.COORDINATOR)
            .addDuty(Duty.ADVISORY_FACILITATOR).term(Term.from(LocalDate.of(2017, 8, 1)))
            .build())
        .build();
  }

  /**
   * A municipality's own policy using every policy member: a catalogue requirement, one of the
   * municipality's own and one that counts towards LAPE-M02 with two persons.
   */
  static CoveragePolicy policy() {
    return CoveragePolicy.builder()
        .id("orimattila-2018").name("Orimattila 2018")
        .description("Orimattila's LAPE group: sivi-sote with the customer panel's maintainers.")
        .thresholds(Thresholds.builder().minBranches(4).minOrganisations(3).build())
        .putSeverityOverride("LAPE-M06", Severity.INFO)
        .putSeverityOverride("LAPE-M04", Severity.ERROR)
        .addDisabledRules("LAPE-M13", "LAPE-R04")
        .addRequirement(Requirement.builder().id("LAPE-M01")
            .addGroupKind(GroupKind.MUNICIPAL_LAPE_GROUP)
            .anyOf(Criteria.builder().addBranch(Branch.EDUCATION_CULTURE).build())
            .citation(Rule.M01.citation())
            .build())
        .addRequirement(Requirement.builder().id("ORIMATTILA-PANEL")
            .addGroupKind(GroupKind.MUNICIPAL_LAPE_GROUP).municipality("560")
            .anyOf(Criteria.builder().addDuty(Duty.PANEL_MAINTAINER)
                .addLinkedGroupKind(GroupKind.CUSTOMER_PANEL).build())
            .severity(Severity.WARNING)
            .citation("Neuvonantajavanhemmat (LAPE Päijät-Häme), syksy 2017: \"Raadin ylläpitäjät"
                + " kuuluvat myös kunnan omaan LAPE-ryhmään\"")
            .description("The customer panel's maintainers sit in the LAPE group.")
            .build())
        .addRequirement(Requirement.builder().id("ORIMATTILA-SOTE-2")
            .ruleId("LAPE-M02").addGroupKinds(GroupKind.MUNICIPAL_LAPE_GROUP,
                GroupKind.PROJECT_STEERING_GROUP)
            .municipality("560")
            .anyOf(Criteria.builder().addBranch(Branch.SOCIAL_HEALTH)
                .addSector(Sector.STUDENT_WELFARE).addVoice(Voice.CUSTOMERS)
                .addRole(Role.PERMANENT_EXPERT).build())
            .minMembers(2).build())
        .build();
  }

  /**
   * A report on the dataset's LAPE group and advisory group as of {@link #AS_OF}, built by hand
   * with lape-rules' message keys: the LAPE group's clinic member left on 2018-02-28, so social and
   * health services are missing.
   */
  static AssessmentReport report() {
    Multidisciplinarity lapeMd = Multidisciplinarity.builder().addFailedRule("LAPE-M02")
        .addBranches(Branch.EDUCATION_CULTURE, Branch.CIVIL_SOCIETY, Branch.PARISH,
            Branch.RESIDENTS_VOICE)
        .organisations(3).minBranches(3).minOrganisations(2).multidisciplinary(false).build();
    GroupAssessment lape = GroupAssessment.builder().groupId("orimattila-lape")
        .groupKind(GroupKind.MUNICIPAL_LAPE_GROUP).asOf(AS_OF).multidisciplinarity(lapeMd)
        .addFinding(Finding.builder().ruleId("LAPE-M02").requirementId("LAPE-M02")
            .severity(Severity.ERROR).groupId("orimattila-lape")
            .messageKey("finding.LAPE-M02").addArguments("LAPE-M02", "0", "1")
            .citation(Rule.M02.citation()).build())
        .addFinding(Finding.builder().ruleId("LAPE-M08").severity(Severity.ERROR)
            .groupId("orimattila-lape").messageKey("finding.LAPE-M08")
            .addArguments("4", "3", "3", "2").citation(Rule.M08.citation()).build())
        .addFinding(Finding.builder().ruleId("LAPE-M06").requirementId("LAPE-M06-CLINIC")
            .severity(Severity.WARNING).groupId("orimattila-lape")
            .messageKey("finding.LAPE-M06.CLINIC").addArgument("LAPE-M06-CLINIC").build())
        .addCoverage(CoverageLine.builder().requirementId("LAPE-M01").ruleId("LAPE-M01")
            .severity(Severity.ERROR).required(1).addWitnessId("m-001").distinctPersons(1)
            .wouldSatisfy(Criteria.builder().addBranch(Branch.EDUCATION_CULTURE).build())
            .satisfied(true).build())
        .addCoverage(CoverageLine.builder().requirementId("LAPE-M02").ruleId("LAPE-M02")
            .severity(Severity.ERROR).required(1).distinctPersons(0)
            .wouldSatisfy(Criteria.builder().addBranch(Branch.SOCIAL_HEALTH).build())
            .satisfied(false).build())
        .addCoverage(CoverageLine.builder().requirementId("LAPE-M05").ruleId("LAPE-M05")
            .severity(Severity.ERROR).required(1).addWitnessId("m-005").distinctPersons(1)
            .addLinkedGroupIds("orimattila-panel", "paijat-hame-parents")
            .wouldSatisfy(Criteria.builder().addVoices(Voice.CHILDREN, Voice.YOUNG_PEOPLE,
                Voice.PARENTS).addLinkedGroupKind(GroupKind.YOUTH_COUNCIL).build())
            .satisfied(true).build())
        .build();
    GroupAssessment parents = GroupAssessment.builder().groupId("paijat-hame-parents")
        .groupKind(GroupKind.PARENTS_ADVISORY_GROUP).asOf(AS_OF)
        .multidisciplinarity(Multidisciplinarity.builder().addBranch(Branch.RESIDENTS_VOICE)
            .organisations(0).minBranches(3).minOrganisations(2).multidisciplinary(false).build())
        .addFinding(Finding.builder().ruleId("LAPE-A04").severity(Severity.WARNING)
            .groupId("paijat-hame-parents").messageKey("finding.LAPE-A04")
            .addArgument("2017-09-26").citation(Rule.A04.citation()).build())
        .addFinding(Finding.builder().ruleId("LAPE-A03").severity(Severity.INFO)
            .groupId("paijat-hame-parents").addMembershipIds("m-102")
            .addPersonIds("p-007").messageKey("finding.LAPE-A03")
            .addArguments("1", "1", "0").build())
        .build();
    return AssessmentReport.builder().asOf(AS_OF).policyId("orimattila-2018").addGroups(lape,
        parents).build();
  }
}
