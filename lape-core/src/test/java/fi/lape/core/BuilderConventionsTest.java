package fi.lape.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pins the builder conventions that the package documentation promises. */
class BuilderConventionsTest {
  private static final Membership SEAT = Membership.builder().id("m1").personId("p1")
      .addSector(Sector.NGO).term(Term.from(LocalDate.of(2018, 1, 1))).build();

  @Test
  void fromAddsCollectionElementsToWhatTheBuilderHolds() {
    Membership copy = Membership.builder().addSector(Sector.PARISH).from(SEAT).build();
    assertEquals(Set.of(Sector.NGO, Sector.PARISH), copy.sectors());
    assertEquals(SEAT, Membership.builder().from(SEAT).build());
  }

  @Test
  void theCollectionSetterReplacesWhatWasAdded() {
    Membership copy = Membership.builder().from(SEAT).sectors(List.of(Sector.POLICE)).build();
    assertEquals(Set.of(Sector.POLICE), copy.sectors());
  }

  @Test
  void optionalAttributesTakeAValueOrAnOptional() {
    assertEquals(Person.builder().id("p").homeMunicipality("560").build(),
        Person.builder().id("p").homeMunicipality(Optional.of("560")).build());
  }

  @Test
  void nullIsRejectedNamingTheAttribute() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> Person.builder().id(null));
    assertEquals("id", e.getMessage());
  }

  @Test
  void collectionsOfABuiltValueCannotBeChanged() {
    assertThrows(UnsupportedOperationException.class, () -> SEAT.sectors().add(Sector.POLICE));
    Group g = Group.builder().id("g").kind(GroupKind.YOUTH_COUNCIL).name("G")
        .scope(Scope.municipality("560")).addMembership(SEAT).build();
    assertThrows(UnsupportedOperationException.class, () -> g.memberships().clear());
  }
}
