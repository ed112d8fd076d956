package fi.lape.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken sheets give every problem at once, each with file, sheet, row and column. */
class MalformedSheetsTest {
  private static final Locale FI = Locale.forLanguageTag("fi");
  private static final Locale SV = Locale.forLanguageTag("sv");
  private static final String NAME = "Maija Meikäläinen";

  @TempDir Path dir;

  private static SheetException fails(String csv, String fileName, Locale language) {
    return assertThrows(SheetException.class, () -> MemberSheets.read(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), fileName, language));
  }

  private static List<String> where(SheetException e) {
    return e.problems().stream().map(p -> p.row() + p.column().orElse("-"))
        .collect(Collectors.toList());
  }

  @Test
  void everyBadCellOfAXlsxMembersSheetIsNamedWithItsSheetRowAndColumn() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Workbook wb = new Workbook(bytes, "test", "1.0");
    Worksheet members = wb.newWorksheet("Jäsenet");
    String[] header = {"ryhmä", "henkilö", "organisaatio", "rooli", "sektorit", "äänet",
        "tehtävät", "alkaa", "päättyy"};
    for (int c = 0; c < header.length; c++) {
      members.value(0, c, header[c]);
    }
    Object[][] rows = {
      {"lape", "p-1", "Orimattilan kaupunki", "puheenjohtaja", "varhaiskasvatus", "", "",
          LocalDate.of(2017, 8, 1), ""},
      {"lape", NAME, "Orimattilan kaupunki", "jäsen", "perusopetus", "", "", "1.8.2017", ""},
      {"lape", "p-3", "Orimattilan kaupunki", "johtaja", "perusopetus", "", "", "1.8.2017", ""},
      {"lape", "p-4", "Orimattilan kaupunki", "jäsen", "perusopetus", "", "", "", ""},
      {"lape", "p-5", "Orimattilan kaupunki", "jäsen", "varhaiskasvatuss, lastensuojelu", "", "",
          "1.8.2017", ""},
      {"lape", "p-6", "Virtasen perhepalvelut", "jäsen", "lastensuojelu", "", "", "31.2.2017",
          "1.1.2016"},
      {"lape", "p-7", "", "jäsen", "", "vanhemmat", "", "1.8.2018", "1.8.2017"},
      {"muu", "p-8", "", "jäsen", "", "nuoret", "", "1.8.2017", ""},
    };
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        Object v = rows[r][c];
        if (v instanceof LocalDate d) {
          members.value(r + 1, c, d);
          members.style(r + 1, c).format("d.m.yyyy").set();
        } else if (!v.toString().isEmpty()) {
          members.value(r + 1, c, v.toString());
        }
      }
    }
    Worksheet groups = wb.newWorksheet("Ryhmät");
    groups.value(0, 0, "tunnus");
    groups.value(0, 1, "nimi");
    groups.value(0, 2, "laji");
    groups.value(0, 3, "kunta");
    groups.value(1, 0, "lape");
    groups.value(1, 1, "Orimattilan LAPE-ryhmä");
    groups.value(1, 2, "kunnan LAPE-ryhmä");
    groups.value(1, 3, 560);
    wb.finish();

    SheetException e = assertThrows(SheetException.class, () -> MemberSheets.read(
        new ByteArrayInputStream(bytes.toByteArray()), "jasenet.xlsx", FI));

    assertEquals(List.of("3B", "4D", "5H", "6E", "7C", "7H", "8I", "9A"), where(e),
        e.getMessage());
    SheetProblem sector = e.problems().get(3);
    assertEquals("jasenet.xlsx, taulukko Jäsenet, rivi 6, sarake E (sektorit)", sector.location());
    assertEquals(Optional.of("Jäsenet"), sector.sheet());
    assertTrue(sector.message().startsWith("tuntematon sektori ”varhaiskasvatuss”: odotettiin"
        + " jotakin näistä: varhaiskasvatus, avoin varhaiskasvatus"), sector.message());
    assertTrue(e.problems().get(0).message().contains("17 merkkiä"), "the length, not the value");
    assertTrue(e.problems().get(2).message().startsWith("tähän tarvitaan arvo"));
    assertTrue(e.problems().get(4).message().contains("Virtasen perhepalvelut"),
        "organisation names are quoted");
    assertTrue(e.problems().get(5).message().startsWith("odotettiin päivämäärää"));
    assertTrue(e.problems().get(6).message().startsWith(
        "päättymispäivä 1.8.2017 on ennen alkamispäivää 1.8.2018"));
    assertTrue(e.problems().get(7).message().contains("taulukossa Ryhmät ei ole ryhmää ”muu”"),
        e.problems().get(7).message());
    assertFalse(e.getMessage().contains("Maija"), "a name in the person column is not quoted");
    assertTrue(e.getMessage().startsWith("jasenet.xlsx: 8 virhettä; mitään ei luettu:"));
  }

  @Test
  void aCsvFileGivesRowsAndColumnsWithoutASheet() {
    String csv = "grupp;person;roll;sektorer;början\n"
        + "lape;p-1;ordförande;barnskydd;1.8.2017\n"
        + "lape;p-2;ledamot;barnskyd;2017-13-01\n";
    SheetException e = fails(csv, "medlemmar.csv", SV);

    assertEquals(List.of("2A", "3A", "3D", "3E"), where(e), e.getMessage());
    assertEquals("medlemmar.csv, rad 3, kolumn D (sektorer)", e.problems().get(2).location());
    assertEquals(Optional.empty(), e.problems().get(2).sheet());
    assertTrue(e.problems().get(0).message().startsWith("gruppen ”lape” är okänd: lägg till den"
        + " på ett blad Grupper"), e.problems().get(0).message());
    assertTrue(e.problems().get(2).message().startsWith("okänd sektor ”barnskyd”"));
    assertTrue(e.problems().get(3).message().startsWith("väntade ett datum"));
  }

  @Test
  void missingColumnsAreNamedInTheReadersLanguage() {
    String csv = "group,role\nlape,chair\n";
    SheetException e = fails(csv, "members.csv", Locale.ENGLISH);

    assertEquals(List.of("1-", "1-"), where(e));
    assertEquals("members.csv, row 1", e.problems().get(0).location());
    assertEquals("the sheet has no column person; add one with the header \"person\"",
        e.problems().get(0).message());
    assertEquals("the sheet has no column start; add one with the header \"start\"",
        e.problems().get(1).message());
  }

  @Test
  void headersAreMatchedInAnyLanguageIgnoringCaseAndNotes() throws IOException {
    Files.writeString(dir.resolve("lista.csv"), "Ryhmä,Person,Sektorit (pilkuin),Start,END\n"
        + "lape,p-1,\"varhaiskasvatus, lastensuojelu\",1.8.2017,2017-12-31\n");
    Files.writeString(dir.resolve("lista-groups.csv"), "ID;Name;Kind;Municipality\n"
        + "lape;Orimattilan LAPE-ryhmä;MUNICIPAL_LAPE_GROUP;560\n");
    var dataset = MemberSheets.read(dir.resolve("lista.csv"), Locale.ENGLISH);
    var m = dataset.group("lape").orElseThrow().memberships().get(0);
    assertEquals(2, m.sectors().size());
    assertEquals(LocalDate.of(2017, 12, 31), m.term().end().orElseThrow());
  }

  @Test
  void aFileThatIsNoWorkbookSaysSo() {
    SheetException e = assertThrows(SheetException.class, () -> MemberSheets.read(
        new ByteArrayInputStream("not a zip".getBytes(StandardCharsets.UTF_8)), "old.xlsx", FI));
    assertEquals("old.xlsx: ei ole XLSX-työkirja (vanha .xls-tiedosto? Tallenna se"
        + " .xlsx-muodossa)", e.problems().get(0).toString());
    SheetException other = assertThrows(SheetException.class, () -> MemberSheets.read(
        new ByteArrayInputStream(new byte[0]), "members.json", Locale.ENGLISH));
    assertEquals("members.json: not a spreadsheet: expected a .csv or .xlsx file",
        other.problems().get(0).toString());
  }

  @Test
  void anUnclosedQuoteIsACsvProblemWithItsLine() {
    SheetException e = fails("ryhmä;henkilö;alkaa\nlape;\"p-1;1.8.2017\n", "jasenet.csv", FI);
    assertEquals(1, e.problems().size());
    assertTrue(e.problems().get(0).message().startsWith("CSV-tiedosto on virheellinen"),
        e.problems().get(0).message());
  }

  @Test
  void excelsWindowsCsvWithSemicolonsReads() throws IOException {
    String csv = "ryhmä;henkilö;äänet;alkaa\r\nlape;p-1;vanhemmat;1.8.2017\r\n";
    Files.write(dir.resolve("jasenet.csv"), csv.getBytes("windows-1252"));
    Files.writeString(dir.resolve("ryhmat.csv"),
        "\uFEFFtunnus;nimi;laji;kunta\nlape;Orimattilan LAPE-ryhmä;kunnan LAPE-ryhmä;Orimattila\n");
    var dataset = MemberSheets.read(dir.resolve("jasenet.csv"), FI);
    assertEquals("Orimattilan LAPE-ryhmä", dataset.group("lape").orElseThrow().name());
    assertEquals(1, dataset.persons().size());
  }
}
