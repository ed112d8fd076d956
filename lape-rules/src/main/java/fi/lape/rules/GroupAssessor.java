package fi.lape.rules;

import fi.lape.core.Dataset;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.report.AssessmentReport;
import fi.lape.core.report.ComplianceTimeline;
import fi.lape.core.report.GroupAssessment;
import fi.lape.rules.internal.AssessmentEngine;
import fi.lape.rules.internal.UserRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Assesses LAPE groups under one {@link CoveragePolicy}: per group the verdict, whether it is
 * multidisciplinary and why, the findings of every rule of the catalogue ({@link
 * fi.lape.core.policy.Rule}) and a coverage line per requirement.
 *
 * <p>Build one assessor per policy and share it: it is immutable and thread-safe. The rules are
 * Drools rules compiled into Drools' executable model when lape is built. The rule base they make is
 * built once per JVM and shared: making the first assessor starts building it on a daemon thread,
 * so create the assessor before reading your data to overlap the two; the first assessment waits
 * for it (or builds it). Every call runs in sessions of its own that are always disposed: one per
 * region of the dataset, since lape's rules never relate groups of two regions, so that the time
 * per group does not grow with the dataset; with users' rules, one for the whole dataset.
 *
 * <pre>{@code
 * GroupAssessor assessor = GroupAssessor.of(Policies.paijatHame2017());
 * GroupAssessment lape = assessor.assess(dataset, "orimattila-lape", LocalDate.of(2018, 1, 15));
 * if (!lape.isCompliant()) {
 *   lape.findings().forEach(f -> System.out.println(f.ruleId() + " " + f.message(Locale.ENGLISH)));
 * }
 * }</pre>
 *
 * <h2>Semantics</h2>
 * Java prepares the facts of the day ({@link fi.lape.rules.facts}); the DRL decides, one file per
 * area, each rule named by the catalogue id it decides ({@link RuleBase} says where).
 * <ul>
 *   <li>Everything is assessed as of a day: a membership counts when its term contains the day,
 *       per distinct person; a deputy (role DEPUTY_MEMBER or deputy of someone) never counts. A
 *       member of an organisation of kind NGO counts as civil society, of kind PARISH as a parish,
 *       even without sectors.
 *   <li>A requirement applies to the groups of its kinds, municipalities and region (a municipal
 *       group's region is its municipality's on the day). It is met by enough distinct persons and
 *       organisations whose seats meet its criteria (any of {@code anyOf}, all of {@code allOf}),
 *       or by a linked group of a listed kind: a link in either direction, to a group whose term
 *       covers the day, with a member that day, in the same municipality or scoped to its region.
 *   <li>Multidisciplinarity (LAPE-M08) is concluded for every group: it fails when a coverage
 *       rule that is an error in its own right fails (M01, M02, M03, M05 for a municipal LAPE group;
 *       R01 for a regional steering group) or the counting members come from fewer distinct
 *       branches or organisations than the policy's thresholds.
 *   <li>LAPE-M07: a member of a municipality and a member representing a social and health sector;
 *       a member of a public body and one of civil society or a parish; two distinct persons of
 *       municipal organisations representing different sectors.
 *   <li>Cross-group rules (LAPE-M11, M13, R03) look only at groups whose own term covers the day,
 *       and report one finding per group listing the first ten others and how many more.
 *   <li>LAPE-A04: a meeting day is facilitated by a named facilitator who is a member of the group
 *       on that day and represents an organisation.
 *   <li>LAPE-D02: a sector the member's organisation does not list; and from 2023-01-01 a social
 *       and health sector claimed by a member of a municipality other than Helsinki (091).
 * </ul>
 */
public final class GroupAssessor {
  private final AssessmentEngine engine;

  private GroupAssessor(AssessmentEngine engine) {
    this.engine = engine;
  }

  /**
   * An assessor of {@code policy} with lape's rules only. Compiles nothing at run time: the rules
   * were compiled when lape was built.
   */
  public static GroupAssessor of(CoveragePolicy policy) {
    checkKnownIds(policy, null);
    return new GroupAssessor(new AssessmentEngine(policy, null));
  }

  /**
   * Every id a policy's overrides and switches name is a rule of the catalogue, a requirement of
   * the policy, or a rule of the users' DRL (when the policy asks for rule files that are not
   * compiled here, their ids cannot be checked).
   */
  private static void checkKnownIds(CoveragePolicy policy, UserRules userRules) {
    if (userRules == null && !policy.ruleFiles().isEmpty()) {
      return;
    }
    java.util.Set<String> known = new java.util.HashSet<>();
    for (fi.lape.core.policy.Rule rule : fi.lape.core.policy.Rule.values()) {
      known.add(rule.id());
    }
    for (fi.lape.core.policy.Requirement r : policy.requirements()) {
      known.add(r.id());
      known.add(r.ruleId());
    }
    if (userRules != null) {
      known.addAll(userRules.ruleIds());
    }
    check(policy, "severityOverrides", policy.severityOverrides().keySet(), known);
    check(policy, "disabledRules", policy.disabledRules(), known);
  }

  private static void check(CoveragePolicy policy, String field, java.util.Set<String> ids,
      java.util.Set<String> known) {
    for (String id : new java.util.TreeSet<>(ids)) {
      if (!known.contains(id)) {
        throw new fi.lape.core.LapeValidationException("policy " + policy.id() + ": " + field
            + ": " + fi.lape.core.internal.Checks.abbreviate(id) + " is neither a rule of the"
            + " catalogue, a requirement of the policy nor a rule of the added DRL");
      }
    }
  }

  /** A builder for an assessor with your own DRL rules on top of lape's. */
  public static Builder builder() {
    return new Builder();
  }

  /** The policy this assessor applies. */
  public CoveragePolicy policy() {
    return engine.policy();
  }

  /** Every group of {@code dataset} as of {@code asOf}, in dataset order. */
  public AssessmentReport assess(Dataset dataset, LocalDate asOf) {
    return engine.assess(dataset, asOf);
  }

  /**
   * The group with {@code groupId} as of {@code asOf}, in the context of its dataset (the
   * cross-group rules see the other groups).
   *
   * @throws fi.lape.core.LapeValidationException (an {@link IllegalArgumentException}) naming the
   *     id when the dataset has no such group
   */
  public GroupAssessment assess(Dataset dataset, String groupId, LocalDate asOf) {
    return engine.assess(dataset, groupId, asOf);
  }

  /**
   * The group's compliance from {@code from} to {@code to}, both inclusive, as consecutive
   * intervals with the same verdict and the same rules failing with errors. The group is assessed
   * on {@code from} and on every day a membership term starts or ends in between (when a
   * cross-group rule is an error under the policy, or the assessor has users' rules, the terms of
   * every group of the dataset and the region changes of the municipalities count too), so a group
   * that lost its only social-and-health member on 2018-02-28 is non-compliant from 2018-03-01.
   *
   * @throws fi.lape.core.LapeValidationException naming the id when the dataset has no such group,
   *     or when {@code to} is before {@code from}
   */
  public ComplianceTimeline timeline(Dataset dataset, String groupId, LocalDate from,
      LocalDate to) {
    return engine.timeline(dataset, groupId, from, to);
  }

  @Override
  public String toString() {
    return "GroupAssessor{" + policy().id() + "}";
  }

  /**
   * Builds an assessor with your own rules on top of lape's. Your DRL is compiled at run time when
   * {@link #build()} is called, which takes seconds rather than milliseconds and needs Drools'
   * rule compiler (a dependency of lape-rules): use {@link GroupAssessor#of(CoveragePolicy)} when
   * lape's rules are enough.
   *
   * <p>Your rules match {@link AssessedGroup} facts, one per group being assessed, and report by
   * inserting {@link fi.lape.core.report.Finding}s about that group. The policy's disabled rules and
   * severity overrides apply to your findings by their rule id (and requirement id, if set).
   *
   * <pre>{@code
   * GroupAssessor assessor = GroupAssessor.builder()
   *     .policy(Policies.nationalBaseline())
   *     .addRules("orimattila", """
   *         package orimattila
   *         import fi.lape.rules.AssessedGroup
   *         import fi.lape.core.GroupKind
   *         import fi.lape.core.policy.Severity
   *         rule "ORIMATTILA-01 at least five members"
   *         when
   *             $g : AssessedGroup( group.kind == GroupKind.MUNICIPAL_LAPE_GROUP,
   *                                 activeMemberships.size() < 5 )
   *         then
   *             insert($g.finding("ORIMATTILA-01", Severity.WARNING).build());
   *         end
   *         """)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private CoveragePolicy policy;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> messages = new LinkedHashMap<>();

    private Builder() {}

    /** The policy to apply; required. */
    public Builder policy(CoveragePolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Adds DRL source text under {@code name}, which compile errors name.
     *
     * @throws IllegalArgumentException if {@code name} is already used
     */
    public Builder addRules(String name, String drl) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(drl, "drl");
      if (sources.putIfAbsent(name, drl) != null) {
        throw new IllegalArgumentException("rules named " + name + " were already added");
      }
      return this;
    }

    /**
     * Adds the DRL file at {@code drl}, named by its path, with its messages when a bundle lies
     * beside it: for {@code orimattila.drl}, {@code orimattila.properties} (English),
     * {@code orimattila_fi.properties} and {@code orimattila_sv.properties}, UTF-8, keyed by
     * message key ({@code finding.ORIMATTILA-01}) or rule id.
     *
     * @throws UncheckedIOException naming the path when a file cannot be read
     */
    public Builder addRules(Path drl) {
      Objects.requireNonNull(drl, "drl");
      try {
        addRules(drl.toString(), Files.readString(drl, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("rules file " + drl + " cannot be read", e);
      }
      String file = drl.getFileName().toString();
      String base = file.endsWith(".drl") ? file.substring(0, file.length() - 4) : file;
      for (String language : java.util.List.of("en", "fi", "sv")) {
        Path bundle = drl.resolveSibling(base + (language.equals("en") ? "" : "_" + language)
            + ".properties");
        if (!Files.isRegularFile(bundle)) {
          continue;
        }
        java.util.Properties properties = new java.util.Properties();
        try (java.io.Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
          properties.load(reader);
        } catch (IOException e) {
          throw new UncheckedIOException("messages file " + bundle + " cannot be read", e);
        }
        for (String key : properties.stringPropertyNames()) {
          addMessage(key, language, properties.getProperty(key));
        }
      }
      return this;
    }

    /**
     * Adds the {@code language} ({@code fi}, {@code sv} or {@code en}) text of a message of your
     * rules: {@code key} is the finding's message key ({@code finding.ORIMATTILA-01}) or its rule
     * id, {@code pattern} a {@link java.text.MessageFormat} pattern over the finding's arguments.
     *
     * @throws IllegalArgumentException if the language is not fi, sv or en
     */
    public Builder addMessage(String key, String language, String pattern) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(pattern, "pattern");
      if (!java.util.List.of("fi", "sv", "en").contains(language)) {
        throw new IllegalArgumentException("message " + key + ": language " + language
            + " is not fi, sv or en");
      }
      messages.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(language, pattern);
      return this;
    }

    /**
     * Compiles the added rules and builds the assessor.
     *
     * @throws IllegalStateException if no policy was set
     * @throws fi.lape.core.LapeValidationException listing every compile error by rules name and
     *     line
     */
    public GroupAssessor build() {
      if (policy == null) {
        throw new IllegalStateException("GroupAssessor.builder(): policy is not set");
      }
      UserRules userRules = sources.isEmpty() ? null
          : UserRules.compile(sources, messages, AssessedGroup::new);
      checkKnownIds(policy, userRules);
      return new GroupAssessor(new AssessmentEngine(policy, userRules));
    }
  }
}
