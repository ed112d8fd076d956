package fi.lape.testkit.internal;

import fi.lape.core.Branch;
import fi.lape.core.OrganisationKind;
import fi.lape.core.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The kinds of organisation a generated world has, each with the sectors it provides, so that
 * every sector has a provider and generated members represent only sectors their organisation
 * provides (rule LAPE-D02 stays quiet unless a generator breaks it on purpose).
 */
public enum Provider {
  /** The municipality: education and culture, management, elected officials. */
  MUNICIPALITY(true, "municipality", sectorsOf(Branch.EDUCATION_CULTURE, Sector.MUNICIPAL_MANAGEMENT,
      Sector.ELECTED_OFFICIALS)),
  /** Social and health services: a joint municipal authority before 2023, then the county. */
  SOTE(false, "sote", sectorsOf(Branch.SOCIAL_HEALTH)),
  /** A local MLL association. */
  MLL(true, "mll", EnumSet.of(Sector.NGO)),
  /** A family association that also mediates and counsels. */
  FAMILY_ASSOCIATION(true, "family-association",
      EnumSet.of(Sector.NGO, Sector.FAMILY_MEDIATION, Sector.FAMILY_COUNSELLING)),
  /** The parish. */
  PARISH(true, "parish", EnumSet.of(Sector.PARISH)),
  /** The police department. */
  POLICE(false, "police", EnumSet.of(Sector.POLICE)),
  /** The employment services. */
  EMPLOYMENT(false, "employment", EnumSet.of(Sector.EMPLOYMENT_SERVICES)),
  /** A private provider of family services. */
  PRIVATE(false, "private", EnumSet.of(Sector.PRIVATE_PROVIDER, Sector.FAMILY_SOCIAL_WORK)),
  /** A vocational college. */
  COLLEGE(false, "college", EnumSet.of(Sector.UPPER_SECONDARY_EDUCATION));

  /** The day the wellbeing services counties took over social and health services. */
  public static final LocalDate COUNTIES_FROM = LocalDate.of(2023, 1, 1);

  private final boolean municipal;
  private final String slug;
  private final Set<Sector> sectors;

  Provider(boolean municipal, String slug, Set<Sector> sectors) {
    this.municipal = municipal;
    this.slug = slug;
    // Ordered: Set.copyOf iterates in an order that changes from one JVM to the next, and a seed
    // must give the same world in every run.
    this.sectors = java.util.Collections.unmodifiableSet(EnumSet.copyOf(sectors));
  }

  /** Whether there is one per municipality (otherwise one per region). */
  public boolean isMunicipal() {
    return municipal;
  }

  /** The sectors it provides. */
  public Set<Sector> sectors() {
    return sectors;
  }

  /** The organisation id for the municipality or region {@code place}. */
  public String id(String place) {
    return "o-" + place + "-" + slug;
  }

  /** The organisation kind on {@code day}. */
  public OrganisationKind kind(LocalDate day) {
    switch (this) {
      case MUNICIPALITY:
        return OrganisationKind.MUNICIPALITY;
      case SOTE:
        return day.isBefore(COUNTIES_FROM) ? OrganisationKind.JOINT_MUNICIPAL_AUTHORITY
            : OrganisationKind.WELLBEING_SERVICES_COUNTY;
      case MLL:
      case FAMILY_ASSOCIATION:
        return OrganisationKind.NGO;
      case PARISH:
        return OrganisationKind.PARISH;
      case POLICE:
      case EMPLOYMENT:
        return OrganisationKind.STATE_AGENCY;
      case PRIVATE:
        return OrganisationKind.PRIVATE_PROVIDER;
      default:
        return OrganisationKind.EDUCATIONAL_INSTITUTION;
    }
  }

  /** A name for the organisation in {@code placeName} (not personal data). */
  public String name(String placeName) {
    switch (this) {
      case MUNICIPALITY:
        return placeName + " (municipality)";
      case SOTE:
        return placeName + " social and health services";
      case MLL:
        return "MLL " + placeName;
      case FAMILY_ASSOCIATION:
        return placeName + " family association";
      case PARISH:
        return placeName + " parish";
      case POLICE:
        return placeName + " police department";
      case EMPLOYMENT:
        return placeName + " employment services";
      case PRIVATE:
        return placeName + " family services Ltd";
      default:
        return placeName + " vocational college";
    }
  }

  /** The providers of {@code sector}, in declaration order. */
  public static List<Provider> of(Sector sector) {
    List<Provider> providers = new ArrayList<>();
    for (Provider p : values()) {
      if (p.sectors.contains(sector)) {
        providers.add(p);
      }
    }
    return providers;
  }

  private static EnumSet<Sector> sectorsOf(Branch branch, Sector... more) {
    EnumSet<Sector> set = EnumSet.noneOf(Sector.class);
    for (Sector s : Sector.values()) {
      if (s.branch() == branch) {
        set.add(s);
      }
    }
    for (Sector s : more) {
      set.add(s);
    }
    return set;
  }
}
