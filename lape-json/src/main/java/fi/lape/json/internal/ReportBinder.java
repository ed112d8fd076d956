package fi.lape.json.internal;

import fi.lape.json.ProblemCode;
import fi.lape.core.Branch;
import fi.lape.core.GroupKind;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.AssessmentReport;
import fi.lape.core.report.CoverageLine;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import fi.lape.core.report.Multidisciplinarity;
import fi.lape.core.report.Verdict;
import fi.lape.json.LapeDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds an assessment report. Derived values (compliant, verdict, multidisciplinary, satisfied,
 * deficit) are optional on read and recomputed; a written value that disagrees is a problem, since
 * the document would then say one thing and the report another. Rendered texts (message, reason)
 * and the language are ignored: they depend on the writer's language and bundles.
 */
final class ReportBinder extends Binder {
  private final PolicyBinder criteria;

  ReportBinder(Problems problems, Options options) {
    super(problems, options);
    this.criteria = new PolicyBinder(problems, options);
  }

  /** The report, or null when anything is wrong (every problem recorded). */
  AssessmentReport report(Tree.Node node, boolean document) {
    Tree.Obj root = root(node, LapeDocument.REPORT, document, "language", "asOf", "policyId",
        "compliant", "groups");
    if (root == null) {
      return null;
    }
    int mark = mark();
    optional(root, "language", this::language);
    LocalDate asOf = get(root, "asOf", REQUIRED, this::date);
    String policyId = get(root, "policyId", REQUIRED, this::id);
    Optional<Boolean> compliant = optional(root, "compliant", this::bool);
    List<GroupAssessment> groups = list(root, "groups", n -> group(n, asOf, true));
    unique(root, "groups", "groupId", ProblemCode.INCONSISTENT_REPORT, "assessedTwice");
    if (!cleanSince(mark)) {
      return null;
    }
    AssessmentReport report = build(root, () -> AssessmentReport.builder().asOf(asOf)
        .policyId(policyId).groups(groups).build());
    if (report != null && compliant.isPresent() && compliant.get() != report.isCompliant()) {
      derivedMismatch(root.get("compliant"), "compliant", compliant.get(), report.isCompliant(),
          "the groups' verdicts");
    }
    return report;
  }

  private String language(Tree.Node node) {
    String language = string(node);
    if (language != null && !List.of("fi", "sv", "en").contains(language)) {
      problems.add(node, ProblemCode.UNKNOWN_CODE, "unknownLanguage",
          language.matches("[a-z]{2,3}") ? "\"" + language + "\"" : Text.shape(language));
      return null;
    }
    return language;
  }

  /**
   * A group's assessment; inside a report, {@code asOf} defaults to the report's ({@code
   * reportAsOf}, null when the report's own is missing or wrong, a problem already recorded).
   */
  GroupAssessment group(Tree.Node node, LocalDate reportAsOf, boolean inReport) {
    Tree.Obj o = object(node, "groupId", "groupKind", "asOf", "verdict", "multidisciplinarity",
        "findings", "coverage");
    if (o == null) {
      return null;
    }
    int mark = mark();
    String groupId = get(o, "groupId", REQUIRED, this::id);
    GroupKind kind = get(o, "groupKind", REQUIRED, code(GroupKind.class));
    LocalDate asOf = o.get("asOf") != null || !inReport
        ? get(o, "asOf", REQUIRED, this::date) : reportAsOf;
    if (inReport && asOf != null && reportAsOf != null && !asOf.equals(reportAsOf)) {
      problems.add(o.get("asOf"), ProblemCode.INCONSISTENT_REPORT, "otherDay", asOf.toString(),
          reportAsOf.toString());
    }
    Optional<Verdict> verdict = optional(o, "verdict", code(Verdict.class));
    Multidisciplinarity multidisciplinarity =
        get(o, "multidisciplinarity", REQUIRED, this::multidisciplinarity);
    List<Finding> findings = list(o, "findings", n -> finding(n, groupId, true));
    List<CoverageLine> coverage = list(o, "coverage", this::coverageLine);
    if (!cleanSince(mark) || asOf == null || findings.size() != count(o, "findings")) {
      return null;
    }
    GroupAssessment assessment = build(o, () -> GroupAssessment.builder().groupId(groupId)
        .groupKind(kind).asOf(asOf).multidisciplinarity(multidisciplinarity).findings(findings)
        .coverage(coverage).build());
    if (assessment != null && verdict.isPresent() && verdict.get() != assessment.verdict()) {
      derivedMismatch(o.get("verdict"), "verdict", verdict.get(), assessment.verdict(),
          "the findings' severities");
    }
    return assessment;
  }

  Multidisciplinarity multidisciplinarity(Tree.Node node) {
    Tree.Obj o = object(node, "multidisciplinary", "reason", "failedRules", "branches",
        "organisations", "minBranches", "minOrganisations");
    if (o == null) {
      return null;
    }
    int mark = mark();
    // A conclusion of the rules (LAPE-M08), read as written.
    Boolean written = get(o, "multidisciplinary", REQUIRED, this::bool);
    optional(o, "reason", this::string);
    List<String> failedRules = list(o, "failedRules", this::id);
    Set<Branch> branches = set(o, "branches", code(Branch.class));
    Integer organisations = get(o, "organisations", REQUIRED, integer(0));
    Integer minBranches = get(o, "minBranches", REQUIRED, integer(0));
    Integer minOrganisations = get(o, "minOrganisations", REQUIRED, integer(0));
    if (!cleanSince(mark)) {
      return null;
    }
    Multidisciplinarity value = build(o, () -> Multidisciplinarity.builder()
        .failedRules(failedRules).branches(branches).organisations(organisations)
        .minBranches(minBranches).minOrganisations(minOrganisations)
        .multidisciplinary(written).build());
    return value;
  }

  /**
   * A finding; inside a group's assessment, {@code groupId} defaults to the group's ({@code
   * groupId}, null when that is missing or wrong, a problem already recorded).
   */
  Finding finding(Tree.Node node, String groupId, boolean inGroup) {
    Tree.Obj o = object(node, "ruleId", "requirementId", "severity", "groupId",
        "membershipIds", "personIds", "message", "messageKey", "arguments", "citation",
        "messages");
    if (o == null) {
      return null;
    }
    int mark = mark();
    String ruleId = get(o, "ruleId", REQUIRED, this::id);
    Optional<String> requirementId = optional(o, "requirementId", this::id);
    Severity severity = get(o, "severity", REQUIRED, code(Severity.class));
    String about = o.get("groupId") != null || !inGroup
        ? get(o, "groupId", REQUIRED, this::id) : groupId;
    if (inGroup && about != null && groupId != null && !about.equals(groupId)) {
      problems.add(o.get("groupId"), ProblemCode.INCONSISTENT_REPORT, "otherGroup",
          Text.id(groupId), Text.id(about));
    }
    List<String> membershipIds = list(o, "membershipIds", this::id);
    List<String> personIds = list(o, "personIds", this::id);
    optional(o, "message", this::string);
    String messageKey = get(o, "messageKey", REQUIRED, this::text);
    List<String> arguments = list(o, "arguments", this::string);
    Optional<String> citation = optional(o, "citation", this::string);
    Map<String, String> messages = o.get("messages") == null ? Map.of()
        : get(o, "messages", REQUIRED, this::messages);
    return cleanSince(mark) && about != null
        ? build(o, () -> {
            Finding.Builder finding = Finding.builder().ruleId(ruleId)
                .requirementId(requirementId).severity(severity).groupId(about)
                .membershipIds(membershipIds).personIds(personIds).messageKey(messageKey)
                .arguments(arguments).messages(messages);
            citation.ifPresent(finding::citation);
            return finding.build();
          })
        : null;
  }

  CoverageLine coverageLine(Tree.Node node) {
    Tree.Obj o = object(node, "requirementId", "ruleId", "severity", "satisfied", "required",
        "distinctPersons", "deficit", "distinctOrganisations", "requiredOrganisations",
        "witnessIds", "linkedGroupIds", "wouldSatisfy");
    if (o == null) {
      return null;
    }
    int mark = mark();
    String requirementId = get(o, "requirementId", REQUIRED, this::id);
    String ruleId = get(o, "ruleId", REQUIRED, this::id);
    Severity severity = get(o, "severity", REQUIRED, code(Severity.class));
    // A conclusion of the rules, read as written.
    Boolean satisfied = get(o, "satisfied", REQUIRED, this::bool);
    Integer required = get(o, "required", REQUIRED, integer(1));
    Integer distinctPersons = get(o, "distinctPersons", REQUIRED, integer(0));
    Optional<Integer> deficit = optional(o, "deficit", integer(0));
    Optional<Integer> distinctOrganisations = optional(o, "distinctOrganisations", integer(0));
    Optional<Integer> requiredOrganisations = optional(o, "requiredOrganisations", integer(0));
    List<String> witnessIds = list(o, "witnessIds", this::id);
    List<String> linkedGroupIds = list(o, "linkedGroupIds", this::id);
    Criteria wouldSatisfy = o.get("wouldSatisfy") == null ? Criteria.builder().build()
        : get(o, "wouldSatisfy", REQUIRED, criteria::criteria);
    int witnesses = count(o, "witnessIds");
    if (distinctPersons != null && distinctPersons > witnesses) {
      problems.add(o.get("distinctPersons"), ProblemCode.INCONSISTENT_REPORT, "moreThanWitnesses",
          distinctPersons, witnesses);
    }
    if (!cleanSince(mark)) {
      return null;
    }
    CoverageLine line = build(o, () -> {
      CoverageLine.Builder builder = CoverageLine.builder().requirementId(requirementId)
          .ruleId(ruleId).severity(severity).required(required).distinctPersons(distinctPersons)
          .witnessIds(witnessIds).linkedGroupIds(linkedGroupIds).wouldSatisfy(wouldSatisfy)
          .satisfied(satisfied);
      distinctOrganisations.ifPresent(builder::distinctOrganisations);
      requiredOrganisations.ifPresent(builder::requiredOrganisations);
      return builder.build();
    });
    if (line == null) {
      return null;
    }
    if (deficit.isPresent() && deficit.get() != line.deficit()) {
      derivedMismatch(o.get("deficit"), "deficit", deficit.get(), line.deficit(),
          "required, distinctPersons and linkedGroupIds");
    }
    return line;
  }

  private void derivedMismatch(Tree.Node at, String name, Object written, Object computed,
      String from) {
    tolerate(at, ProblemCode.DERIVED_VALUE_MISMATCH, "derivedMismatch", name,
        String.valueOf(written), from, String.valueOf(computed));
  }
}
