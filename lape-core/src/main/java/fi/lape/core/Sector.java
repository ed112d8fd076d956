package fi.lape.core;

/**
 * A service or stakeholder sector that a membership can represent, each in one {@link Branch}.
 * The child health clinic and the school are the universal services where all children and
 * families are met (seed 001).
 */
public enum Sector implements Coded {
  /** Early childhood education (varhaiskasvatus). */
  EARLY_CHILDHOOD_EDUCATION(Branch.EDUCATION_CULTURE),
  /** Open early childhood education (avoin varhaiskasvatus). */
  OPEN_EARLY_CHILDHOOD_EDUCATION(Branch.EDUCATION_CULTURE),
  /** Basic education, the school (perusopetus, koulu): a universal service. */
  BASIC_EDUCATION(Branch.EDUCATION_CULTURE, true),
  /** Upper secondary and vocational education (toinen aste). */
  UPPER_SECONDARY_EDUCATION(Branch.EDUCATION_CULTURE),
  /** Youth work (nuorisotyö, nuorisopalvelut). */
  YOUTH_WORK(Branch.EDUCATION_CULTURE),
  /** Culture and leisure services (kulttuuri- ja vapaa-aikapalvelut). */
  CULTURE_LEISURE(Branch.EDUCATION_CULTURE),
  /** Maternity and child health clinic (äitiys- ja lastenneuvola): a universal service. */
  CHILD_HEALTH_CLINIC(Branch.SOCIAL_HEALTH, true),
  /** School and student health care (koulu- ja opiskeluterveydenhuolto). */
  SCHOOL_HEALTH_CARE(Branch.SOCIAL_HEALTH),
  /** Student welfare (oppilas- ja opiskeluhuolto). */
  STUDENT_WELFARE(Branch.SOCIAL_HEALTH),
  /** Family social work and home services (perhesosiaalityö, lapsiperheiden kotipalvelu). */
  FAMILY_SOCIAL_WORK(Branch.SOCIAL_HEALTH),
  /** Child protection (lastensuojelu). */
  CHILD_PROTECTION(Branch.SOCIAL_HEALTH),
  /** Child guidance and family counselling (kasvatus- ja perheneuvonta). */
  FAMILY_COUNSELLING(Branch.SOCIAL_HEALTH),
  /** Child and youth mental health services (lasten ja nuorten mielenterveyspalvelut). */
  CHILD_YOUTH_MENTAL_HEALTH(Branch.SOCIAL_HEALTH),
  /** Neuropsychiatric support (nepsy). */
  NEUROPSYCHIATRIC_SUPPORT(Branch.SOCIAL_HEALTH),
  /** Family mediation (perheasioiden sovittelu). */
  FAMILY_MEDIATION(Branch.SOCIAL_HEALTH),
  /** NGOs and associations (järjestöt, yhdistykset). */
  NGO(Branch.CIVIL_SOCIETY),
  /** Parishes and religious communities (seurakunnat, uskonnolliset yhteisöt). */
  PARISH(Branch.PARISH),
  /** Private service providers (yksityiset palveluntuottajat). */
  PRIVATE_PROVIDER(Branch.OTHER),
  /** Police (poliisi). */
  POLICE(Branch.OTHER),
  /** Employment services (työllisyyspalvelut). */
  EMPLOYMENT_SERVICES(Branch.OTHER),
  /** Elected officials (luottamushenkilöt). */
  ELECTED_OFFICIALS(Branch.OTHER),
  /** Municipal management (kunnan johto). */
  MUNICIPAL_MANAGEMENT(Branch.OTHER);

  private final Branch branch;
  private final boolean universalService;

  Sector(Branch branch) {
    this(branch, false);
  }

  Sector(Branch branch, boolean universalService) {
    this.branch = branch;
    this.universalService = universalService;
  }

  /** The branch this sector belongs to. */
  public Branch branch() {
    return branch;
  }

  /** Whether all children and families are met here: the child health clinic and the school. */
  public boolean isUniversalService() {
    return universalService;
  }
}
