package fi.lape.core;

/**
 * A residents' voice a member can speak for without representing an organisation (seed 001: "lasten,
 * nuorten ja vanhempien ääni huomioiden"). All voices belong to {@link Branch#RESIDENTS_VOICE}.
 */
public enum Voice implements Coded {
  /** Children (lapset). */
  CHILDREN,
  /** Young people (nuoret). */
  YOUNG_PEOPLE,
  /** Parents (vanhemmat). */
  PARENTS,
  /** Customers of the services (asiakkaat), as heard in a customer panel. */
  CUSTOMERS;

  /** The branch of every voice. */
  public Branch branch() {
    return Branch.RESIDENTS_VOICE;
  }
}
