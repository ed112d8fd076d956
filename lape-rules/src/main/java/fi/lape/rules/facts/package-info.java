/**
 * The facts lape's rules reason over, and the conclusions they draw, for your own DRL rules to
 * match as well (see {@link fi.lape.rules.GroupAssessor.Builder#addRules(String, String)}).
 *
 * <p>Java prepares only what is true on the assessment day: a {@link Seat} per membership active
 * that day, a {@link GroupFact} per group, a {@link LinkFact} per link in each direction, an
 * {@link OrganisationFact} per organisation, a {@link Tenure} per membership of an advisory group
 * (its whole term, for the meeting days), a {@link MeetingDayFact} per meeting day, the policy's
 * requirements as {@link RequirementFact}s with their {@link Criterion} atoms, the policy's
 * {@link fi.lape.core.policy.Thresholds}, an {@link EnabledRule} per optional rule the policy
 * switches on, and the {@link AssessmentDay}. A seat carries the person's gender when recorded
 * (personal data, for counts only). Everything else is concluded by the rules and inserted as
 * facts: {@link SeatMeetsClause}, {@link SeatMeetsRequirement}, {@link LinkedWitness},
 * {@link RequirementOutcome}, {@link GroupComposition}, {@link CoverageRuleFailed} and
 * {@link Multidisciplinary}.
 *
 * <pre>{@code
 * rule "ORIMATTILA-01 a LAPE group of at least five"
 * when
 *     $g : GroupFact( kind == GroupKind.MUNICIPAL_LAPE_GROUP, municipality == "560" )
 *     accumulate( Seat( groupId == $g.groupId, !deputy, $p : personId );
 *                 $persons : collectSet( $p ); $persons.size() < 5 )
 * then
 *     insert( Findings.of($g, "ORIMATTILA-01", Severity.WARNING, $persons.size()) );
 * end
 * }</pre>
 */
package fi.lape.rules.facts;
