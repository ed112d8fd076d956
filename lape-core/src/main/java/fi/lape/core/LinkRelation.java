package fi.lape.core;

/** How one group relates to another it links to. */
public enum LinkRelation implements Coded {
  /** The group hears the linked group, e.g. a LAPE group consulting a youth council. */
  CONSULTS,
  /** The groups coordinate their work (seed 001: "yhteensovittaa kunnan muut ryhmät"). */
  COORDINATES_WITH,
  /** The group reports to the linked group, e.g. a LAPE group to the regional steering group. */
  REPORTS_TO,
  /** The group is part of, or a working group of, the linked group. */
  PART_OF
}
