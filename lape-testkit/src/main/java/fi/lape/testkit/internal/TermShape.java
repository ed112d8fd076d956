package fi.lape.testkit.internal;

/**
 * Where a membership's term lies relative to the assessment date: the edges (starting or ending on
 * the day) are where off-by-one mistakes hide.
 */
public enum TermShape {
  /** Active on the day and on the day after. */
  ACTIVE,
  /** Starts on the day, still active the day after. */
  STARTS_ON,
  /** Active on the day, ends on it: inactive the day after. */
  ENDS_ON,
  /** Ended before the day. */
  ENDED,
  /** Starts after the day. */
  FUTURE;

  /** Whether a term of this shape contains the assessment date. */
  public boolean active() {
    return this != ENDED && this != FUTURE;
  }
}
