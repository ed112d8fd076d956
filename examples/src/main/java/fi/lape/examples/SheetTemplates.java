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
import fi.lape.sheets.MemberSheets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the member-list templates of {@code examples/data/templates/}: for Finnish, Swedish and
 * English a CSV members file with its groups and organisations files beside it, and one XLSX
 * workbook with the same three sheets. They hold a small municipal LAPE group with one example row
 * of each kind of member, to overwrite with a group's own.
 *
 * <pre>
 * java -cp examples/target/lape.jar fi.lape.examples.SheetTemplates examples/data/templates
 * </pre>
 */
public final class SheetTemplates {
  /** The base names of the templates: the members sheet's name and the language. */
  public static final List<String> NAMES = List.of("jasenet-fi", "medlemmar-sv", "members-en");

  private SheetTemplates() {}

  /** The templates' example: Orimattila's LAPE group with six members and a deputy. */
  public static Dataset dataset() {
    LocalDate start = LocalDate.of(2018, 1, 1);
    Organisation town = Organisation.builder().id("orimattila").name("Orimattilan kaupunki")
        .kind(OrganisationKind.MUNICIPALITY).municipality("560")
        .addSectors(Sector.EARLY_CHILDHOOD_EDUCATION, Sector.BASIC_EDUCATION, Sector.YOUTH_WORK)
        .build();
    Organisation county = Organisation.builder().id("paijat-hame-hyvinvointialue")
        .name("Päijät-Hämeen hyvinvointialue").kind(OrganisationKind.WELLBEING_SERVICES_COUNTY)
        .region("07").addSectors(Sector.CHILD_HEALTH_CLINIC, Sector.CHILD_PROTECTION,
            Sector.FAMILY_SOCIAL_WORK)
        .build();
    Organisation mll = Organisation.builder().id("mll-orimattila")
        .name("MLL Orimattilan yhdistys").kind(OrganisationKind.NGO).municipality("560")
        .addSector(Sector.NGO).build();
    Organisation parish = Organisation.builder().id("orimattilan-seurakunta")
        .name("Orimattilan seurakunta").kind(OrganisationKind.PARISH).municipality("560")
        .addSector(Sector.PARISH).build();
    Group lape = Group.builder().id("orimattila-lape").kind(GroupKind.MUNICIPAL_LAPE_GROUP)
        .name("Orimattilan LAPE-ryhmä").scope(Scope.municipality("560"))
        .addMembership(Membership.builder().id("m1").personId("p-001").organisationId("orimattila")
            .role(Role.CHAIR)
            .addSectors(Sector.EARLY_CHILDHOOD_EDUCATION, Sector.BASIC_EDUCATION)
            .term(Term.from(start)).build())
        .addMembership(Membership.builder().id("m2").personId("p-002")
            .organisationId("paijat-hame-hyvinvointialue")
            .addSectors(Sector.CHILD_HEALTH_CLINIC, Sector.CHILD_PROTECTION)
            .term(Term.from(start)).build())
        .addMembership(Membership.builder().id("m3").personId("p-003")
            .organisationId("paijat-hame-hyvinvointialue").role(Role.DEPUTY_MEMBER)
            .addSector(Sector.FAMILY_SOCIAL_WORK).deputyOf("m2").term(Term.from(start)).build())
        .addMembership(Membership.builder().id("m4").personId("p-004")
            .organisationId("mll-orimattila").addSector(Sector.NGO)
            .addDuty(Duty.ASSOCIATION_REPRESENTATIVE).term(Term.from(start)).build())
        .addMembership(Membership.builder().id("m5").personId("p-005")
            .organisationId("orimattilan-seurakunta").addSector(Sector.PARISH)
            .term(Term.from(start)).build())
        .addMembership(Membership.builder().id("m6").personId("p-006").addVoice(Voice.PARENTS)
            .term(Term.of(start, LocalDate.of(2019, 12, 31))).build())
        .addMembership(Membership.builder().id("m7").personId("p-007")
            .addVoice(Voice.YOUNG_PEOPLE).term(Term.of(start, LocalDate.of(2018, 12, 31)))
            .build())
        .build();
    List<Person> persons = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      persons.add(Person.builder().id(String.format("p-%03d", i)).build());
    }
    return Dataset.builder().addOrganisations(town, county, mll, parish).addAllPersons(persons)
        .addGroup(lape).build();
  }

  /** The language of the template {@code name}: its last two letters. */
  public static Locale language(String name) {
    return Locale.forLanguageTag(name.substring(name.length() - 2));
  }

  /** Writes every template into {@code dir}; returns the files written. */
  public static List<Path> write(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (String name : NAMES) {
      written.addAll(MemberSheets.write(dataset(), dir.resolve(name + ".csv"), language(name)));
      written.addAll(MemberSheets.write(dataset(), dir.resolve(name + ".xlsx"), language(name)));
    }
    return written;
  }

  /**
   * Writes the templates into the directory given, {@code examples/data/templates} by default.
   *
   * @param args the directory
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    for (Path p : write(Path.of(args.length > 0 ? args[0] : "examples/data/templates"))) {
      System.out.println(p);
    }
  }
}
