package fi.lape.core;

import static fi.lape.core.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TermTest {
  private static final LocalDate AUG_1 = LocalDate.of(2017, 8, 1);
  private static final LocalDate DEC_31 = LocalDate.of(2017, 12, 31);
  private static final Term AUTUMN_2017 = Term.of(AUG_1, DEC_31);

  @Test
  void bothEndsAreInside() {
    assertTrue(AUTUMN_2017.contains(AUG_1));
    assertTrue(AUTUMN_2017.contains(DEC_31));
    assertFalse(AUTUMN_2017.contains(AUG_1.minusDays(1)));
    assertFalse(AUTUMN_2017.contains(DEC_31.plusDays(1)));
  }

  @Test
  void anOpenTermRunsOnForever() {
    Term open = Term.from(AUG_1);
    assertEquals(Optional.empty(), open.end());
    assertTrue(open.contains(LocalDate.of(2999, 1, 1)));
    assertFalse(open.contains(AUG_1.minusDays(1)));
  }

  @Test
  void aOneDayTermIsAllowed() {
    Term day = Term.of(AUG_1, AUG_1);
    assertTrue(day.contains(AUG_1));
    assertFalse(day.contains(AUG_1.plusDays(1)));
  }

  @Test
  void termsThatShareOnlyTheirBoundaryDayOverlap() {
    Term spring = Term.of(LocalDate.of(2017, 1, 1), AUG_1);
    assertTrue(spring.overlaps(AUTUMN_2017));
    assertTrue(AUTUMN_2017.overlaps(spring));
  }

  @Test
  void consecutiveTermsDoNotOverlap() {
    Term next = Term.from(DEC_31.plusDays(1));
    assertFalse(AUTUMN_2017.overlaps(next));
    assertFalse(next.overlaps(AUTUMN_2017));
  }

  @Test
  void openTermsOverlapEverythingAfterTheirStart() {
    assertTrue(Term.from(AUG_1).overlaps(Term.from(LocalDate.of(2030, 1, 1))));
    assertTrue(Term.from(DEC_31).overlaps(AUTUMN_2017));
    assertFalse(Term.from(DEC_31.plusDays(1)).overlaps(AUTUMN_2017));
  }

  @Test
  void aTermContainedInAnotherOverlapsIt() {
    Term october = Term.of(LocalDate.of(2017, 10, 1), LocalDate.of(2017, 10, 31));
    assertTrue(AUTUMN_2017.overlaps(october));
    assertTrue(october.overlaps(AUTUMN_2017));
  }

  @Test
  void anEndBeforeTheStartIsRejectedNamingBothDays() {
    assertRejected(() -> Term.of(DEC_31, AUG_1), "term", "end 2017-08-01", "start 2017-12-31");
  }

  @Test
  void printsAsAnInclusiveRange() {
    assertEquals("2017-08-01..2017-12-31", AUTUMN_2017.toString());
    assertEquals("2017-08-01..", Term.from(AUG_1).toString());
  }
}
