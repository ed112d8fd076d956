package fi.lape.core;

import fi.lape.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Finnish region (maakunta) with its Statistics Finland code, e.g. {@code 07} Päijät-Häme.
 *
 * <pre>{@code
 * Region paijatHame = Region.builder().code("07").name("Päijät-Häme")
 *     .nameSv("Päijänne-Tavastland").build();
 * }</pre>
 */
@Value.Immutable
public abstract class Region {

  Region() {}

  /** The two-digit Statistics Finland code (maakunta_1). */
  public abstract String code();

  /** The Finnish name. */
  public abstract String name();

  /** The Swedish name, where known. */
  public abstract Optional<String> nameSv();

  /** Whether {@code code} has the form of a region code. */
  public static boolean isCode(String code) {
    return Checks.isDigits(code, 2);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.check(isCode(code()), "region: code '%s' is not a two-digit code",
        Checks.abbreviate(code()));
    Checks.check(!name().isBlank(), "region %s: name is blank", code());
  }

  /** Builds a {@link Region}; {@code build()} fails fast on a missing or malformed field. */
  public static final class Builder extends ImmutableRegion.Builder {
    Builder() {}
  }
}
