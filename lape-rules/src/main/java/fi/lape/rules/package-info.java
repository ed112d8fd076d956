/**
 * Assesses LAPE groups with Drools: {@link fi.lape.rules.GroupAssessor} applies a coverage policy
 * and the rule catalogue to a dataset on a day and returns lape-core's report values;
 * {@link fi.lape.rules.AssessedGroup} is the fact users' own DRL rules match.
 */
package fi.lape.rules;
