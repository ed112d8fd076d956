package fi.lape.rules.facts;

/** A municipality that has groups in the dataset. */
public final class MunicipalityFact {
  private final String code;

  /** The fact for municipality {@code code}. */
  public MunicipalityFact(String code) {
    this.code = code;
  }

  public String getCode() {
    return code;
  }

  @Override
  public String toString() {
    return "MunicipalityFact{" + code + "}";
  }
}
