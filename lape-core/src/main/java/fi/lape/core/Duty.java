package fi.lape.core;

/** A task a membership carries besides its role; several may be held at once. */
public enum Duty implements Coded {
  /** Facilitates the sessions of an advisory group (seed 000). */
  ADVISORY_FACILITATOR,
  /** The person responsible for the municipality's open meeting places (seed 004). */
  MEETING_PLACE_RESPONSIBLE,
  /** The named representative of an association in the group (seed 003). */
  ASSOCIATION_REPRESENTATIVE,
  /** Maintains a customer panel or similar channel (seed 000). */
  PANEL_MAINTAINER,
  /** Links the group to the preparation of the sote reform (seed 001, rule LAPE-R04). */
  SOTE_PREPARATION_LIAISON
}
