package fi.lape.core;

import fi.lape.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a group works: a region (by its two-digit code) or a municipality (three digits), never
 * both.
 *
 * <pre>{@code
 * Scope.municipality("560"); // Orimattila
 * Scope.region("07");        // Päijät-Häme
 * }</pre>
 */
@Value.Immutable
public abstract class Scope {
  Scope() {}

  /** The region's code, for a regional group. */
  @Value.Parameter
  public abstract Optional<String> region();

  /** The municipality's code, for a municipal group. */
  @Value.Parameter
  public abstract Optional<String> municipality();

  /** The scope of a regional group. */
  public static Scope region(String code) {
    return ImmutableScope.of(Optional.of(code), Optional.empty());
  }

  /** The scope of a municipal group. */
  public static Scope municipality(String code) {
    return ImmutableScope.of(Optional.empty(), Optional.of(code));
  }

  /** Whether this is a municipal scope. */
  public final boolean isMunicipal() {
    return municipality().isPresent();
  }

  @Value.Check
  final void check() {
    Checks.check(region().isPresent() != municipality().isPresent(),
        "scope: exactly one of region and municipality must be set");
    region().ifPresent(c -> Checks.check(Region.isCode(c),
        "scope: region '%s' is not a two-digit code", Checks.abbreviate(c)));
    municipality().ifPresent(c -> Checks.check(Municipality.isCode(c),
        "scope: municipality '%s' is not a three-digit code", Checks.abbreviate(c)));
  }

  @Override
  public String toString() {
    return region().map(r -> "region " + r).orElseGet(() -> "municipality " + municipality().get());
  }
}
