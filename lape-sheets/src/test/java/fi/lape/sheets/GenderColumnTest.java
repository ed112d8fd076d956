package fi.lape.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.Gender;
import fi.lape.core.Person;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A member list may say each person's gender (personal data that only rule LAPE-L01, the statutory
 * gender balance, counts): read from a members or persons sheet in any of the three languages,
 * written on the persons sheet, and never quoted back in a problem.
 */
class GenderColumnTest {
  private static final Locale FI = Locale.forLanguageTag("fi");
  private static final String GROUPS =
      "tunnus;nimi;laji;kunta\nlape;Orimattilan LAPE-ryhmä;kunnan LAPE-ryhmä;Orimattila\n";

  private static InputStream text(String csv) {
    return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
  }

  private static Dataset read(String members) {
    Map<String, InputStream> files = new LinkedHashMap<>();
    files.put("jasenet.csv", text(members));
    files.put("ryhmat.csv", text(GROUPS));
    return MemberSheets.readCsv(files, FI);
  }

  private static Optional<Gender> gender(Dataset dataset, String person) {
    return dataset.person(person).flatMap(Person::gender);
  }

  @Test
  void aGenderColumnOfTheMembersSheetGoesToThePersonInAnyLanguage() {
    Dataset dataset = read("""
        ryhmä;henkilö;rooli;alkaa;Sukupuoli (N/M)
        lape;p-1;puheenjohtaja;1.1.2018;nainen
        lape;p-2;jäsen;1.1.2018;M
        lape;p-3;jäsen;1.1.2018;kvinna
        lape;p-4;jäsen;1.1.2018;muu
        lape;p-5;jäsen;1.1.2018;
        lape;p-1;sihteeri;1.1.2018;nainen
        """);
    assertEquals(Optional.of(Gender.WOMAN), gender(dataset, "p-1"));
    assertEquals(Optional.of(Gender.MAN), gender(dataset, "p-2"));
    assertEquals(Optional.of(Gender.WOMAN), gender(dataset, "p-3"));
    assertEquals(Optional.of(Gender.OTHER), gender(dataset, "p-4"));
    assertEquals(Optional.empty(), gender(dataset, "p-5"));
    assertTrue(dataset.hasPersonalData());
  }

  @Test
  void aGenderLapeCannotReadIsNamedByItsCellNeverByItsValue() {
    SheetException e = assertThrows(SheetException.class, () -> read("""
        ryhmä;henkilö;rooli;alkaa;sukupuoli
        lape;p-1;jäsen;1.1.2018;Maija Meikäläinen
        lape;p-2;jäsen;1.1.2018;nainen
        lape;p-2;sihteeri;1.1.2018;mies
        """));
    assertEquals(2, e.problems().size(), e.getMessage());
    SheetProblem unknown = e.problems().get(0);
    assertEquals("jasenet.csv, rivi 2, sarake E (sukupuoli)", unknown.location());
    assertTrue(unknown.message().startsWith("tuntematon sukupuoli (ei näytetä, koska se on"
        + " henkilötieto): odotettiin jotakin näistä:"), unknown.message());
    assertFalse(e.getMessage().contains("Maija"), e.getMessage());
    // One person, two genders: the second row is named, and neither value is shown.
    assertEquals(4, e.problems().get(1).row());
    assertFalse(e.problems().get(1).message().contains("mies"), e.problems().get(1).message());
  }

  @Test
  void genderIsWrittenOnThePersonsSheetAndReadBack() {
    Dataset dataset = read("""
        ryhmä;henkilö;rooli;alkaa;sukupuoli
        lape;p-1;puheenjohtaja;1.1.2018;nainen
        lape;p-2;jäsen;1.1.2018;mies
        lape;p-3;jäsen;1.1.2018;
        """);
    for (Locale language : List.of(FI, Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
      ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
      MemberSheets.writeXlsx(dataset, xlsx, language);
      Dataset back = MemberSheets.read(new ByteArrayInputStream(xlsx.toByteArray()),
          "jasenet.xlsx", language);
      assertEquals(dataset, back, language.toString());
    }
  }
}
