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
 */
@LapeStyle
package fi.lape.core;

import fi.lape.core.internal.LapeStyle;
