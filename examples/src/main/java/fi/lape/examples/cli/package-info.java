/**
 * The {@code lape} command line ({@link fi.lape.examples.cli.LapeCli}): assess datasets or the
 * sample data, show a group's compliance over time, list the rule catalogue, print the JSON
 * Schemas. Its fixed words come from resource bundles in Finnish, Swedish and English.
 */
package fi.lape.examples.cli;
