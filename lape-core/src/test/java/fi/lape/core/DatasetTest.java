package fi.lape.core;

import static fi.lape.core.Rejections.EMAIL;
import static fi.lape.core.Rejections.NAME;
import static fi.lape.core.Rejections.PHONE;
import static fi.lape.core.Rejections.assertNoPersonalData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DatasetTest {
  private static final LocalDate START = LocalDate.of(2017, 1, 1);

  private static final Organisation ORIMATTILA = Organisation.builder().id("orimattila")
      .name("Orimattilan kaupunki").kind(OrganisationKind.MUNICIPALITY).municipality("560")
      .addSector(Sector.EARLY_CHILDHOOD_EDUCATION).build();
  private static final Organisation MLL = Organisation.builder().id("mll-orimattila")
      .name("MLL Orimattilan yhdistys").kind(OrganisationKind.NGO).municipality("560")
      .addSector(Sector.NGO).build();
  private static final Person P1 = Person.builder().id("p1").name(NAME).email(EMAIL).phone(PHONE)
      .homeMunicipality("560").build();
  private static final Person P2 = Person.builder().id("p2").build();

  private static Membership seat(String id, String person) {
    return Membership.builder().id(id).personId(person).term(Term.from(START)).build();
  }

  private static Group.Builder lape() {
    return Group.builder().id("orimattila-lape").kind(GroupKind.MUNICIPAL_LAPE_GROUP)
        .name("Orimattilan LAPE-ryhmä").scope(Scope.municipality("560"));
  }

  private static Group panel() {
    return Group.builder().id("orimattila-panel").kind(GroupKind.CUSTOMER_PANEL)
        .name("Asiakasraati").scope(Scope.municipality("560")).addMaintainerId("mll-orimattila")
        .addMembership(seat("m-panel-1", "p2")).build();
  }

  private static Dataset.Builder valid() {
    return Dataset.builder().addOrganisations(ORIMATTILA, MLL).addPersons(P1, P2)
        .addGroup(lape().addMembership(Membership.builder().from(seat("m1", "p1"))
                .organisationId("orimattila").build())
            .addLink(GroupLink.of("orimattila-panel", LinkRelation.CONSULTS)).build())
        .addGroup(panel());
  }

  private static InvalidDatasetException rejected(Dataset.Builder builder) {
    InvalidDatasetException e = assertThrows(InvalidDatasetException.class, builder::build);
    assertNoPersonalData(e.getMessage());
    for (DatasetProblem problem : e.problems()) {
      assertNoPersonalData(problem.toString());
    }
    return e;
  }

  private static DatasetProblem only(InvalidDatasetException e) {
    assertEquals(1, e.problems().size(), e.getMessage());
    return e.problems().get(0);
  }

  private static void assertProblem(DatasetProblem p, String pointer, String... fragments) {
    assertEquals(pointer, p.pointer(), p.toString());
    for (String fragment : fragments) {
      assertTrue(p.message().contains(fragment), () -> "should name " + fragment + ": " + p);
    }
  }

  @Test
  void aConsistentDatasetIsBuiltAndIndexed() {
    Dataset d = valid().build();
    assertEquals(Optional.of(P1), d.person("p1"));
    assertEquals(Optional.of(MLL), d.organisation("mll-orimattila"));
    assertEquals("orimattila-panel", d.group("orimattila-panel").orElseThrow().id());
    assertEquals(Optional.empty(), d.group("nope"));
    assertEquals(List.of("orimattila-panel"),
        d.groups(GroupKind.CUSTOMER_PANEL).stream().map(Group::id).collect(Collectors.toList()));
    assertEquals(2, d.groupsOfMunicipality("560").size());
    assertTrue(d.groupsOfMunicipality("142").isEmpty());
  }

  @Test
  void anEmptyDatasetIsValid() {
    assertTrue(Dataset.builder().build().groups().isEmpty());
  }

  @Test
  void aDuplicatePersonIdIsReportedWithBothPointers() {
    DatasetProblem p = only(rejected(valid().addPerson(Person.builder().id("p1").build())));
    assertProblem(p, "/persons/2/id", "person id p1", "twice", "/persons/0/id");
  }

  @Test
  void aDuplicateOrganisationIdIsReported() {
    DatasetProblem p = only(rejected(valid().addOrganisation(ORIMATTILA)));
    assertProblem(p, "/organisations/2/id", "organisation id orimattila", "/organisations/0/id");
  }

  @Test
  void aDuplicateGroupIdIsReportedAlongWithItsMemberships() {
    InvalidDatasetException e = rejected(valid().addGroup(panel()));
    assertEquals(2, e.problems().size(), e.getMessage());
    assertProblem(e.problems().get(0), "/groups/2/id", "group id orimattila-panel",
        "/groups/1/id");
    assertProblem(e.problems().get(1), "/groups/2/memberships/0/id", "membership id m-panel-1",
        "/groups/1/memberships/0/id");
  }

  @Test
  void aMembershipIdUsedInTwoGroupsIsReported() {
    Group other = Group.builder().id("ph-parents").kind(GroupKind.PARENTS_ADVISORY_GROUP)
        .name("Neuvonantajavanhemmat").scope(Scope.region("07"))
        .addMembership(seat("m1", "p2")).build();
    DatasetProblem p = only(rejected(valid().addGroup(other)));
    assertProblem(p, "/groups/2/memberships/0/id", "membership id m1",
        "/groups/0/memberships/0/id");
  }

  @Test
  void aDuplicateRegionOrMunicipalityCodeIsReported() {
    Region r = Region.builder().code("10").name("Etelä-Savo").build();
    Municipality m = Municipality.builder().code("171").name("Joroinen")
        .addRegionMembership(RegionMembership.always("10")).build();
    InvalidDatasetException e = rejected(Dataset.builder().addRegions(r, r)
        .addMunicipalities(m, m));
    assertEquals(2, e.problems().size(), e.getMessage());
    assertProblem(e.problems().get(0), "/regions/1/code", "region code 10", "/regions/0/code");
    assertProblem(e.problems().get(1), "/municipalities/1/code", "municipality code 171",
        "/municipalities/0/code");
  }

  @Test
  void anUnknownPersonIsReportedNamingTheMembershipAndTheGroup() {
    DatasetProblem p = only(rejected(valid().persons(List.of(P2))));
    assertProblem(p, "/groups/0/memberships/0/personId", "membership m1", "orimattila-lape",
        "person p1", "not in the dataset");
  }

  @Test
  void anUnknownOrganisationIsReportedNamingTheMembership() {
    DatasetProblem p = only(rejected(valid().organisations(List.of(MLL))));
    assertProblem(p, "/groups/0/memberships/0/organisationId", "membership m1",
        "organisation orimattila");
  }

  @Test
  void anUnknownLinkedGroupIsReported() {
    DatasetProblem p = only(rejected(valid().groups(List.of(lape()
        .addLink(GroupLink.of("orimattila-youth", LinkRelation.CONSULTS)).build()))));
    assertProblem(p, "/groups/0/links/0/groupId", "link of group orimattila-lape",
        "group orimattila-youth");
  }

  @Test
  void anUnknownMaintainerIsReported() {
    DatasetProblem p = only(rejected(valid().organisations(List.of(ORIMATTILA))));
    assertProblem(p, "/groups/1/maintainerIds/0", "maintainer of group orimattila-panel",
        "organisation mll-orimattila");
  }

  @Test
  void anUnknownFacilitatorIsReportedNamingTheDay() {
    Group advisory = Group.builder().id("ph-parents").kind(GroupKind.PARENTS_ADVISORY_GROUP)
        .name("Neuvonantajavanhemmat").scope(Scope.region("07"))
        .addMeetingDay(MeetingDay.builder().date(LocalDate.of(2017, 9, 5))
            .addFacilitatorId("p2").addFacilitatorId("p-team").build())
        .build();
    DatasetProblem p = only(rejected(valid().addGroup(advisory)));
    assertProblem(p, "/groups/2/meetingDays/0/facilitatorIds/1",
        "facilitator of group ph-parents on 2017-09-05", "person p-team");
  }

  @Test
  void unknownMunicipalityCodesAreReportedWherePersonsOrganisationsAndGroupsUseThem() {
    InvalidDatasetException e = rejected(Dataset.builder()
        .addPerson(Person.builder().id("p1").name(NAME).homeMunicipality("999").build())
        .addOrganisation(Organisation.builder().id("o1").name("O").kind(OrganisationKind.OTHER)
            .municipality("998").build())
        .addGroup(lape().id("g1").scope(Scope.municipality("997")).build()));
    assertEquals(3, e.problems().size(), e.getMessage());
    assertProblem(e.problems().get(0), "/persons/0/homeMunicipality", "municipality code 999");
    assertProblem(e.problems().get(1), "/organisations/0/municipality", "municipality code 998");
    assertProblem(e.problems().get(2), "/groups/0/scope/municipality", "municipality code 997");
  }

  @Test
  void unknownRegionCodesAreReportedWhereOrganisationsGroupsAndMunicipalitiesUseThem() {
    InvalidDatasetException e = rejected(Dataset.builder()
        .addMunicipality(Municipality.builder().code("171").name("Joroinen")
            .addRegionMembership(RegionMembership.between("20", Optional.empty(),
                Optional.of(LocalDate.of(2020, 12, 31))))
            .addRegionMembership(RegionMembership.between("11",
                Optional.of(LocalDate.of(2021, 1, 1)), Optional.empty()))
            .build())
        .addOrganisation(Organisation.builder().id("o1").name("O")
            .kind(OrganisationKind.WELLBEING_SERVICES_COUNTY).region("98").build())
        .addGroup(Group.builder().id("g1").kind(GroupKind.REGIONAL_STEERING_GROUP).name("G")
            .scope(Scope.region("99")).build()));
    assertEquals(3, e.problems().size(), e.getMessage());
    assertProblem(e.problems().get(0), "/municipalities/0/regionMemberships/0/regionCode",
        "region code 20");
    assertProblem(e.problems().get(1), "/organisations/0/region", "region code 98");
    assertProblem(e.problems().get(2), "/groups/0/scope/region", "region code 99");
  }

  @Test
  void theDatasetsOwnRegionsAndMunicipalitiesResolveReferences() {
    Region etelaSavo = Region.builder().code("10").name("Etelä-Savo").build();
    Municipality mikkeli = Municipality.builder().code("491").name("Mikkeli")
        .addRegionMembership(RegionMembership.always("10")).build();
    Dataset d = Dataset.builder().addRegion(etelaSavo).addMunicipality(mikkeli)
        .addGroup(lape().scope(Scope.municipality("491")).build()).build();
    assertEquals(Optional.of("10"),
        d.regionOf(d.group("orimattila-lape").orElseThrow(), START));
    assertEquals(Optional.of("Mikkeli"), d.geography().municipality("491").map(Municipality::name));
  }

  @Test
  void everyProblemIsReportedAtOnceInDocumentOrder() {
    Group broken = lape()
        .addMembership(Membership.builder().from(seat("m1", "p-unknown"))
            .organisationId("o-unknown").build())
        .addLink(GroupLink.of("g-unknown", LinkRelation.REPORTS_TO))
        .addMaintainerId("o-maintainer")
        .build();
    InvalidDatasetException e = rejected(Dataset.builder().addPersons(P1, P1)
        .addGroups(broken));
    List<String> pointers =
        e.problems().stream().map(DatasetProblem::pointer).collect(Collectors.toList());
    assertEquals(List.of("/persons/1/id", "/groups/0/memberships/0/personId",
        "/groups/0/memberships/0/organisationId", "/groups/0/links/0/groupId",
        "/groups/0/maintainerIds/0"), pointers);
    assertTrue(e.getMessage().startsWith("dataset is invalid (5 problems)"), e.getMessage());
    for (String pointer : pointers) {
      assertTrue(e.getMessage().contains(pointer), e.getMessage());
    }
  }

  @Test
  void theSummaryOfASingleProblemSaysProblem() {
    InvalidDatasetException e = rejected(valid().addPerson(P2));
    assertTrue(e.getMessage().startsWith("dataset is invalid (1 problem):"), e.getMessage());
  }

  @Test
  void theProblemListCannotBeChanged() {
    InvalidDatasetException e = rejected(valid().addPerson(P2));
    assertThrows(UnsupportedOperationException.class, () -> e.problems().clear());
  }

  @Test
  void isAValidationException() {
    assertTrue(LapeValidationException.class.isAssignableFrom(InvalidDatasetException.class));
    assertTrue(IllegalArgumentException.class.isAssignableFrom(LapeValidationException.class));
  }

  @Test
  void theRegionOfAMunicipalGroupFollowsItsMunicipalityOverTime() {
    Group iitti = lape().id("iitti-lape").scope(Scope.municipality("142")).build();
    Group steering = Group.builder().id("ph-steering").kind(GroupKind.REGIONAL_STEERING_GROUP)
        .name("Päijät-Hämeen LAPE-ohjausryhmä").scope(Scope.region("07")).build();
    Dataset d = Dataset.builder().addGroups(iitti, steering).build();
    assertEquals(Optional.of("08"), d.regionOf(iitti, LocalDate.of(2020, 12, 31)));
    assertEquals(Optional.of("07"), d.regionOf(iitti, LocalDate.of(2021, 1, 1)));
    assertEquals(Optional.of("07"), d.regionOf(steering, LocalDate.of(2000, 1, 1)));
  }

  @Test
  void withoutPersonalDataDropsNamesAndContactDetailsOnly() {
    Dataset d = valid().build();
    assertTrue(d.hasPersonalData());
    Dataset pseudonymous = d.withoutPersonalData();
    assertFalse(pseudonymous.hasPersonalData());
    assertEquals(Optional.of("560"), pseudonymous.person("p1").orElseThrow().homeMunicipality());
    assertEquals(d.groups(), pseudonymous.groups());
    assertEquals(d.organisations(), pseudonymous.organisations());
    assertSame(pseudonymous, pseudonymous.withoutPersonalData());
  }

  @Test
  void toStringCarriesNoPersonalData() {
    Dataset d = valid().build();
    assertTrue(d.toString().contains("p1"));
    assertNoPersonalData(d.toString());
  }
}
