package fi.lape.core;

import org.immutables.value.Value;

/**
 * A documented "special reason" (erityinen syy) for which a group departs from the statutory
 * gender balance of the Act on Equality between Women and Men (609/1986), section 4 a: with it,
 * rule LAPE-L01 reports the departure as advice instead of a finding against the group.
 *
 * <p>The reason is the body's own free text and may mention people, so lape keeps it in the dataset
 * but never writes it into {@code toString()}, findings or reports: they say only that a reason is
 * recorded.
 *
 * <pre>{@code
 * Group steering = Group.builder()...
 *     .genderBalanceWaiver(GenderBalanceWaiver.of(
 *         "Jäsenet nimetään virka-aseman perusteella (kunnanhallitus 12.3.2018 § 45)"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class GenderBalanceWaiver {
  GenderBalanceWaiver() {}

  /** The special reason, as the body documented it (not shown in any output). */
  @Value.Parameter
  @Value.Redacted
  public abstract String reason();

  /** A waiver with {@code reason}. */
  public static GenderBalanceWaiver of(String reason) {
    return ImmutableGenderBalanceWaiver.of(reason);
  }

  @Value.Check
  final void check() {
    fi.lape.core.internal.Checks.check(!reason().isBlank(),
        "genderBalanceWaiver: reason is blank");
  }
}
