package fi.lape.report;

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
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Policies;
import fi.lape.rules.GroupAssessor;
import java.time.LocalDate;
import java.util.List;

/** A small dataset with one compliant and one failing group, names that need escaping, a name. */
final class Fixtures {
  static final LocalDate DAY = LocalDate.of(2018, 1, 15);
  static final CoveragePolicy POLICY = Policies.nationalBaseline();
  static final GroupAssessor ASSESSOR = GroupAssessor.of(POLICY);
  /** A person's name: personal data that must not be shown unless asked for. */
  static final String NAME = "Maija Meikäläinen";
  /** A group name that would be markup if it were not escaped. */
  static final String EVIL = "Lape <script>alert('x')</script> & \"co\"";

  private Fixtures() {}

  static Dataset dataset() {
    LocalDate start = LocalDate.of(2017, 1, 1);
    Organisation town = Organisation.builder()
        .id("orimattila").name("Orimattilan kaupunki").kind(OrganisationKind.MUNICIPALITY)
        .municipality("560")
        .addSectors(Sector.EARLY_CHILDHOOD_EDUCATION, Sector.BASIC_EDUCATION)
        .build();
    Organisation county = Organisation.builder()
        .id("phhyky").name("Päijät-Hämeen hyvinvointiyhtymä")
        .kind(OrganisationKind.JOINT_MUNICIPAL_AUTHORITY).region("07")
        .addSectors(Sector.CHILD_HEALTH_CLINIC, Sector.FAMILY_SOCIAL_WORK)
        .build();
    Organisation mll = Organisation.builder()
        .id("mll-orimattila").name("MLL Orimattilan yhdistys").kind(OrganisationKind.NGO)
        .municipality("560").addSector(Sector.NGO)
        .build();
    Group good = Group.builder()
        .id("orimattila-lape").kind(GroupKind.MUNICIPAL_LAPE_GROUP)
        .name(EVIL).scope(Scope.municipality("560"))
        .addMembership(Membership.builder()
            .id("m1").personId("p1").organisationId("orimattila").role(Role.CHAIR)
            .addSectors(Sector.EARLY_CHILDHOOD_EDUCATION, Sector.BASIC_EDUCATION)
            .term(Term.from(start)).build())
        .addMembership(Membership.builder()
            .id("m2").personId("p2").organisationId("phhyky")
            .addSector(Sector.CHILD_HEALTH_CLINIC)
            .term(Term.from(start)).build())
        .addMembership(Membership.builder()
            .id("m3").personId("p3").organisationId("mll-orimattila")
            .addSector(Sector.NGO)
            .term(Term.from(start)).build())
        .addMembership(Membership.builder()
            .id("m4").personId("p4").addVoice(Voice.PARENTS)
            .term(Term.from(LocalDate.of(2017, 8, 1))).build())
        .build();
    // No social and health member and no residents: fails LAPE-M02 and LAPE-M05.
    Group bad = Group.builder()
        .id("hollola-lape").kind(GroupKind.MUNICIPAL_LAPE_GROUP)
        .name("Hollolan LAPE-ryhmä").scope(Scope.municipality("098"))
        .addMembership(Membership.builder()
            .id("h1").personId("p5").organisationId("orimattila").role(Role.CHAIR)
            .addSector(Sector.BASIC_EDUCATION)
            .term(Term.from(start)).build())
        .addMembership(Membership.builder()
            .id("h2").personId("p3").organisationId("mll-orimattila")
            .addSector(Sector.NGO)
            .term(Term.from(start)).build())
        .build();
    return Dataset.builder()
        .addOrganisations(town, county, mll)
        .addPersons(Person.builder().id("p1").name(NAME).build(),
            Person.builder().id("p2").build(), Person.builder().id("p3").build(),
            Person.builder().id("p4").build(), Person.builder().id("p5").build())
        .addGroups(good, bad)
        .build();
  }

  /** The dataset assessed on {@link #DAY}, with timelines over the year before. */
  static AssessedSource source(Dataset dataset, String uri) {
    AssessedSource.Builder source = AssessedSource.builder()
        .label(uri).uri(uri).dataset(dataset).report(ASSESSOR.assess(dataset, DAY));
    for (Group group : dataset.groups()) {
      source.putTimelines(group.id(),
          ASSESSOR.timeline(dataset, group.id(), DAY.minusYears(1), DAY));
    }
    return source.build();
  }

  static AssessedSource source() {
    return source(dataset(), "data/groups.json");
  }

  static String write(ReportFormat format, String language, List<AssessedSource> sources) {
    return ReportWriter.builder().format(format).policy(POLICY)
        .locale(java.util.Locale.forLanguageTag(language)).build().write(sources);
  }
}
