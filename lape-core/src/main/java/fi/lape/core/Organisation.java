package fi.lape.core;

import fi.lape.core.internal.Checks;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A body whose staff sit in groups: a municipality, a wellbeing services county, an NGO, a parish.
 * The sectors it provides decide which sectors its members may represent (rule LAPE-D02).
 *
 * <pre>{@code
 * Organisation mll = Organisation.builder().id("mll-orimattila")
 *     .name("MLL Orimattilan yhdistys").kind(OrganisationKind.NGO)
 *     .municipality("560").addSector(Sector.NGO).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Organisation {
  Organisation() {}

  /** The id, unique in a dataset. */
  public abstract String id();

  /** The organisation's name (not personal data). */
  public abstract String name();

  /** What kind of body this is. */
  public abstract OrganisationKind kind();

  /** The code of the municipality it belongs to or works in, if any. */
  public abstract Optional<String> municipality();

  /** The code of the region it works in, if any (e.g. a wellbeing services county). */
  public abstract Optional<String> region();

  /**
   * The code of the wellbeing services county this organisation is, for one of kind {@link
   * OrganisationKind#WELLBEING_SERVICES_COUNTY} (e.g. {@code 09} for Päijät-Hämeen
   * hyvinvointialue); a dataset checks that the county exists.
   */
  public abstract Optional<String> wellbeingServicesCounty();

  /** The sectors it provides. */
  public abstract Set<Sector> sectors();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.id("organisation", id());
    Checks.check(!name().isBlank(), "organisation %s: name is blank", id());
    municipality().ifPresent(code -> Checks.check(Municipality.isCode(code),
        "organisation %s: municipality '%s' is not a three-digit code", id(),
        Checks.abbreviate(code)));
    region().ifPresent(code -> Checks.check(Region.isCode(code),
        "organisation %s: region '%s' is not a two-digit code", id(), Checks.abbreviate(code)));
    wellbeingServicesCounty().ifPresent(code -> {
      Checks.check(WellbeingServicesCounty.isCode(code),
          "organisation %s: wellbeingServicesCounty '%s' is not a two-digit code", id(),
          Checks.abbreviate(code));
      Checks.check(kind() == OrganisationKind.WELLBEING_SERVICES_COUNTY,
          "organisation %s: only an organisation of kind WELLBEING_SERVICES_COUNTY refers to a"
              + " wellbeingServicesCounty, this one is %s", id(), kind());
    });
  }

  /** Builds an {@link Organisation}; {@code build()} fails fast on a missing or malformed field. */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}
  }
}
