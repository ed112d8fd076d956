package fi.lape.core;

/** The types of open meeting place on the Pohjois-Savo map (seed 004). */
public enum MeetingPlaceType implements Coded {
  /** MLL family café (perhekahvila MLL). */
  MLL_FAMILY_CAFE,
  /** Family café on a break (perhekahvila tauolla). */
  FAMILY_CAFE_PAUSED,
  /** Open early childhood education (avoin varhaiskasvatus). */
  OPEN_EARLY_CHILDHOOD_EDUCATION,
  /** Parish family club (perhekerho, seurakunta). */
  PARISH_FAMILY_CLUB,
  /** Family house (perheentalo). */
  FAMILY_HOUSE,
  /** Another open meeting place (muu avoin kohtaamispaikka). */
  OTHER_OPEN_PLACE,
  /** Meeting place for young people (kohtaamispaikka nuorille). */
  YOUTH_PLACE
}
