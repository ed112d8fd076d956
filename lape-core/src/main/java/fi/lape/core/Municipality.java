package fi.lape.core;

import fi.lape.core.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Finnish municipality (kunta) with its Statistics Finland code and the regions it has belonged
 * to over time.
 *
 * <pre>{@code
 * Municipality iitti = Municipality.builder().code("142").name("Iitti")
 *     .addRegionMembership(RegionMembership.between("08", Optional.empty(),
 *         Optional.of(LocalDate.of(2020, 12, 31))))
 *     .addRegionMembership(RegionMembership.between("07", Optional.of(LocalDate.of(2021, 1, 1)),
 *         Optional.empty()))
 *     .build();
 * iitti.regionOn(LocalDate.of(2022, 1, 1)); // Optional[07]
 * }</pre>
 */
@Value.Immutable
public abstract class Municipality {

  Municipality() {}

  /** The three-digit Statistics Finland code (kunta_1). */
  public abstract String code();

  /** The Finnish name. */
  public abstract String name();

  /** The Swedish name, where known. */
  public abstract Optional<String> nameSv();

  /** The regions the municipality has belonged to, each with its period. */
  public abstract List<RegionMembership> regionMemberships();

  /**
   * The code of the wellbeing services county the municipality belongs to since {@link
   * WellbeingServicesCounty#FIRST_DAY}; empty for Helsinki and the municipalities of Åland, which
   * belong to none, and for a municipality abolished before the counties began.
   */
  public abstract Optional<String> wellbeingServicesCounty();

  /** Whether {@code code} has the form of a municipality code. */
  public static boolean isCode(String code) {
    return Checks.isDigits(code, 3);
  }

  /** The code of the region the municipality belongs to on {@code day}, if known. */
  public final Optional<String> regionOn(LocalDate day) {
    return regionMemberships().stream()
        .filter(m -> m.isValidOn(day))
        .map(RegionMembership::regionCode)
        .findFirst();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.check(isCode(code()), "municipality: code '%s' is not a three-digit code",
        Checks.abbreviate(code()));
    Checks.check(!name().isBlank(), "municipality %s: name is blank", code());
    wellbeingServicesCounty().ifPresent(county -> Checks.check(
        WellbeingServicesCounty.isCode(county),
        "municipality %s: wellbeingServicesCounty '%s' is not a two-digit code", code(),
        Checks.abbreviate(county)));
    List<RegionMembership> periods = regionMemberships();
    for (int i = 0; i < periods.size(); i++) {
      for (int j = i + 1; j < periods.size(); j++) {
        Checks.check(!periods.get(i).overlaps(periods.get(j)),
            "municipality %s: regionMemberships[%d] and [%d] overlap", code(), i, j);
      }
    }
  }

  /** Builds a {@link Municipality}; {@code build()} fails fast on a missing or malformed field. */
  public static final class Builder extends ImmutableMunicipality.Builder {
    Builder() {}
  }
}
