package fi.lape.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.examples.SheetTemplates;
import fi.lape.json.LapeJson;
import fi.lape.sheets.MemberSheets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lape assess} on member lists, and {@code lape convert} between them and JSON. */
class SpreadsheetCliTest {
  @TempDir Path dir;

  @Test
  void assessReadsAFinnishWorkbookAndACsvList() {
    for (String file : new String[] {"data/templates/jasenet-fi.xlsx",
        "data/templates/members-en.csv"}) {
      Cli cli = Cli.run("assess", file, "--lang", "fi", "--as-of", "2018-06-01");
      assertEquals(ExitCode.COMPLIANT, cli.exitCode, cli.toString());
      assertTrue(cli.out.contains("orimattila-lape: Orimattilan LAPE-ryhmä"), cli.out);
      assertTrue(cli.out.contains(file), "the file is named as the source");
    }
  }

  @Test
  void aBrokenListExitsWithEveryProblemLocated() throws IOException {
    Path members = dir.resolve("jasenet.csv");
    Files.writeString(members, "ryhmä;henkilö;sektorit;alkaa\n"
        + "lape;Maija Meikäläinen;lastensuojelu;1.8.2017\n"
        + "lape;p-2;lastensuoj;1.13.2017\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("ryhmat.csv"), "tunnus;nimi;laji;kunta\n"
        + "lape;Orimattilan LAPE-ryhmä;kunnan LAPE-ryhmä;560\n", StandardCharsets.UTF_8);

    Cli cli = Cli.run("assess", members.toString(), "--lang", "fi");

    assertEquals(ExitCode.BAD_INPUT, cli.exitCode, cli.toString());
    String[] lines = cli.err.strip().split("\n");
    assertEquals(4, lines.length, cli.err);
    assertEquals(members + ": tiedostoa ei voi lukea (3 ongelmaa):", lines[0]);
    assertTrue(lines[1].startsWith("  " + members + ", rivi 2, sarake B (henkilö): henkilön"
        + " tunnus ei kelpaa"), lines[1]);
    assertTrue(lines[2].startsWith("  " + members + ", rivi 3, sarake C (sektorit): tuntematon"
        + " sektori ”lastensuoj”"), lines[2]);
    assertTrue(lines[3].startsWith("  " + members + ", rivi 3, sarake D (alkaa): odotettiin"
        + " päivämäärää"), lines[3]);
    assertFalse(cli.err.contains("Maija"));
    assertEquals("", cli.out);
  }

  @Test
  void convertTurnsAWorkbookIntoJsonAndBackIntoCsv() throws IOException {
    Path json = dir.resolve("lape.json");
    Cli toJson = Cli.run("convert", "data/templates/jasenet-fi.xlsx", json.toString());
    assertEquals(ExitCode.COMPLIANT, toJson.exitCode, toJson.toString());
    Dataset fromJson = LapeJson.standard().readDataset(json);
    assertEquals(SheetTemplates.dataset(), fromJson);

    Path csv = dir.resolve("medlemmar.csv");
    Cli toCsv = Cli.run("convert", json.toString(), csv.toString(), "--lang", "sv");
    assertEquals(ExitCode.COMPLIANT, toCsv.exitCode, toCsv.toString());
    assertTrue(toCsv.out.contains("Skriven: " + dir.resolve("medlemmar-grupper.csv")),
        toCsv.out);
    assertTrue(Files.readString(csv).startsWith("\uFEFFgrupp;medlemskap;person;"));
    assertEquals(fromJson, MemberSheets.read(csv, Locale.ENGLISH));

    Cli back = Cli.run("convert", csv.toString());
    assertEquals(ExitCode.COMPLIANT, back.exitCode, back.toString());
    assertEquals(fromJson, LapeJson.standard().readDataset(back.out));
  }

  @Test
  void convertCanLeaveOutNamesAndRefusesOtherTargets() throws IOException {
    Path members = dir.resolve("members.csv");
    Files.writeString(members, "group,person,name,voices,start\n"
        + "lape,p-1,Maija Meikäläinen,parents,2018-01-01\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("members-groups.csv"), "id,name,kind,municipality\n"
        + "lape,Orimattilan LAPE-ryhmä,municipal LAPE group,Orimattila\n", StandardCharsets.UTF_8);

    Cli kept = Cli.run("convert", members.toString());
    assertTrue(kept.out.contains("Maija Meikäläinen"), "asked for by converting as it is");
    Cli omitted = Cli.run("convert", members.toString(), "--omit-personal-data");
    assertFalse(omitted.out.contains("Maija"), omitted.out);

    Cli refused = Cli.run("convert", members.toString(), dir.resolve("x.txt").toString());
    assertEquals(ExitCode.BAD_INPUT, refused.exitCode);
    assertTrue(refused.err.contains("lape convert writes .json, .csv or .xlsx files"),
        refused.err);
  }
}
