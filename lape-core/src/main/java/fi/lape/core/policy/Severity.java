package fi.lape.core.policy;

import fi.lape.core.Coded;

/** How much a finding matters. Only {@link #ERROR} makes a group non-compliant. */
public enum Severity implements Coded {
  /** Makes the group non-compliant. */
  ERROR,
  /** Shown, but the group stays compliant. */
  WARNING,
  /** Advice. */
  INFO
}
