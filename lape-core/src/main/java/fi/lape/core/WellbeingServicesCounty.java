package fi.lape.core;

import fi.lape.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A wellbeing services county (hyvinvointialue, välfärdsområde) with its Statistics Finland code,
 * e.g. {@code 09} Päijät-Hämeen hyvinvointialue. Since {@linkplain #FIRST_DAY 1 January 2023} the
 * 21 counties, not the municipalities, run social and health services; the City of Helsinki and
 * Åland arrange them themselves and belong to none.
 *
 * <pre>{@code
 * Geography.builtIn().countyOf("560", LocalDate.of(2024, 1, 1)); // Päijät-Hämeen hyvinvointialue
 * }</pre>
 */
@Value.Immutable
public abstract class WellbeingServicesCounty {
  /** The day the wellbeing services counties took over social and health services. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);


  WellbeingServicesCounty() {}

  /** The two-digit Statistics Finland code (hyvinvointialue_1). */
  public abstract String code();

  /** The Finnish name. */
  public abstract String name();

  /** The Swedish name, where known. */
  public abstract Optional<String> nameSv();

  /** Whether {@code code} has the form of a county code. */
  public static boolean isCode(String code) {
    return Checks.isDigits(code, 2);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.check(isCode(code()), "wellbeing services county: code '%s' is not a two-digit code",
        Checks.abbreviate(code()));
    Checks.check(!name().isBlank(), "wellbeing services county %s: name is blank", code());
  }

  /**
   * Builds a {@link WellbeingServicesCounty}; {@code build()} fails fast on a missing or malformed
   * field.
   */
  public static final class Builder extends ImmutableWellbeingServicesCounty.Builder {
    Builder() {}
  }
}
