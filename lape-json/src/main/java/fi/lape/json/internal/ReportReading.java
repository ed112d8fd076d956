package fi.lape.json.internal;

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
import fi.lape.json.ProblemCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a bound report document, or one of its parts, into lape-core's values; derived values
 * written in the document are checked against the ones the values compute.
 */
final class ReportReading extends PolicyReading {
  ReportReading(WireParser parser, Options options) {
    super(parser, options);
  }

  /** The report of a whole document, or null when anything is wrong (recorded). */
  AssessmentReport report(Wire.ReportDoc doc) {
    if (doc == null || !document(doc.format, doc.version, LapeDocument.REPORT)) {
      return null;
    }
    At root = At.ROOT;
    int mark = mark();
    optional(doc.language, root, "language", this::language);
    LocalDate asOf = required(doc.asOf, root, "asOf", this::date);
    String policyId = required(doc.policyId, root, "policyId", this::id);
    Optional<Boolean> compliant = optional(doc.compliant, root, "compliant", this::bool);
    List<GroupAssessment> groups =
        list(doc.groups, root, "groups", (g, at) -> group(g, at, asOf, true));
    unique(doc.groups, root, "groups", g -> g.groupId, "groupId",
        ProblemCode.INCONSISTENT_REPORT, "assessedTwice");
    if (!cleanSince(mark)) {
      return null;
    }
    AssessmentReport report = build(root, () -> AssessmentReport.builder().asOf(asOf)
        .policyId(policyId).groups(groups).build());
    if (report != null && compliant.isPresent() && compliant.get() != report.isCompliant()) {
      derivedMismatch(root.member("compliant"), "compliant", compliant.get(),
          report.isCompliant(), "the groups' verdicts");
    }
    return report;
  }

  private String language(String language, At at) {
    if (!List.of("fi", "sv", "en").contains(language)) {
      problem(at, ProblemCode.UNKNOWN_CODE, "unknownLanguage",
          language.matches("[a-z]{2,3}") ? "\"" + language + "\"" : Text.shape(language));
      return null;
    }
    return language;
  }

  private Boolean bool(Boolean value, At at) {
    return value;
  }

  /**
   * A group's assessment; inside a report, {@code asOf} defaults to the report's ({@code
   * reportAsOf}, null when the report's own is missing or wrong, a problem already recorded).
   */
  GroupAssessment group(Wire.GroupAssessment w, At at, LocalDate reportAsOf, boolean inReport) {
    int mark = mark();
    String groupId = required(w.groupId, at, "groupId", this::id);
    GroupKind kind = required(w.groupKind, at, "groupKind", code(GroupKind.class));
    LocalDate asOf = w.asOf != null || presentButNull(at, "asOf") || !inReport
        ? required(w.asOf, at, "asOf", this::date) : reportAsOf;
    if (inReport && asOf != null && reportAsOf != null && !asOf.equals(reportAsOf)) {
      problem(at.member("asOf"), ProblemCode.INCONSISTENT_REPORT, "otherDay", asOf.toString(),
          reportAsOf.toString());
    }
    Optional<Verdict> verdict = optional(w.verdict, at, "verdict", code(Verdict.class));
    Multidisciplinarity multidisciplinarity =
        required(w.multidisciplinarity, at, "multidisciplinarity", this::multidisciplinarity);
    List<Finding> findings = list(w.findings, at, "findings", (f, a) -> finding(f, a, groupId,
        true));
    List<CoverageLine> coverage = list(w.coverage, at, "coverage", this::coverageLine);
    int written = w.findings == null ? 0 : w.findings.size();
    if (!cleanSince(mark) || asOf == null || findings.size() != written) {
      return null;
    }
    GroupAssessment assessment = build(at, () -> GroupAssessment.builder().groupId(groupId)
        .groupKind(kind).asOf(asOf).multidisciplinarity(multidisciplinarity).findings(findings)
        .coverage(coverage).build());
    if (assessment != null && verdict.isPresent() && verdict.get() != assessment.verdict()) {
      derivedMismatch(at.member("verdict"), "verdict", verdict.get(), assessment.verdict(),
          "the findings' severities");
    }
    return assessment;
  }

  Multidisciplinarity multidisciplinarity(Wire.Multidisciplinarity w, At at) {
    int mark = mark();
    // A conclusion of the rules (LAPE-M08), read as written.
    Boolean written = required(w.multidisciplinary, at, "multidisciplinary");
    optional(w.reason, at, "reason");
    List<String> failedRules = list(w.failedRules, at, "failedRules", this::id);
    Set<Branch> branches = set(w.branches, at, "branches", code(Branch.class));
    Integer organisations = required(w.organisations, at, "organisations", integer(0));
    Integer minBranches = required(w.minBranches, at, "minBranches", integer(0));
    Integer minOrganisations = required(w.minOrganisations, at, "minOrganisations", integer(0));
    if (!cleanSince(mark)) {
      return null;
    }
    return build(at, () -> Multidisciplinarity.builder()
        .failedRules(failedRules).branches(branches).organisations(organisations)
        .minBranches(minBranches).minOrganisations(minOrganisations)
        .multidisciplinary(written).build());
  }

  /**
   * A finding; inside a group's assessment, {@code groupId} defaults to the group's ({@code
   * groupId}, null when that is missing or wrong, a problem already recorded).
   */
  Finding finding(Wire.Finding w, At at, String groupId, boolean inGroup) {
    int mark = mark();
    String ruleId = required(w.ruleId, at, "ruleId", this::id);
    Optional<String> requirementId = optional(w.requirementId, at, "requirementId", this::id);
    Severity severity = required(w.severity, at, "severity", code(Severity.class));
    String about = w.groupId != null || presentButNull(at, "groupId") || !inGroup
        ? required(w.groupId, at, "groupId", this::id) : groupId;
    if (inGroup && about != null && groupId != null && !about.equals(groupId)) {
      problem(at.member("groupId"), ProblemCode.INCONSISTENT_REPORT, "otherGroup",
          Text.id(groupId), Text.id(about));
    }
    List<String> membershipIds = list(w.membershipIds, at, "membershipIds", this::id);
    List<String> personIds = list(w.personIds, at, "personIds", this::id);
    optional(w.message, at, "message");
    String messageKey = required(w.messageKey, at, "messageKey", this::text);
    List<String> arguments = list(w.arguments, at, "arguments", this::string);
    Optional<String> citation = optional(w.citation, at, "citation", this::string);
    Map<String, String> messages = w.messages == null && !presentButNull(at, "messages")
        ? Map.of() : required(w.messages, at, "messages", this::messages);
    return cleanSince(mark) && about != null
        ? build(at, () -> {
            Finding.Builder finding = Finding.builder().ruleId(ruleId)
                .requirementId(requirementId).severity(severity).groupId(about)
                .membershipIds(membershipIds).personIds(personIds).messageKey(messageKey)
                .arguments(arguments).messages(messages);
            citation.ifPresent(finding::citation);
            return finding.build();
          })
        : null;
  }

  CoverageLine coverageLine(Wire.CoverageLine w, At at) {
    int mark = mark();
    String requirementId = required(w.requirementId, at, "requirementId", this::id);
    String ruleId = required(w.ruleId, at, "ruleId", this::id);
    Severity severity = required(w.severity, at, "severity", code(Severity.class));
    // A conclusion of the rules, read as written.
    Boolean satisfied = required(w.satisfied, at, "satisfied");
    Integer required = required(w.required, at, "required", integer(1));
    Integer distinctPersons = required(w.distinctPersons, at, "distinctPersons", integer(0));
    Optional<Integer> deficit = optional(w.deficit, at, "deficit", integer(0));
    Optional<Integer> distinctOrganisations =
        optional(w.distinctOrganisations, at, "distinctOrganisations", integer(0));
    Optional<Integer> requiredOrganisations =
        optional(w.requiredOrganisations, at, "requiredOrganisations", integer(0));
    List<String> witnessIds = list(w.witnessIds, at, "witnessIds", this::id);
    List<String> linkedGroupIds = list(w.linkedGroupIds, at, "linkedGroupIds", this::id);
    Criteria wouldSatisfy = w.wouldSatisfy == null && !presentButNull(at, "wouldSatisfy")
        ? Criteria.builder().build()
        : required(w.wouldSatisfy, at, "wouldSatisfy", this::criteria);
    int witnesses = w.witnessIds == null ? 0 : w.witnessIds.size();
    if (distinctPersons != null && distinctPersons > witnesses) {
      problem(at.member("distinctPersons"), ProblemCode.INCONSISTENT_REPORT,
          "moreThanWitnesses", distinctPersons, witnesses);
    }
    if (!cleanSince(mark)) {
      return null;
    }
    CoverageLine line = build(at, () -> {
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
      derivedMismatch(at.member("deficit"), "deficit", deficit.get(), line.deficit(),
          "required, distinctPersons and linkedGroupIds");
    }
    return line;
  }

  private void derivedMismatch(At at, String name, Object written, Object computed,
      String from) {
    tolerate(at, ProblemCode.DERIVED_VALUE_MISMATCH, "derivedMismatch", name,
        String.valueOf(written), from, String.valueOf(computed));
  }
}
