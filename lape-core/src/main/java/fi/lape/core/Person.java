package fi.lape.core;

import fi.lape.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person who sits in groups, known by a pseudonymous id. The name, contact details and gender are
 * optional {@link PersonalData}: they never appear in {@code toString()}, messages or reports.
 *
 * <pre>{@code
 * Person parent = Person.builder().id("p-017").homeMunicipality("560").build();
 * }</pre>
 */
@Value.Immutable
public abstract class Person {
  Person() {}

  /** The pseudonymous id, unique in a dataset. */
  public abstract String id();

  /** The person's name, if the caller chose to keep it. */
  @PersonalData
  @Value.Redacted
  public abstract Optional<String> name();

  /** An e-mail address, if the caller chose to keep it. */
  @PersonalData
  @Value.Redacted
  public abstract Optional<String> email();

  /** A telephone number, if the caller chose to keep it. */
  @PersonalData
  @Value.Redacted
  public abstract Optional<String> phone();

  /**
   * The person's gender, if the caller chose to keep it: read only by the optional gender-balance
   * rule LAPE-L01, which reports counts, never a person's gender.
   */
  @PersonalData
  @Value.Redacted
  public abstract Optional<Gender> gender();

  /** The code of the municipality the person lives in, if known (rule LAPE-A03 counts them). */
  public abstract Optional<String> homeMunicipality();

  /** Whether any personal data is kept for this person. */
  public final boolean hasPersonalData() {
    return name().isPresent() || email().isPresent() || phone().isPresent()
        || gender().isPresent();
  }

  /** This person with the name, contact details and gender removed. */
  public final Person withoutPersonalData() {
    if (!hasPersonalData()) {
      return this;
    }
    return builder().id(id()).homeMunicipality(homeMunicipality()).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.personId("person", "", "id", id());
    homeMunicipality().ifPresent(code -> Checks.check(Municipality.isCode(code),
        "person %s: homeMunicipality is not a three-digit code (%d characters, %s)", id(),
        code.length(), Checks.NOT_SHOWN));
  }

  /** Builds a {@link Person}; {@code build()} fails fast on a missing or malformed field. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
