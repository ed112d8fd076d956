package fi.lape.core.report;

import fi.lape.core.Coded;

/** Whether a group meets its policy on the assessment date. */
public enum Verdict implements Coded {
  /** No finding of severity error. */
  COMPLIANT,
  /** At least one finding of severity error. */
  NON_COMPLIANT
}
