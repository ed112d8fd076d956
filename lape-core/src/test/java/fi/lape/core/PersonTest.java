package fi.lape.core;

import static fi.lape.core.Rejections.EMAIL;
import static fi.lape.core.Rejections.NAME;
import static fi.lape.core.Rejections.PHONE;
import static fi.lape.core.Rejections.assertNoPersonalData;
import static fi.lape.core.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonTest {
  private static Person.Builder named() {
    return Person.builder().id("p-017").name(NAME).email(EMAIL).phone(PHONE);
  }

  @Test
  void aPseudonymousIdIsEnough() {
    Person p = Person.builder().id("p-017").build();
    assertFalse(p.hasPersonalData());
    assertEquals(Optional.empty(), p.name());
  }

  @Test
  void toStringLeavesOutNameAndContactDetails() {
    Person p = named().homeMunicipality("560").build();
    assertTrue(p.toString().contains("p-017"), p.toString());
    assertTrue(p.toString().contains("560"), p.toString());
    assertNoPersonalData(p.toString());
  }

  @Test
  void eachPersonalAttributeCountsAsPersonalData() {
    assertTrue(Person.builder().id("a").name(NAME).build().hasPersonalData());
    assertTrue(Person.builder().id("a").email(EMAIL).build().hasPersonalData());
    assertTrue(Person.builder().id("a").phone(PHONE).build().hasPersonalData());
  }

  @Test
  void withoutPersonalDataKeepsIdAndHomeMunicipalityOnly() {
    Person p = named().homeMunicipality("560").build().withoutPersonalData();
    assertEquals(Person.builder().id("p-017").homeMunicipality("560").build(), p);
    assertFalse(p.hasPersonalData());
  }

  @Test
  void personalDataAttributesAreMarked() throws NoSuchMethodException {
    for (String attribute : new String[] {"name", "email", "phone"}) {
      assertTrue(Person.class.getMethod(attribute).isAnnotationPresent(PersonalData.class),
          attribute);
    }
    assertFalse(Person.class.getMethod("id").isAnnotationPresent(PersonalData.class));
  }

  @Test
  void aMissingIdIsRejectedNamingTheFieldButNotThePerson() {
    assertRejected(() -> Person.builder().name(NAME).email(EMAIL).phone(PHONE).build(),
        "Person", "id");
  }

  @Test
  void aMalformedIdIsRejectedNamingTheTypeAndTheId() {
    assertRejected(() -> Person.builder().id("p 017").name(NAME).build(), "person", "'p 017'");
    assertRejected(() -> Person.builder().id("").build(), "person", "id ''");
    assertRejected(() -> Person.builder().id("-p").build(), "person", "'-p'");
  }

  @Test
  void anOverlongIdIsRejectedAndAbbreviatedInTheMessage() {
    String id = "p".repeat(129);
    LapeValidationException e = assertRejected(() -> Person.builder().id(id).build(), "person");
    assertFalse(e.getMessage().contains(id), "the message quotes at most 64 characters");
    Person.builder().id("p".repeat(128)).build();
  }

  @Test
  void aMalformedHomeMunicipalityIsRejectedNamingThePersonAndTheField() {
    assertRejected(() -> named().homeMunicipality("56").build(),
        "person p-017", "homeMunicipality", "'56'");
  }
}
