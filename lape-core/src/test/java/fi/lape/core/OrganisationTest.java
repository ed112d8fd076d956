package fi.lape.core;

import static fi.lape.core.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganisationTest {
  private static Organisation.Builder mll() {
    return Organisation.builder().id("mll-orimattila").name("MLL Orimattilan yhdistys")
        .kind(OrganisationKind.NGO);
  }

  @Test
  void keepsTheSectorsItProvides() {
    Organisation o = mll().municipality("560").addSector(Sector.NGO).build();
    assertEquals(Set.of(Sector.NGO), o.sectors());
  }

  @Test
  void aBlankNameIsRejectedNamingTheOrganisation() {
    assertRejected(() -> mll().name(" ").build(), "organisation mll-orimattila", "name is blank");
  }

  @Test
  void aMalformedIdIsRejected() {
    assertRejected(() -> mll().id("mll orimattila").build(), "organisation", "'mll orimattila'");
  }

  @Test
  void aMalformedMunicipalityCodeIsRejectedNamingTheField() {
    assertRejected(() -> mll().municipality("Orimattila").build(),
        "organisation mll-orimattila", "municipality", "'Orimattila'");
  }

  @Test
  void aMalformedRegionCodeIsRejectedNamingTheField() {
    assertRejected(() -> mll().region("7").build(),
        "organisation mll-orimattila", "region", "'7'");
  }

  @Test
  void missingKindIsRejectedNamingTheField() {
    assertRejected(() -> Organisation.builder().id("x").name("X").build(), "Organisation",
        "kind");
  }

  @Test
  void publicBodiesAndCivilSocietyAreTheTwoSidesOfAnInterface() {
    assertEquals(true, OrganisationKind.WELLBEING_SERVICES_COUNTY.isPublicBody());
    assertEquals(true, OrganisationKind.MUNICIPALITY.isPublicBody());
    assertEquals(false, OrganisationKind.NGO.isPublicBody());
    assertEquals(true, OrganisationKind.PARISH.isCivilSocietyOrParish());
    assertEquals(false, OrganisationKind.PRIVATE_PROVIDER.isCivilSocietyOrParish());
  }
}
