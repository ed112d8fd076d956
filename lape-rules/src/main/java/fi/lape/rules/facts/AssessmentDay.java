package fi.lape.rules.facts;

import java.time.LocalDate;

/** The day of the assessment: one per session. */
public final class AssessmentDay {
  private final LocalDate day;

  /** The fact for {@code day}. */
  public AssessmentDay(LocalDate day) {
    this.day = day;
  }

  public LocalDate getDay() {
    return day;
  }

  @Override
  public String toString() {
    return "AssessmentDay{" + day + "}";
  }
}
