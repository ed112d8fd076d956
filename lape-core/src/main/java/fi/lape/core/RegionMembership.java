package fi.lape.core;

import fi.lape.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A period during which a municipality belongs to a region: Iitti moved from Kymenlaakso to
 * Päijät-Häme on 2021-01-01. Both ends are optional and inclusive.
 */
@Value.Immutable
public abstract class RegionMembership {
  RegionMembership() {}

  /** The region's two-digit code. */
  @Value.Parameter
  public abstract String regionCode();

  /** The first day of membership, or empty if it is not known or not limited. */
  @Value.Parameter
  public abstract Optional<LocalDate> validFrom();

  /** The last day of membership, or empty while it lasts. */
  @Value.Parameter
  public abstract Optional<LocalDate> validTo();

  /** Membership of {@code regionCode} between the optional days. */
  public static RegionMembership between(
      String regionCode, Optional<LocalDate> validFrom, Optional<LocalDate> validTo) {
    return ImmutableRegionMembership.of(regionCode, validFrom, validTo);
  }

  /** Membership of {@code regionCode} with no known limits. */
  public static RegionMembership always(String regionCode) {
    return between(regionCode, Optional.empty(), Optional.empty());
  }

  /** Whether the membership holds on {@code day}. */
  public final boolean isValidOn(LocalDate day) {
    return validFrom().map(f -> !day.isBefore(f)).orElse(true)
        && validTo().map(t -> !day.isAfter(t)).orElse(true);
  }

  /** Whether the two periods share at least one day; an open end reaches as far as time goes. */
  public final boolean overlaps(RegionMembership other) {
    LocalDate from = validFrom().orElse(LocalDate.MIN);
    LocalDate to = validTo().orElse(LocalDate.MAX);
    return !from.isAfter(other.validTo().orElse(LocalDate.MAX))
        && !other.validFrom().orElse(LocalDate.MIN).isAfter(to);
  }

  @Value.Check
  final void check() {
    Checks.check(Region.isCode(regionCode()),
        "region membership: regionCode '%s' is not a two-digit code",
        Checks.abbreviate(regionCode()));
    if (validFrom().isPresent() && validTo().isPresent()) {
      Checks.check(!validTo().get().isBefore(validFrom().get()),
          "region membership %s: validTo %s is before validFrom %s",
          regionCode(), validTo().get(), validFrom().get());
    }
  }
}
