package fi.lape.core.report;

import static fi.lape.core.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceTimelineTest {
  private static final LocalDate FROM = LocalDate.of(2018, 1, 1);
  private static final LocalDate LOST = LocalDate.of(2018, 3, 1);
  private static final LocalDate TO = LocalDate.of(2018, 12, 31);

  private static TimelineInterval compliant(LocalDate start, LocalDate end) {
    return TimelineInterval.builder().start(start).end(end).verdict(Verdict.COMPLIANT).build();
  }

  private static TimelineInterval failing(LocalDate start, LocalDate end, String... rules) {
    return TimelineInterval.builder().start(start).end(end).verdict(Verdict.NON_COMPLIANT)
        .addErrorRuleIds(rules).build();
  }

  private static ComplianceTimeline.Builder timeline() {
    return ComplianceTimeline.builder().groupId("g1").from(FROM).to(TO);
  }

  @Test
  void contiguousIntervalsCoverTheWholePeriod() {
    ComplianceTimeline t = timeline().addIntervals(compliant(FROM, LOST.minusDays(1)),
        failing(LOST, TO, "LAPE-M02")).build();
    assertEquals(2, t.intervals().size());
    ComplianceTimeline oneDay = ComplianceTimeline.builder().groupId("g1").from(FROM).to(FROM)
        .addInterval(compliant(FROM, FROM)).build();
    assertEquals(FROM, oneDay.intervals().get(0).end());
  }

  @Test
  void aGapBetweenIntervalsIsRejectedNamingTheDays() {
    assertRejected(() -> timeline().addIntervals(compliant(FROM, LOST.minusDays(2)),
            failing(LOST, TO, "LAPE-M02")).build(),
        "timeline g1", "2018-03-01", "2018-02-28");
  }

  @Test
  void overlappingIntervalsAreRejected() {
    assertRejected(() -> timeline().addIntervals(compliant(FROM, LOST),
            failing(LOST, TO, "LAPE-M02")).build(),
        "timeline g1", "2018-03-01", "2018-03-02");
  }

  @Test
  void aFirstIntervalStartingLateIsRejected() {
    assertRejected(() -> timeline().addInterval(compliant(FROM.plusDays(1), TO)).build(),
        "timeline g1", "2018-01-02", "2018-01-01");
  }

  @Test
  void intervalsEndingBeforeTheLastDayAreRejected() {
    assertRejected(() -> timeline().addInterval(compliant(FROM, TO.minusDays(1))).build(),
        "timeline g1", "2018-12-30", "2018-12-31");
  }

  @Test
  void intervalsEndingAfterTheLastDayAreRejected() {
    assertRejected(() -> timeline().addInterval(compliant(FROM, TO.plusDays(1))).build(),
        "timeline g1", "2019-01-01", "2018-12-31");
  }

  @Test
  void equalNeighboursMustBeMerged() {
    assertRejected(() -> timeline().addIntervals(failing(FROM, LOST, "LAPE-M02"),
            failing(LOST.plusDays(1), TO, "LAPE-M02")).build(),
        "timeline g1", "intervals[0] and [1]", "merge");
    timeline().addIntervals(failing(FROM, LOST, "LAPE-M02"),
        failing(LOST.plusDays(1), TO, "LAPE-M01", "LAPE-M02")).build();
  }

  @Test
  void toBeforeFromIsRejected() {
    assertRejected(() -> timeline().to(FROM.minusDays(1)).build(), "timeline g1",
        "to 2017-12-31", "from 2018-01-01");
  }

  @Test
  void anIntervalEndingBeforeItStartsIsRejected() {
    assertRejected(() -> compliant(LOST, FROM), "timeline interval", "end 2018-01-01",
        "start 2018-03-01");
  }

  @Test
  void aVerdictMustAgreeWithTheErrorRules() {
    assertRejected(() -> failing(FROM, TO), "timeline interval 2018-01-01..2018-12-31",
        "NON_COMPLIANT", "errorRuleIds");
    assertRejected(() -> TimelineInterval.builder().start(FROM).end(TO)
            .verdict(Verdict.COMPLIANT).addErrorRuleId("LAPE-M02").build(),
        "timeline interval 2018-01-01..2018-12-31", "COMPLIANT", "LAPE-M02");
  }

  @Test
  void errorRulesAreKeptSorted() {
    assertEquals(List.of("LAPE-M01", "LAPE-M02", "LAPE-M05"),
        failing(FROM, TO, "LAPE-M05", "LAPE-M01", "LAPE-M02").errorRuleIds());
  }
}
