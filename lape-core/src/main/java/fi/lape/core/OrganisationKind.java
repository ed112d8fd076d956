package fi.lape.core;

/** What kind of body an {@link Organisation} is; decides which side of an interface it stands on. */
public enum OrganisationKind implements Coded {
  /** A municipality or city (kunta, kaupunki). */
  MUNICIPALITY(true),
  /** A joint municipal authority (kuntayhtymä), e.g. a pre-2023 sote district. */
  JOINT_MUNICIPAL_AUTHORITY(true),
  /** A wellbeing services county (hyvinvointialue), which runs sote services since 2023. */
  WELLBEING_SERVICES_COUNTY(true),
  /** An NGO or association (järjestö, yhdistys), e.g. an MLL local association. */
  NGO(false),
  /** A parish or religious community (seurakunta, uskonnollinen yhteisö). */
  PARISH(false),
  /** A private service provider (yksityinen palveluntuottaja). */
  PRIVATE_PROVIDER(false),
  /** A state agency, e.g. the police or employment services. */
  STATE_AGENCY(true),
  /** An educational institution not run by the municipality. */
  EDUCATIONAL_INSTITUTION(false),
  /** Anything else. */
  OTHER(false);

  private final boolean publicBody;

  OrganisationKind(boolean publicBody) {
    this.publicBody = publicBody;
  }

  /** Whether this is a public body (municipal, county or state). */
  public boolean isPublicBody() {
    return publicBody;
  }

  /** Whether this kind stands on the civil-society-or-parish side of an interface. */
  public boolean isCivilSocietyOrParish() {
    return this == NGO || this == PARISH;
  }
}
