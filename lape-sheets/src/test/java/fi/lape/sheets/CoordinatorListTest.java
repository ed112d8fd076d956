package fi.lape.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.Membership;
import fi.lape.core.Organisation;
import fi.lape.core.OrganisationKind;
import fi.lape.core.Person;
import fi.lape.core.Role;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import fi.lape.core.policy.Policies;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import fi.lape.core.report.Verdict;
import fi.lape.rules.GroupAssessor;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A LAPE coordinator's member list as they keep it: 25 rows with Finnish headers, names, notes,
 * Finnish dates and Finnish sector names, the group in a file beside it and only the police in an
 * organisations file. It assesses end to end without any JSON.
 */
class CoordinatorListTest {
  private static final Locale FI = Locale.forLanguageTag("fi");

  static Path members() {
    try {
      return Path.of(CoordinatorListTest.class.getResource("coordinator/orimattila-jasenet.csv")
          .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theListReadsIntoOneGroupWithEveryRow() {
    Dataset dataset = MemberSheets.read(members(), FI);

    Group lape = dataset.group("orimattila-lape").orElseThrow();
    assertEquals("Orimattilan LAPE-ryhmä", lape.name());
    assertEquals("560", lape.scope().municipality().orElseThrow());
    assertEquals(List.of("perhekeskus", "kohtaamispaikat"), lape.themes());
    assertEquals(25, lape.memberships().size());
    assertEquals(25, dataset.persons().size());
    assertTrue(dataset.hasPersonalData(), "the names column is kept for the coordinator");

    Membership chair = lape.memberships().get(0);
    assertEquals("orimattila-lape-2", chair.id(), "ids from the group and the row number");
    assertEquals(Role.CHAIR, chair.role());
    assertEquals(java.util.Set.of(Sector.EARLY_CHILDHOOD_EDUCATION, Sector.BASIC_EDUCATION),
        chair.sectors());
    assertEquals(Sector.CHILD_HEALTH_CLINIC, lape.memberships().get(1).sectors().iterator().next(),
        "\"neuvola\" is the child health clinic");
    assertEquals(Sector.BASIC_EDUCATION, lape.memberships().get(2).sectors().iterator().next(),
        "\"koulu\" is basic education");
    Membership parent = lape.memberships().get(10);
    assertEquals(java.util.Set.of(Voice.PARENTS), parent.voices());
    assertTrue(parent.organisationId().isEmpty());
    assertEquals(LocalDate.of(2018, 12, 31), parent.term().end().orElseThrow());
    Membership deputy = lape.memberships().get(14);
    assertEquals("orimattila-lape-3", deputy.deputyOf().orElseThrow(),
        "the deputy's principal given by person id");

    Map<String, Organisation> byName = dataset.organisations().stream()
        .collect(Collectors.toMap(Organisation::name, Function.identity()));
    assertEquals(OrganisationKind.MUNICIPALITY, byName.get("Orimattilan kaupunki").kind());
    assertEquals(OrganisationKind.JOINT_MUNICIPAL_AUTHORITY,
        byName.get("Päijät-Hämeen hyvinvointiyhtymä").kind());
    assertEquals(OrganisationKind.NGO, byName.get("MLL Orimattilan yhdistys").kind());
    assertEquals(OrganisationKind.NGO, byName.get("Orimattilan vanhempainyhdistys").kind());
    assertEquals(OrganisationKind.PARISH, byName.get("Orimattilan seurakunta").kind());
    assertEquals("hameen-poliisi", byName.get("Hämeen poliisilaitos").id(),
        "from the organisations file, matched by name");
    assertEquals(java.util.Set.of(Sector.EARLY_CHILDHOOD_EDUCATION, Sector.BASIC_EDUCATION,
        Sector.YOUTH_WORK, Sector.OPEN_EARLY_CHILDHOOD_EDUCATION, Sector.CULTURE_LEISURE,
        Sector.MUNICIPAL_MANAGEMENT, Sector.ELECTED_OFFICIALS),
        byName.get("Orimattilan kaupunki").sectors(), "an inferred organisation provides what"
            + " its members represent");
  }

  @Test
  void theGroupIsAssessedAsCompliantAndMultidisciplinary() {
    Dataset dataset = MemberSheets.read(members(), FI);
    GroupAssessment lape = GroupAssessor.of(Policies.paijatHame2017())
        .assess(dataset, "orimattila-lape", LocalDate.of(2018, 1, 15));

    assertEquals(Verdict.COMPLIANT, lape.verdict(), () -> lape.findings().toString());
    assertTrue(lape.multidisciplinarity().multidisciplinary());
    assertEquals(23, dataset.group("orimattila-lape").orElseThrow()
        .activeMemberships(lape.asOf()).size(), "two terms ended in 2017");
    List<String> names = dataset.persons().stream().map(Person::name)
        .flatMap(java.util.Optional::stream).collect(Collectors.toList());
    for (Finding f : lape.findings()) {
      for (String name : names) {
        assertFalse(f.message(FI).contains(name), "no name in findings");
      }
    }
  }
}
