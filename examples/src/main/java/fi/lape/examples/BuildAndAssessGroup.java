package fi.lape.examples;

import fi.lape.core.Dataset;
import fi.lape.core.Duty;
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
import fi.lape.core.policy.Policies;
import fi.lape.core.report.CoverageLine;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import fi.lape.rules.GroupAssessor;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Example: build a municipal LAPE group in code and assess it. Since 2023 the social and health
 * members come from the wellbeing services county, the education and culture members from the
 * municipality (DOMAIN.md).
 *
 * <pre>
 * java -cp examples/target/lape.jar fi.lape.examples.BuildAndAssessGroup
 * </pre>
 */
public final class BuildAndAssessGroup {
  private BuildAndAssessGroup() {}

  /** Builds the group, assesses it on 2024-03-01 and prints the result in English. */
  public static void main(String[] args) {
    Term term = Term.from(LocalDate.of(2024, 1, 1));
    Dataset dataset = Dataset.builder()
        .addOrganisation(Organisation.builder().id("asikkala").name("Asikkalan kunta")
            .kind(OrganisationKind.MUNICIPALITY).municipality("016")
            .addSectors(Sector.EARLY_CHILDHOOD_EDUCATION, Sector.BASIC_EDUCATION,
                Sector.YOUTH_WORK).build())
        .addOrganisation(Organisation.builder().id("hyvinvointialue").name(
                "Päijät-Hämeen hyvinvointialue").kind(OrganisationKind.WELLBEING_SERVICES_COUNTY)
            .region("07").addSectors(Sector.CHILD_HEALTH_CLINIC, Sector.FAMILY_SOCIAL_WORK)
            .build())
        .addOrganisation(Organisation.builder().id("mll-asikkala").name("MLL Asikkalan yhdistys")
            .kind(OrganisationKind.NGO).municipality("016").addSector(Sector.NGO).build())
        // Pseudonymous ids only: lape needs no names.
        .addPerson(Person.builder().id("p1").build())
        .addPerson(Person.builder().id("p2").build())
        .addPerson(Person.builder().id("p3").build())
        .addPerson(Person.builder().id("p4").homeMunicipality("016").build())
        .addGroup(Group.builder()
            .id("asikkala-lape").name("Asikkalan LAPE-ryhmä")
            .kind(GroupKind.MUNICIPAL_LAPE_GROUP).scope(Scope.municipality("016"))
            .addMembership(Membership.builder().id("m1").personId("p1").organisationId("asikkala")
                .role(Role.CHAIR).addSectors(Sector.BASIC_EDUCATION, Sector.YOUTH_WORK)
                .term(term).build())
            .addMembership(Membership.builder().id("m2").personId("p2")
                .organisationId("hyvinvointialue").addSector(Sector.CHILD_HEALTH_CLINIC)
                .term(term).build())
            .addMembership(Membership.builder().id("m3").personId("p3")
                .organisationId("mll-asikkala").addSector(Sector.NGO)
                .addDuty(Duty.ASSOCIATION_REPRESENTATIVE).term(term).build())
            .addMembership(Membership.builder().id("m4").personId("p4")
                .addVoices(Voice.PARENTS, Voice.CHILDREN).term(term).build())
            .build())
        .build();

    GroupAssessor assessor = GroupAssessor.of(Policies.nationalBaseline());
    GroupAssessment lape = assessor.assess(dataset, "asikkala-lape", LocalDate.of(2024, 3, 1));

    Locale en = Locale.ENGLISH;
    System.out.println(lape.groupId() + ": " + lape.verdict().displayName(en));
    System.out.println("multidisciplinary: " + lape.multidisciplinarity().multidisciplinary()
        + " (" + lape.multidisciplinarity().reason(en) + ")");
    for (CoverageLine line : lape.coverage()) {
      System.out.println("  " + line.requirementId() + (line.satisfied()
          ? " covered by " + line.witnessIds() : " missing " + line.deficit()));
    }
    for (Finding finding : lape.findings()) {
      System.out.println(finding.severity().displayName(en) + " " + finding.ruleId() + ": "
          + finding.message(en));
    }
  }
}
