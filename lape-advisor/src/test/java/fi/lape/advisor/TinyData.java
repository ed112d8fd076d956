package fi.lape.advisor;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.Membership;
import fi.lape.core.Organisation;
import fi.lape.core.OrganisationKind;
import fi.lape.core.Person;
import fi.lape.core.Role;
import fi.lape.core.Scope;
import fi.lape.core.Sector;
import fi.lape.core.Term;
import fi.lape.core.Voice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A small hand-made municipality: a LAPE group of two educators and a project group to draw from. */
final class TinyData {
  static final LocalDate START = LocalDate.of(2018, 1, 1);
  static final LocalDate DAY = LocalDate.of(2018, 3, 1);
  static final String MUNICIPALITY = "560";

  private TinyData() {}

  static Organisation org(String id, OrganisationKind kind, Sector... sectors) {
    return Organisation.builder().id(id).name(id).kind(kind).municipality(MUNICIPALITY)
        .addSectors(sectors).build();
  }

  static Membership staff(String id, String person, String org, Sector... sectors) {
    return Membership.builder().id(id).personId(person).organisationId(org).addSectors(sectors)
        .term(Term.from(START)).build();
  }

  static Membership voice(String id, String person, Voice... voices) {
    return Membership.builder().id(id).personId(person).addVoices(voices).term(Term.from(START))
        .build();
  }

  /** The LAPE group lacks social and health, civil society and residents. */
  static Dataset dataset() {
    Group lape = Group.builder().id("lape").kind(GroupKind.MUNICIPAL_LAPE_GROUP).name("LAPE")
        .scope(Scope.municipality(MUNICIPALITY))
        .addMembership(Membership.builder().id("m1").personId("p1").organisationId("town")
            .role(Role.CHAIR).addSectors(Sector.EARLY_CHILDHOOD_EDUCATION).term(Term.from(START))
            .build())
        .addMembership(staff("m2", "p2", "town", Sector.BASIC_EDUCATION))
        .build();
    Group project = Group.builder().id("project").kind(GroupKind.PROJECT_STEERING_GROUP)
        .name("Project").scope(Scope.municipality(MUNICIPALITY))
        .addMembership(staff("x1", "q1", "town", Sector.YOUTH_WORK))
        .addMembership(staff("x2", "q2", "county", Sector.CHILD_HEALTH_CLINIC))
        .addMembership(staff("x3", "q3", "county", Sector.CHILD_PROTECTION))
        .addMembership(staff("x4", "q4", "mll", Sector.NGO))
        .addMembership(voice("x5", "q5", Voice.PARENTS))
        .addMembership(staff("x6", "q6", "parish", Sector.PARISH))
        .build();
    List<Person> persons = new ArrayList<>();
    for (String p : List.of("p1", "p2", "q1", "q2", "q3", "q4", "q5", "q6")) {
      persons.add(Person.builder().id(p).build());
    }
    return Dataset.builder()
        .addOrganisations(
            org("town", OrganisationKind.MUNICIPALITY, Sector.EARLY_CHILDHOOD_EDUCATION,
                Sector.BASIC_EDUCATION, Sector.YOUTH_WORK),
            org("county", OrganisationKind.WELLBEING_SERVICES_COUNTY, Sector.CHILD_HEALTH_CLINIC,
                Sector.CHILD_PROTECTION),
            org("mll", OrganisationKind.NGO, Sector.NGO),
            org("parish", OrganisationKind.PARISH, Sector.PARISH))
        .addAllPersons(persons)
        .addGroups(lape, project)
        .build();
  }
}
