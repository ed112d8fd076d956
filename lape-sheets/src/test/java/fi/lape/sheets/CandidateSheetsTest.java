package fi.lape.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.Duty;
import fi.lape.core.Organisation;
import fi.lape.core.OrganisationKind;
import fi.lape.core.Role;
import fi.lape.core.Sector;
import fi.lape.core.Voice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Candidate lists for {@code lape suggest} in CSV: headers and codes in fi/sv/en, located problems. */
class CandidateSheetsTest {
  private static final Locale FI = Locale.forLanguageTag("fi");
  private static final Dataset DATASET = Dataset.builder()
      .addOrganisation(Organisation.builder().id("mll-varkaus").name("MLL Varkauden yhdistys")
          .kind(OrganisationKind.NGO).municipality("915").addSector(Sector.NGO).build())
      .build();

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    return file;
  }

  @Test
  void readsFinnishHeadersCodesAndOrganisationNames() throws IOException {
    Path file = write("ehdokkaat.csv", "ehdokas;henkilö;organisaatio;rooli;sektorit;äänet;tehtävät\n"
        + "mll;;MLL Varkauden yhdistys;;järjestöt;;yhdistyksen nimeämä edustaja\n"
        + ";p-017;;varapuheenjohtaja;;vanhemmat;\n"
        + ";;;;;nuoret, lapset;\n");
    List<CandidateRow> rows = MemberSheets.readCandidates(file, DATASET, FI);
    assertEquals(3, rows.size());
    assertEquals(new CandidateRow("mll", Optional.empty(), Optional.of("mll-varkaus"), Role.MEMBER,
        Set.of(Sector.NGO), Set.of(), Set.of(Duty.ASSOCIATION_REPRESENTATIVE), 2), rows.get(0));
    assertEquals(new CandidateRow("p-017", Optional.of("p-017"), Optional.empty(),
        Role.VICE_CHAIR, Set.of(), Set.of(Voice.PARENTS), Set.of(), 3), rows.get(1));
    assertEquals("candidate-4", rows.get(2).id());
    assertEquals(Set.of(Voice.CHILDREN, Voice.YOUNG_PEOPLE), rows.get(2).voices());
  }

  @Test
  void readsEnglishAndSwedishHeadersWithCommas() throws IOException {
    Path en = write("candidates.csv", "candidate,organisation,sectors\nmll,mll-varkaus,NGO\n");
    assertEquals("mll-varkaus", MemberSheets.readCandidates(en, DATASET, Locale.ENGLISH).get(0)
        .organisationId().orElseThrow());
    Path sv = write("kandidater.csv", "kandidat;röster\nforalder;föräldrar\n");
    assertEquals(Set.of(Voice.PARENTS), MemberSheets.readCandidates(sv, DATASET,
        Locale.forLanguageTag("sv")).get(0).voices());
  }

  @Test
  void aBadRowGivesLocatedProblemsWithoutQuotingAPersonId() throws IOException {
    Path file = write("ehdokkaat.csv", "ehdokas;henkilö;organisaatio;sektorit\n"
        + "a;;MLL Varkaus;järjestöt\n"
        + "b;Maija Meikäläinen;;lastensuojeluu\n"
        + "a;;;järjestöt\n");
    SheetException e = assertThrows(SheetException.class,
        () -> MemberSheets.readCandidates(file, DATASET, FI));
    List<String> where = e.problems().stream()
        .map(p -> p.row() + p.column().orElse("-")).toList();
    assertEquals(List.of("2C", "3B", "3D", "4A"), where, e.problems().toString());
    SheetProblem organisation = e.problems().get(0);
    assertEquals(Optional.of("organisaatio"), organisation.header());
    assertTrue(organisation.message().contains("MLL Varkaus"), organisation.message());
    assertTrue(organisation.location().contains("rivi 2"), organisation.location());
    assertTrue(e.problems().get(2).message().contains("lastensuojeluu"),
        e.problems().get(2).message());
    assertTrue(e.problems().get(3).message().contains("rivillä 2"), e.problems().get(3).message());
    for (SheetProblem p : e.problems()) {
      assertFalse(p.message().contains("Maija"), p.message());
      assertFalse(p.location().contains("Maija"), p.location());
    }
  }
}
