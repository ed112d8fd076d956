package fi.lape.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import fi.lape.core.Voice;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Policies;
import fi.lape.core.policy.Requirement;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The ten semantics of issue 10, each pinned by a test named for it. */
class SemanticsTest {
  private static final LocalDate DAY = LocalDate.of(2018, 3, 1);
  private static final LocalDate SINCE = LocalDate.of(2018, 1, 1);
  private static final GroupAssessor BASELINE = GroupAssessor.of(Policies.nationalBaseline());

  /** A small dataset: organisations of every kind in Orimattila (560), and groups added. */
  private static final class Data {
    final List<Group> groups = new ArrayList<>();
    final List<Organisation> organisations = new ArrayList<>(List.of(
        org("town", OrganisationKind.MUNICIPALITY, "560", Sector.EARLY_CHILDHOOD_EDUCATION,
            Sector.BASIC_EDUCATION, Sector.YOUTH_WORK, Sector.CHILD_HEALTH_CLINIC),
        org("county", OrganisationKind.WELLBEING_SERVICES_COUNTY, null,
            Sector.CHILD_HEALTH_CLINIC, Sector.CHILD_PROTECTION),
        org("joint-edu", OrganisationKind.JOINT_MUNICIPAL_AUTHORITY, null,
            Sector.UPPER_SECONDARY_EDUCATION),
        org("mll", OrganisationKind.NGO, "560"),
        org("parish", OrganisationKind.PARISH, "560")));

    Data add(Group group) {
      groups.add(group);
      return this;
    }

    Dataset build() {
      List<Person> persons = new ArrayList<>();
      groups.stream().flatMap(g -> g.memberships().stream()).map(Membership::personId)
          .distinct().forEach(p -> persons.add(Person.builder().id(p).build()));
      groups.stream().flatMap(g -> g.meetingDays().stream())
          .flatMap(d -> d.facilitatorIds().stream()).distinct()
          .filter(p -> persons.stream().noneMatch(x -> x.id().equals(p)))
          .forEach(p -> persons.add(Person.builder().id(p).build()));
      return Dataset.builder().addAllOrganisations(organisations).addAllPersons(persons)
          .addAllGroups(groups).build();
    }
  }

  private static Organisation org(String id, OrganisationKind kind, String municipality,
      Sector... sectors) {
    Organisation.Builder b = Organisation.builder().id(id).name(id).kind(kind)
        .addSectors(sectors);
    if (municipality != null) {
      b.municipality(municipality);
    }
    return b.build();
  }

  private static Membership.Builder seat(String id, String person) {
    return Membership.builder().id(id).personId(person).term(Term.from(SINCE));
  }

  private static Group.Builder group(String id, GroupKind kind, String municipality) {
    return Group.builder().id(id).kind(kind).name(id).scope(Scope.municipality(municipality));
  }

  /** A municipal LAPE group that meets the baseline's errors, plus {@code more}. */
  private static Group.Builder lape(String id, String municipality, UnaryOperator<Group.Builder>
      more) {
    return more.apply(group(id, GroupKind.MUNICIPAL_LAPE_GROUP, municipality)
        .addMembership(seat(id + "-1", id + "-p1").organisationId("town").role(Role.CHAIR)
            .addSectors(Sector.BASIC_EDUCATION).build())
        .addMembership(seat(id + "-2", id + "-p2").organisationId("county")
            .addSectors(Sector.CHILD_HEALTH_CLINIC).build()));
  }

  private static List<Finding> findings(GroupAssessment a, String ruleId) {
    return a.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  private static List<String> keys(GroupAssessment a, String ruleId) {
    return findings(a, ruleId).stream().map(Finding::messageKey).toList();
  }

  @Test
  void aMemberOfAnNgoOrAParishCountsAsOneEvenWithoutSectors() {
    Dataset data = new Data()
        .add(lape("g", "560", g -> g
            .addMembership(seat("ngo", "p-ngo").organisationId("mll").build())
            .addMembership(seat("par", "p-par").organisationId("parish").build())
            .addMembership(seat("voice", "p-voice").addVoice(Voice.PARENTS).build())).build())
        .add(group("panel", GroupKind.CUSTOMER_PANEL, "560").addMaintainerIds("mll", "parish")
            .build())
        .add(Group.builder().id("steering").kind(GroupKind.REGIONAL_STEERING_GROUP).name("s")
            .scope(Scope.region("07"))
            .addMembership(seat("s1", "g-p1").organisationId("town")
                .addSectors(Sector.BASIC_EDUCATION).build())
            .addMembership(seat("s2", "g-p2").organisationId("county")
                .addSectors(Sector.CHILD_PROTECTION).build())
            .addMembership(seat("s3", "p-ngo").organisationId("mll").build())
            .addMembership(seat("s4", "p-par").organisationId("parish").build())
            .build())
        .build();
    GroupAssessment g = BASELINE.assess(data, "g", DAY);
    for (String id : List.of("LAPE-M03", "LAPE-M04-NGO", "LAPE-M04-PARISH")) {
      assertTrue(Check.line(g, id).satisfied(), id);
    }
    assertFalse(keys(g, "LAPE-M07").contains("finding.LAPE-M07.publicCivil"));
    assertTrue(findings(BASELINE.assess(data, "panel", DAY), "LAPE-C01").isEmpty());
    GroupAssessment steering = BASELINE.assess(data, "steering", DAY);
    assertTrue(steering.coverage().stream().allMatch(l -> l.satisfied()), steering::toString);
  }

  @Test
  void aLinkedVoiceGroupCountsEitherWayWhenActiveWithAMemberInTheMunicipalityOrItsRegion() {
    Group.Builder council = group("council", GroupKind.YOUTH_COUNCIL, "560")
        .addLink(GroupLink.of("g", LinkRelation.REPORTS_TO))
        .addMembership(seat("c1", "young").addVoice(Voice.YOUNG_PEOPLE).build());
    Group g = lape("g", "560", b -> b).build();
    Dataset linkedFromTheCouncil = new Data().add(g).add(council.build()).build();
    assertEquals(List.of("council"),
        Check.line(BASELINE.assess(linkedFromTheCouncil, "g", DAY), "LAPE-M05").linkedGroupIds());
    assertTrue(Check.line(BASELINE.assess(linkedFromTheCouncil, "g", DAY), "LAPE-M05")
        .satisfied());

    Dataset ended = new Data().add(g)
        .add(council.term(Term.of(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)))
            .build()).build();
    assertFalse(Check.line(BASELINE.assess(ended, "g", DAY), "LAPE-M05").satisfied());

    Dataset empty = new Data().add(g).add(group("council", GroupKind.YOUTH_COUNCIL, "560")
        .addLink(GroupLink.of("g", LinkRelation.REPORTS_TO)).build()).build();
    assertFalse(Check.line(BASELINE.assess(empty, "g", DAY), "LAPE-M05").satisfied());

    Dataset elsewhere = new Data().add(g).add(group("council", GroupKind.YOUTH_COUNCIL, "098")
        .addLink(GroupLink.of("g", LinkRelation.REPORTS_TO))
        .addMembership(seat("c1", "young").addVoice(Voice.YOUNG_PEOPLE).build()).build())
        .build();
    assertFalse(Check.line(BASELINE.assess(elsewhere, "g", DAY), "LAPE-M05").satisfied());

    Dataset regional = new Data().add(g).add(Group.builder().id("council")
        .kind(GroupKind.YOUTH_COUNCIL).name("c").scope(Scope.region("07"))
        .addLink(GroupLink.of("g", LinkRelation.REPORTS_TO))
        .addMembership(seat("c1", "young").addVoice(Voice.YOUNG_PEOPLE).build()).build())
        .build();
    assertTrue(Check.line(BASELINE.assess(regional, "g", DAY), "LAPE-M05").satisfied());
  }

  @Test
  void crossGroupRulesIgnoreGroupsWhoseTermHasEndedOrNotBegun() {
    Term over = Term.of(LocalDate.of(2016, 1, 1), LocalDate.of(2017, 12, 31));
    Term notYet = Term.from(LocalDate.of(2019, 1, 1));
    for (Term term : List.of(over, notYet)) {
      Dataset data = new Data()
          .add(lape("g", "560", b -> b).build())
          .add(group("project", GroupKind.PROJECT_STEERING_GROUP, "560").term(term).build())
          .add(group("panel", GroupKind.CUSTOMER_PANEL, "560").term(term)
              .addMaintainerIds("mll").build())
          .add(lape("h", "098", b -> b).term(term).build())
          .add(Group.builder().id("steering").kind(GroupKind.REGIONAL_STEERING_GROUP).name("s")
              .scope(Scope.region("07")).addMembership(seat("s1", "g-p1").build()).build())
          .build();
      GroupAssessment g = BASELINE.assess(data, "g", DAY);
      assertTrue(findings(g, "LAPE-M13").isEmpty(), g::toString);
      assertTrue(findings(g, "LAPE-M11").isEmpty(), g::toString);
      assertTrue(findings(BASELINE.assess(data, "steering", DAY), "LAPE-R03").isEmpty());
    }
    Dataset active = new Data()
        .add(lape("g", "560", b -> b).build())
        .add(group("project", GroupKind.PROJECT_STEERING_GROUP, "560").build())
        .add(group("panel", GroupKind.CUSTOMER_PANEL, "560").addMaintainerIds("mll").build())
        .add(lape("h", "098", b -> b).build())
        .add(Group.builder().id("steering").kind(GroupKind.REGIONAL_STEERING_GROUP).name("s")
            .scope(Scope.region("07")).addMembership(seat("s1", "g-p1").build()).build())
        .build();
    GroupAssessment g = BASELINE.assess(active, "g", DAY);
    assertEquals(List.of("finding.LAPE-M13.remit"), keys(g, "LAPE-M13"));
    assertEquals(List.of("1", "mll", "0"), findings(g, "LAPE-M11").get(0).arguments());
    assertEquals(List.of("1", "h", "0"),
        findings(BASELINE.assess(active, "steering", DAY), "LAPE-R03").get(0).arguments());
  }

  @Test
  void m07NeedsASoteSectorAndTwoMunicipalPersonsOfDifferentSectors() {
    Dataset weak = new Data().add(group("g", GroupKind.MUNICIPAL_LAPE_GROUP, "560")
        .addMembership(seat("m1", "p1").organisationId("town")
            .addSectors(Sector.EARLY_CHILDHOOD_EDUCATION, Sector.BASIC_EDUCATION).build())
        .addMembership(seat("m2", "p2").organisationId("joint-edu")
            .addSectors(Sector.UPPER_SECONDARY_EDUCATION).build())
        .build()).build();
    List<String> m07 = keys(BASELINE.assess(weak, "g", DAY), "LAPE-M07");
    assertTrue(m07.contains("finding.LAPE-M07.municipalSote"), m07::toString);
    assertTrue(m07.contains("finding.LAPE-M07.municipalSectors"), m07::toString);
    Dataset strong = new Data().add(group("g", GroupKind.MUNICIPAL_LAPE_GROUP, "560")
        .addMembership(seat("m1", "p1").organisationId("town")
            .addSectors(Sector.EARLY_CHILDHOOD_EDUCATION, Sector.BASIC_EDUCATION).build())
        .addMembership(seat("m3", "p3").organisationId("town").addSectors(Sector.YOUTH_WORK)
            .build())
        .addMembership(seat("m4", "p4").organisationId("county")
            .addSectors(Sector.CHILD_PROTECTION).build())
        .build()).build();
    List<String> none = keys(BASELINE.assess(strong, "g", DAY), "LAPE-M07");
    assertFalse(none.contains("finding.LAPE-M07.municipalSote"), none::toString);
    assertFalse(none.contains("finding.LAPE-M07.municipalSectors"), none::toString);
  }

  @Test
  void aMunicipalitysExtraRequirementWithoutASeverityHasM09sWarning() {
    CoveragePolicy orimattila = CoveragePolicy.extending(Policies.nationalBaseline())
        .id("orimattila").name("Orimattila")
        .addRequirement(Requirement.builder().id("ORIMATTILA-PARISH").municipality("560")
            .anyOf(Criteria.builder().addOrganisationKind(OrganisationKind.PARISH).build())
            .build())
        .build();
    Dataset data = new Data().add(lape("g", "560", b -> b).build()).build();
    Finding f = findings(GroupAssessor.of(orimattila).assess(data, "g", DAY), "LAPE-M09")
        .get(0);
    assertEquals(Severity.WARNING, f.severity());
    assertEquals("ORIMATTILA-PARISH", f.requirementId().orElseThrow());
  }

  @Test
  void deputyNeverAddsAPersonToACount() {
    CoveragePolicy twoNgos = CoveragePolicy.builder().id("two").name("two")
        .addRequirement(Requirement.builder().id("TWO-NGOS").minMembers(2)
            .anyOf(Criteria.builder().addOrganisationKind(OrganisationKind.NGO).build()).build())
        .build();
    GroupAssessor assessor = GroupAssessor.of(twoNgos);
    Dataset memberAndDeputy = new Data().add(group("g", GroupKind.MUNICIPAL_LAPE_GROUP, "560")
        .addMembership(seat("n1", "p1").organisationId("mll").build())
        .addMembership(seat("n2", "p2").organisationId("mll").role(Role.DEPUTY_MEMBER)
            .deputyOf("n1").build())
        .build()).build();
    var line = Check.line(assessor.assess(memberAndDeputy, "g", DAY), "TWO-NGOS");
    assertFalse(line.satisfied());
    assertEquals(1, line.distinctPersons());
    assertEquals(List.of("n1"), line.witnessIds());
    Dataset twoMembers = new Data().add(group("g", GroupKind.MUNICIPAL_LAPE_GROUP, "560")
        .addMembership(seat("n1", "p1").organisationId("mll").build())
        .addMembership(seat("n2", "p2").organisationId("mll").build())
        .build()).build();
    assertTrue(Check.line(assessor.assess(twoMembers, "g", DAY), "TWO-NGOS").satisfied());
  }

  @Test
  void aRegionalPolicysRequirementAppliesOnlyInItsRegion() {
    GroupAssessor pohjoisSavo = GroupAssessor.of(Policies.pohjoisSavo2017());
    Dataset data = new Data().add(lape("siilinjarvi", "749", b -> b).build())
        .add(lape("orimattila", "560", b -> b).build()).build();
    GroupAssessment siilinjarvi = pohjoisSavo.assess(data, "siilinjarvi", DAY);
    assertEquals(1, findings(siilinjarvi, "LAPE-M12").size());
    GroupAssessment orimattila = pohjoisSavo.assess(data, "orimattila", DAY);
    assertTrue(findings(orimattila, "LAPE-M12").isEmpty());
    assertTrue(orimattila.coverage().stream().noneMatch(l -> l.ruleId().equals("LAPE-M12")));
  }

  @Test
  void a04CountsOnlyAFacilitatorWhoIsAnActiveStaffMemberThatDay() {
    LocalDate meeting = LocalDate.of(2018, 2, 10);
    Membership staff = seat("f1", "staff").organisationId("mll")
        .addDuty(Duty.ADVISORY_FACILITATOR).build();
    Membership former = seat("f2", "former").organisationId("mll")
        .addDuty(Duty.ADVISORY_FACILITATOR).term(Term.of(SINCE, LocalDate.of(2018, 1, 31)))
        .build();
    Membership parent = seat("r1", "parent").addVoice(Voice.PARENTS).build();
    for (String facilitator : List.of("staff", "former", "parent", "outsider")) {
      Dataset data = new Data().add(group("a", GroupKind.PARENTS_ADVISORY_GROUP, "560")
          .addMemberships(staff, former, parent)
          .addMeetingDay(MeetingDay.builder().date(meeting).addFacilitatorId(facilitator).build())
          .build()).build();
      List<Finding> a04 = findings(BASELINE.assess(data, "a", DAY), "LAPE-A04");
      assertEquals(facilitator.equals("staff") ? 0 : 1, a04.size(), facilitator);
    }
  }

  @Test
  void aSteeringGroupThatFailsR01IsNotMultidisciplinary() {
    Dataset data = new Data().add(Group.builder().id("s").kind(GroupKind.REGIONAL_STEERING_GROUP)
        .name("s").scope(Scope.region("07"))
        .addMembership(seat("s1", "p1").organisationId("town")
            .addSectors(Sector.BASIC_EDUCATION).build())
        .addMembership(seat("s2", "p2").organisationId("mll").build())
        .addMembership(seat("s3", "p3").organisationId("parish").build())
        .addMembership(seat("s4", "p4").addVoice(Voice.PARENTS).build())
        .build()).build();
    GroupAssessment s = BASELINE.assess(data, "s", DAY);
    assertFalse(s.multidisciplinarity().multidisciplinary());
    assertEquals(List.of("LAPE-R01"), s.multidisciplinarity().failedRules());
    assertTrue(s.multidisciplinarity().branches().size() >= 3);
  }

  @Test
  void fromTheSoteReformAMunicipalSoteClaimGetsD02ButStillCounts() {
    Dataset data = new Data().add(group("g", GroupKind.MUNICIPAL_LAPE_GROUP, "560")
        .addMembership(seat("m1", "p1").organisationId("town")
            .addSectors(Sector.CHILD_HEALTH_CLINIC).build())
        .build()).build();
    LocalDate before = LocalDate.of(2022, 12, 31);
    LocalDate after = LocalDate.of(2023, 1, 1);
    assertTrue(findings(BASELINE.assess(data, "g", before), "LAPE-D02").isEmpty());
    GroupAssessment reformed = BASELINE.assess(data, "g", after);
    List<Finding> d02 = findings(reformed, "LAPE-D02");
    assertEquals(1, d02.size());
    assertEquals("finding.LAPE-D02.reform", d02.get(0).messageKey());
    assertEquals(List.of("m1", "town", "CHILD_HEALTH_CLINIC"), d02.get(0).arguments());
    assertEquals(Severity.WARNING, d02.get(0).severity());
    assertTrue(Check.line(reformed, "LAPE-M02").satisfied());
  }
}
