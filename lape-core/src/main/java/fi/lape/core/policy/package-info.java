/**
 * Coverage policies: which sectors, branches, voices, duties or roles a kind of group must cover,
 * how many distinct members it takes, how severe a gap is, and the source each requirement cites.
 * Policies are data; {@link fi.lape.core.policy.Policies} ships the national baseline and the
 * Päijät-Häme and Pohjois-Savo 2017 profiles, and {@link fi.lape.core.policy.Rule} lists the rule
 * catalogue.
 */
@LapeStyle
package fi.lape.core.policy;

import fi.lape.core.internal.LapeStyle;
