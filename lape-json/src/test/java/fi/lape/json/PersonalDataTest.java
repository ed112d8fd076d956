package fi.lape.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.Gender;
import fi.lape.core.GenderBalanceWaiver;
import fi.lape.core.Group;
import fi.lape.core.Person;
import fi.lape.core.PersonalData;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PersonalDataTest {
  private static List<String> personalDataMembers() {
    List<String> names = new ArrayList<>();
    for (Method method : Person.class.getMethods()) {
      if (method.isAnnotationPresent(PersonalData.class)) {
        names.add(method.getName());
      }
    }
    return names;
  }

  /** The fixture, whose first person also has a gender. */
  private static Dataset withGender() {
    Dataset dataset = Fixtures.dataset();
    List<Person> persons = new ArrayList<>(dataset.persons());
    persons.set(0, Person.builder().from(persons.get(0)).gender(Gender.WOMAN).build());
    return Dataset.builder().from(dataset).persons(persons).build();
  }

  @Test
  void everyPersonalDataAttributeIsWrittenByDefaultAndLeftOutOnRequest() {
    List<String> members = personalDataMembers();
    assertEquals(4, members.size(), members::toString);
    String full = LapeJson.standard().write(withGender());
    String pseudonymised = LapeJson.builder().omitPersonalData(true).build()
        .write(withGender());
    JsonNode fullPersons = JsonMapper.shared().readTree(full).get("persons");
    JsonNode pseudonymisedPersons = JsonMapper.shared().readTree(pseudonymised).get("persons");
    for (String member : members) {
      assertTrue(fullPersons.get(0).has(member), member);
      for (JsonNode person : pseudonymisedPersons) {
        assertFalse(person.has(member), member);
      }
    }
    assertFalse(pseudonymised.contains("Maija"));
    assertFalse(pseudonymised.contains("@example.fi"));
    assertFalse(pseudonymised.contains("WOMAN"));
    assertEquals(withGender(), LapeJson.standard().readDataset(full));
  }

  @Test
  void aBadGenderIsReportedByItsShapeWithoutGuessingACode() {
    String document = LapeJson.standard().write(withGender()).replace("\"WOMAN\"", "\"female\"");
    LapeJsonException e = assertThrows(LapeJsonException.class,
        () -> LapeJson.standard().readDataset(document));
    assertEquals(1, e.problems().size(), e.getMessage());
    assertEquals("/persons/0/gender", e.problems().get(0).pointer());
    assertEquals(ProblemCode.UNKNOWN_CODE, e.problems().get(0).code());
    assertFalse(e.getMessage().contains("female"), e.getMessage());
    assertFalse(e.getMessage().contains("did you mean"), e.getMessage());
    assertTrue(e.getMessage().contains("WOMAN, MAN, OTHER"), e.getMessage());
  }

  @Test
  void aGroupsGenderBalanceWaiverIsReadAndWrittenAsDocumented() {
    Dataset dataset = Fixtures.dataset();
    List<Group> groups = new ArrayList<>(dataset.groups());
    groups.set(0, Group.builder().from(groups.get(0))
        .genderBalanceWaiver(GenderBalanceWaiver.of("Jäsenet nimetään viran perusteella")).build());
    Dataset waived = Dataset.builder().from(dataset).groups(groups).build();
    String json = LapeJson.builder().omitPersonalData(true).build().write(waived);
    // The waiver is the group's documented decision, not a person's data: it stays.
    assertTrue(json.contains("\"genderBalanceWaiver\": {\"reason\": \"Jäsenet nimetään viran"
        + " perusteella\"}"), json);
    assertEquals(waived.withoutPersonalData(), LapeJson.standard().readDataset(json));
    LapeJsonException e = assertThrows(LapeJsonException.class, () -> LapeJson.standard()
        .readDataset(json.replace("{\"reason\": \"Jäsenet nimetään viran perusteella\"}", "{}")));
    assertTrue(e.problems().get(0).pointer().endsWith("/genderBalanceWaiver"), e.getMessage());
  }

  @Test
  void aPseudonymisedDocumentReadsAsTheDatasetWithoutPersonalData() {
    Dataset dataset = Fixtures.dataset();
    String pseudonymised = LapeJson.builder().omitPersonalData(true).build().write(dataset);
    Dataset read = LapeJson.standard().readDataset(pseudonymised);
    assertEquals(dataset.withoutPersonalData(), read);
    assertFalse(read.hasPersonalData());
    // Groups' and organisations' names are not personal data and stay.
    assertTrue(pseudonymised.contains("Orimattilan LAPE-ryhmä"));
  }
}
