package fi.lape.core;

/**
 * A person's gender, optional {@link PersonalData} that only the statutory gender-balance rule
 * LAPE-L01 reads (the Act on Equality between Women and Men, 609/1986, section 4 a). It is never
 * written into messages, findings or reports: those carry counts only. A person whose gender is
 * not recorded has none; the rule then gives advice instead of guessing.
 *
 * <pre>{@code
 * Person member = Person.builder().id("p-017").gender(Gender.WOMAN).build();
 * }</pre>
 */
public enum Gender implements Coded {
  /** A woman (nainen, kvinna). */
  WOMAN,
  /** A man (mies, man). */
  MAN,
  /**
   * Another gender (muu, annat): counted among the members, but as neither a woman nor a man, so it
   * counts toward neither 40 % share.
   */
  OTHER
}
