package fi.lape.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's lape-core example, compiled and run; the README's copy must match this one. */
class ReadmeExampleTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path SELF =
      Path.of("src", "test", "java", "fi", "lape", "core", "ReadmeExampleTest.java");
  private static final String MARKER =
      "<!-- compiled in lape-core/src/test/java/fi/lape/core/ReadmeExampleTest.java -->";

  @Test
  void buildsAMunicipalLapeGroupInCode() {
    // README:begin
    LocalDate start = LocalDate.of(2018, 1, 1);

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

    Group lape = Group.builder()
        .id("orimattila-lape").kind(GroupKind.MUNICIPAL_LAPE_GROUP)
        .name("Orimattilan LAPE-ryhmä").scope(Scope.municipality("560"))
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
            .addSector(Sector.NGO).addDuty(Duty.ASSOCIATION_REPRESENTATIVE)
            .term(Term.from(start)).build())
        .addMembership(Membership.builder()   // a parent speaks for a voice, not an organisation
            .id("m4").personId("p4").addVoice(Voice.PARENTS)
            .term(Term.of(start, LocalDate.of(2018, 12, 31))).build())
        .build();

    Dataset dataset = Dataset.builder()
        .addOrganisations(town, county, mll)
        .addPersons(Person.builder().id("p1").build(), Person.builder().id("p2").build(),
            Person.builder().id("p3").build(), Person.builder().id("p4").build())
        .addGroup(lape)
        .build();   // or an InvalidDatasetException listing every unknown id and code at once

    List<Membership> seated = lape.activeMemberships(LocalDate.of(2019, 1, 1));
    // m1, m2 and m3: the parent's term ended on 31.12.2018, both days are inclusive
    // README:end

    assertEquals(List.of("m1", "m2", "m3"),
        seated.stream().map(Membership::id).collect(Collectors.toList()));
    Set<Branch> branches = EnumSet.noneOf(Branch.class);
    lape.activeMemberships(LocalDate.of(2018, 12, 31)).forEach(m -> branches.addAll(m.branches()));
    assertEquals(EnumSet.of(Branch.EDUCATION_CULTURE, Branch.SOCIAL_HEALTH, Branch.CIVIL_SOCIETY,
        Branch.RESIDENTS_VOICE), branches);
    assertEquals(Optional.of("07"), dataset.regionOf(lape, start));
    InvalidDatasetException e = assertThrows(InvalidDatasetException.class,
        () -> Dataset.builder().from(dataset).persons(List.of()).build());
    assertEquals(4, e.problems().size());
    assertEquals("/groups/0/memberships/3/personId", e.problems().get(3).pointer());
  }

  @Test
  void theReadmeShowsExactlyThisExample() throws IOException {
    List<String> readme = Files.readAllLines(README, StandardCharsets.UTF_8);
    int marker = readme.indexOf(MARKER);
    assertTrue(marker >= 0, "README.md lacks the line " + MARKER);
    assertEquals("```java", readme.get(marker + 1));
    int end = readme.subList(marker + 2, readme.size()).indexOf("```") + marker + 2;
    List<String> shown = readme.subList(marker + 2, end);

    List<String> source = Files.readAllLines(SELF, StandardCharsets.UTF_8);
    int begin = source.indexOf("    // README:begin");
    int stop = source.indexOf("    // README:end");
    List<String> compiled = source.subList(begin + 1, stop).stream()
        .map(line -> line.startsWith("    ") ? line.substring(4) : line)
        .collect(Collectors.toList());
    assertEquals(String.join("\n", compiled), String.join("\n", shown),
        "copy the example between README:begin and README:end into README.md");
  }
}
