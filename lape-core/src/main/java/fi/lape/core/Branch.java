package fi.lape.core;

/**
 * The broad perspectives a LAPE group draws on (DOMAIN.md "Who is in them"; seed 001: sivi-sote
 * cooperation with NGOs, associations and parishes, hearing children, young people and parents).
 * Every {@link Sector} belongs to one branch; the residents' voice is carried by {@link Voice}.
 */
public enum Branch implements Coded {
  /** Education and culture (sivistys, "sivi"), still run by municipalities. */
  EDUCATION_CULTURE,
  /** Social and health services (sote), run by wellbeing services counties since 2023. */
  SOCIAL_HEALTH,
  /** NGOs and associations (järjestöt, yhdistykset), such as MLL and its local associations. */
  CIVIL_SOCIETY,
  /** Parishes and other religious communities (seurakunnat, uskonnolliset yhteisöt). */
  PARISH,
  /** The voice of children, young people, parents and customers. */
  RESIDENTS_VOICE,
  /** Private providers, police, employment services, elected officials, municipal management. */
  OTHER
}
