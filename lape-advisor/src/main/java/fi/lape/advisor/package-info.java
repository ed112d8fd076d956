/**
 * Advice on LAPE groups, decided by lape's rules: whom to invite so that a group complies ({@link
 * fi.lape.advisor.Advisor#suggest}), what a planned change would do ({@link
 * fi.lape.advisor.Advisor#whatIf}), and the JSON documents of both and of the compliance timeline
 * ({@code AdvisorJson}).
 *
 * <p>Nothing here re-implements a rule: every answer comes from assessing hypothetical versions of
 * the group with {@link fi.lape.rules.GroupAssessor}.
 */
package fi.lape.advisor;
