package fi.lape.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
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

  @Test
  void everyPersonalDataAttributeIsWrittenByDefaultAndLeftOutOnRequest() {
    List<String> members = personalDataMembers();
    assertEquals(3, members.size(), members::toString);
    String full = LapeJson.standard().write(Fixtures.dataset());
    String pseudonymised = LapeJson.builder().omitPersonalData(true).build()
        .write(Fixtures.dataset());
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
