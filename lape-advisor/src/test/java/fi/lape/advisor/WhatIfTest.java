package fi.lape.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.Membership;
import fi.lape.core.Sector;
import fi.lape.core.Term;
import fi.lape.core.report.TimelineInterval;
import fi.lape.core.report.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhatIfTest {
  private static final Advisor ADVISOR = AdvisorTest.ADVISOR;

  /** The tiny group made compliant: a nurse, an MLL member and a parent from 2018-01-01. */
  private static Dataset compliant() {
    Dataset d = TinyData.dataset();
    Change joins = new Change("lape", List.of(
        ChangeStep.add(TinyData.staff("n1", "q2", "county", Sector.CHILD_HEALTH_CLINIC)),
        ChangeStep.add(TinyData.staff("n2", "q4", "mll", Sector.NGO)),
        ChangeStep.add(TinyData.voice("n3", "q5", fi.lape.core.Voice.PARENTS))));
    return Advisor.apply(d, joins);
  }

  @Test
  void leavingMakesTheGroupNonCompliantUntilSomeoneJoins() {
    Change leaves = new Change("lape", List.of(ChangeStep.end("n1", LocalDate.of(2018, 2, 28))));
    WhatIf w = ADVISOR.whatIf(compliant(), leaves);
    assertEquals(LocalDate.of(2018, 3, 1), w.asOf());
    assertTrue(w.before().isCompliant());
    assertEquals(Verdict.NON_COMPLIANT, w.after().verdict());
    List<TimelineInterval> after = w.timelineAfter().intervals();
    assertEquals(LocalDate.of(2018, 3, 1), after.get(after.size() - 1).start());
    assertEquals(List.of("LAPE-M02"), after.get(after.size() - 1).errorRuleIds());
    assertEquals(1, w.timelineBefore().intervals().size());
    WhatIf.Gap gap = w.gaps().get(0);
    assertTrue(gap.lasting());
    assertEquals(LocalDate.of(2018, 3, 1), gap.start());
    assertEquals("LAPE-M02", gap.missing().get(0).requirementId());
  }

  @Test
  void aReplacementKeepsItCompliant() {
    Membership nurse = Membership.builder().id("n9").personId("someone-new")
        .organisationId("county").addSector(Sector.CHILD_PROTECTION)
        .term(Term.from(LocalDate.of(2018, 3, 1))).build();
    WhatIf w = ADVISOR.whatIf(compliant(), new Change("lape",
        List.of(ChangeStep.replace("n1", nurse))));
    assertTrue(w.after().isCompliant());
    assertTrue(w.gaps().isEmpty());
    assertTrue(w.timelineAfter().intervals().stream()
        .allMatch(i -> i.verdict() == Verdict.COMPLIANT));
  }

  @Test
  void aGapThatAJoinerCloses() {
    Membership nurse = Membership.builder().id("n9").personId("someone-new")
        .organisationId("county").addSector(Sector.CHILD_PROTECTION)
        .term(Term.from(LocalDate.of(2018, 4, 1))).build();
    WhatIf w = ADVISOR.whatIf(compliant(), new Change("lape", List.of(
        ChangeStep.end("n1", LocalDate.of(2018, 2, 28)), ChangeStep.add(nurse))));
    assertEquals(1, w.gaps().size());
    assertEquals(LocalDate.of(2018, 3, 31), w.gaps().get(0).end());
    assertEquals(false, w.gaps().get(0).lasting());
    assertTrue(w.after().isCompliant());
  }

  @Test
  void aPeriodThatEndsBeforeItStartsNamesBothDays() {
    InvalidPeriodException e = assertThrows(InvalidPeriodException.class, () ->
        ADVISOR.whatIf(compliant(), new Change("lape",
            List.of(ChangeStep.end("n1", LocalDate.of(2018, 2, 28)))), null,
            LocalDate.of(2019, 1, 1), LocalDate.of(2018, 6, 1)));
    assertEquals(LocalDate.of(2019, 1, 1), e.first());
    assertEquals(LocalDate.of(2018, 6, 1), e.last());
  }

  @Test
  void badStepsAreNamed() {
    MisfitException e = assertThrows(MisfitException.class, () ->
        ADVISOR.whatIf(compliant(), new Change("lape",
            List.of(ChangeStep.end("nobody", LocalDate.of(2018, 2, 28))))));
    assertEquals("change step 1: group \"lape\" has no membership \"nobody\"", e.getMessage());
    assertEquals("muutoksen 1. vaihe: ryhmässä \"lape\" ei ole jäsenyyttä \"nobody\"",
        e.getMessage(java.util.Locale.forLanguageTag("fi")));
    assertEquals("ändringens steg 1: gruppen \"lape\" har inget medlemskap \"nobody\"",
        e.getMessage(java.util.Locale.forLanguageTag("sv")));
    assertEquals("/steps/0/membershipId", e.misfits().get(0).pointer());
    e = assertThrows(MisfitException.class, () ->
        ADVISOR.whatIf(compliant(), new Change("lape", List.of(
            ChangeStep.end("n1", LocalDate.of(2018, 2, 28)),
            ChangeStep.add(TinyData.staff("m1", "q9", "town"))))));
    assertEquals("change step 2: group \"lape\" already has a membership \"m1\"",
        e.getMessage());
    assertEquals(MisfitException.Reason.MEMBERSHIP_EXISTS, e.misfits().get(0).reason());
    assertEquals("/steps/1/membership/id", e.misfits().get(0).pointer());
  }
}
