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
    assertTrue(Person.builder().id("a").gender(Gender.OTHER).build().hasPersonalData());
  }

  @Test
  void genderIsPersonalData() throws NoSuchMethodException {
    Person p = Person.builder().id("p-017").gender(Gender.WOMAN).build();
    assertEquals(Optional.of(Gender.WOMAN), p.gender());
    assertFalse(p.toString().contains("WOMAN"), p.toString());
    assertEquals(Optional.empty(), p.withoutPersonalData().gender());
    assertTrue(Person.class.getMethod("gender").isAnnotationPresent(PersonalData.class));
  }

  @Test
  void withoutPersonalDataKeepsIdAndHomeMunicipalityOnly() {
    Person p = named().homeMunicipality("560").build().withoutPersonalData();
    assertEquals(Person.builder().id("p-017").homeMunicipality("560").build(), p);
    assertFalse(p.hasPersonalData());
  }

  @Test
  void personalDataAttributesAreMarked() throws NoSuchMethodException {
    for (String attribute : new String[] {"name", "email", "phone", "gender"}) {
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
  void aMalformedIdIsRejectedWithoutQuotingIt() {
    // A name in the id column is the typical mistake; the message must not repeat it.
    assertRejected(() -> Person.builder().id(NAME).build(), "person", "id", "19 characters",
        "not shown");
    assertRejected(() -> Person.builder().id(EMAIL.replace("@", " at ")).build(), "person", "id");
    LapeValidationException e =
        assertRejected(() -> Person.builder().id("p 017").build(), "person", "id");
    assertFalse(e.getMessage().contains("p 017"), e.getMessage());
    assertRejected(() -> Person.builder().id("").build(), "person", "id", "0 characters");
    assertRejected(() -> Person.builder().id("-p").build(), "person", "id");
  }

  @Test
  void idsOfUpTo128CharactersAreAccepted() {
    Person.builder().id("p".repeat(128)).build();
    assertRejected(() -> Person.builder().id("p".repeat(129)).build(), "person", "id",
        "129 characters");
  }

  @Test
  void aMalformedHomeMunicipalityIsRejectedNamingThePersonAndTheFieldButNotTheValue() {
    assertRejected(() -> named().homeMunicipality(NAME).build(),
        "person p-017", "homeMunicipality", "not shown");
    assertRejected(() -> named().homeMunicipality("56").build(),
        "person p-017", "homeMunicipality", "2 characters");
  }
}
