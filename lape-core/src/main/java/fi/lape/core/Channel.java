package fi.lape.core;

/** Where a group meets. */
public enum Channel implements Coded {
  /** Face to face. */
  IN_PERSON,
  /** A Facebook group, like the Päijät-Häme parents' advisory group (seed 000). */
  FACEBOOK,
  /** Instagram, like the youth advisory group (seed 000). */
  INSTAGRAM,
  /** Another online channel. */
  ONLINE,
  /** Both online and face to face. */
  HYBRID
}
