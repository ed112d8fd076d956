package fi.lape.core;

/** The position a membership holds in a group. */
public enum Role implements Coded {
  /** Chair (puheenjohtaja); at most one active at a time (rule LAPE-M10). */
  CHAIR,
  /** Vice-chair (varapuheenjohtaja). */
  VICE_CHAIR,
  /** Secretary (sihteeri). */
  SECRETARY,
  /** Member (jäsen). */
  MEMBER,
  /** Deputy member (varajäsen), usually the deputy of another membership. */
  DEPUTY_MEMBER,
  /** Permanent expert (pysyvä asiantuntija). */
  PERMANENT_EXPERT,
  /** Coordinator (koordinaattori). */
  COORDINATOR
}
