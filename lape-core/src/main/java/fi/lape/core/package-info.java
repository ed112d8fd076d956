/**
 * The LAPE domain: who sits in which group, representing which sectors and voices, for which term.
 *
 * <p>Every type is an immutable value built with a fail-fast builder. Persons are known by
 * pseudonymous ids; their names and contact details are optional and never appear in messages.
 *
 * <pre>{@code
 * Membership chair = Membership.builder()
 *     .id("m1").personId("p1").organisationId("orimattila")
 *     .role(Role.CHAIR).addSector(Sector.EARLY_CHILDHOOD_EDUCATION)
 *     .term(Term.from(LocalDate.of(2017, 1, 1)))
 *     .build();
 * }</pre>
 *
 * <h2>Builders</h2>
 *
 * <p>The small values ({@link Term}, {@link TimeSlot}, {@link Scope}, {@link GroupLink}, {@link
 * RegionMembership}, {@link DatasetProblem}) have factory methods. Every other value type {@code X} of this package and of
 * {@link fi.lape.core.policy} and {@link fi.lape.core.report} has {@code X.builder()}, which returns
 * an {@code X.Builder} with
 *
 * <ul>
 *   <li>one method per attribute, named after it: {@code id(String)}, {@code term(Term)}; for an
 *       optional attribute also a variant taking an {@code Optional};
 *   <li>for a list or set attribute such as {@code sectors()}: {@code addSector(Sector)}, {@code
 *       addSectors(Sector...)}, {@code addAllSectors(Iterable)}, and {@code sectors(Iterable)},
 *       which replaces what was added; for a map such as {@code severityOverrides()}: {@code
 *       putSeverityOverride(key, value)}, {@code putAllSeverityOverrides(Map)} and {@code
 *       severityOverrides(Map)};
 *   <li>{@code from(X)}, which copies an existing value's attributes; collection elements are
 *       added to what the builder holds, not replaced;
 *   <li>{@code build()}, which checks the value's invariants and throws a {@link
 *       LapeValidationException} naming the type, the id and the field at fault (a missing
 *       required attribute included), never a person's name or contact details.
 * </ul>
 *
 * <p>Builders are not thread-safe; the values they build are immutable and thread-safe. Attributes
 * never hold {@code null}: passing one throws a {@code NullPointerException} naming the attribute.
 */
@LapeStyle
package fi.lape.core;

import fi.lape.core.internal.LapeStyle;
