/**
 * Reproducible generators of valid LAPE data, a minimiser and a small property runner, for checking
 * code that reads, assesses or writes LAPE groups against many generated cases.
 *
 * <ul>
 *   <li>{@link fi.lape.testkit.Gen}: a generator from a {@link java.util.random.RandomGenerator} and
 *       a size, with the one-line glue for JUnit 5 and Jazzer.
 *   <li>{@link fi.lape.testkit.Generators}: datasets, groups of every kind, organisations, persons,
 *       memberships, policies; and groups that are compliant, fail one requirement, or meet one
 *       barely.
 *   <li>{@link fi.lape.testkit.GroupCase}: a group in its dataset with the day to assess it on.
 *   <li>{@link fi.lape.testkit.Minimiser}: a smallest group for which a predicate still holds.
 *   <li>{@link fi.lape.testkit.Property}: many cases from seeds, the failing seed and the minimised
 *       example on failure, replay with {@code -Dlape.seed}.
 * </ul>
 *
 * <pre>{@code
 * Property.forAllGroups(Generators.failing(Policies.nationalBaseline(), "LAPE-M02"))
 *     .named("a group without sote is not multidisciplinary")
 *     .check(example -> assertFalse(assessor.assess(example).multidisciplinary()));
 * }</pre>
 */
package fi.lape.testkit;
