package fi.lape.examples.cli;

import fi.lape.core.Coded;
import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.GroupKind;
import fi.lape.core.Membership;
import fi.lape.core.Organisation;
import fi.lape.core.Person;
import fi.lape.core.Scope;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Rule;
import fi.lape.core.report.AssessmentReport;
import fi.lape.core.report.CoverageLine;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import fi.lape.core.report.Multidisciplinarity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Renders an assessment report for people: per group the verdict, multidisciplinarity with its
 * reason, a coverage matrix of requirements against active members, and the findings. Members are
 * shown by membership id; a person's name only when {@code showNames} is set and the dataset has
 * one.
 */
final class AssessmentText {
  private static final String INDENT = "  ";

  private final Messages messages;
  private final Locale locale;
  private final boolean showNames;

  AssessmentText(Messages messages, boolean showNames) {
    this.messages = messages;
    this.locale = messages.locale();
    this.showNames = showNames;
  }

  /**
   * The report as text.
   *
   * @param source what was assessed, e.g. the file name or "built-in sample data"
   * @param policyName the applied policy's name, shown beside its id
   */
  String render(AssessmentReport report, Dataset dataset, String source, String policyName) {
    StringBuilder out = new StringBuilder();
    out.append(messages.get("report.title", report.asOf(), policyName, report.policyId(), source))
        .append('\n');
    for (GroupAssessment assessment : report.groups()) {
      out.append('\n');
      group(out, assessment, dataset);
    }
    long compliant = report.groups().stream().filter(GroupAssessment::isCompliant).count();
    out.append('\n').append(messages.get("report.summary", report.groups().size(), compliant,
        report.groups().size() - compliant)).append('\n');
    List<String> failing = report.groups().stream().filter(g -> !g.isCompliant())
        .map(GroupAssessment::groupId).collect(Collectors.toList());
    if (!failing.isEmpty()) {
      out.append(messages.get("report.nonCompliant", String.join(", ", failing), failing.size()))
          .append('\n');
    }
    return out.toString();
  }

  private void group(StringBuilder out, GroupAssessment assessment, Dataset dataset) {
    Optional<Group> group = dataset.group(assessment.groupId());
    out.append("== ").append(assessment.groupId());
    group.ifPresent(g -> out.append(": ").append(g.name()));
    out.append('\n');
    String kind = assessment.groupKind().displayName(locale);
    out.append(INDENT).append(group.map(g -> messages.get("group.kindScope", kind,
        scope(g.scope(), dataset))).orElse(kind)).append('\n');
    group.flatMap(g -> g.scope().municipality()).ifPresent(code ->
        new PlaceLines(messages, dataset.geography()).append(out, INDENT, code,
            assessment.asOf()));

    List<Membership> active = group.map(g -> g.activeMemberships(assessment.asOf()))
        .orElse(List.of());
    Labels labels = new Labels(messages, "group.verdict", "group.multidisciplinary",
        "group.activeMembers");
    out.append(INDENT).append(labels.label("group.verdict"))
        .append(assessment.verdict().displayName(locale)).append('\n');
    out.append(INDENT).append(labels.label("group.multidisciplinary"))
        .append(multidisciplinarity(assessment.multidisciplinarity(), assessment.groupKind()))
        .append('\n');
    if (group.isPresent()) {
      out.append(INDENT).append(labels.label("group.activeMembers")).append(active.size())
          .append('\n');
    }

    if (assessment.coverage().isEmpty()) {
      out.append(INDENT).append(messages.get("coverage.none")).append('\n');
    } else {
      coverage(out, assessment.coverage(), active);
      members(out, active, dataset);
    }
    findings(out, assessment.findings());
  }

  private String multidisciplinarity(Multidisciplinarity m, GroupKind kind) {
    String answer = messages.get(m.multidisciplinary() ? "group.multidisciplinary.yes"
        : "group.multidisciplinary.no", m.reason(locale));
    if (!Rule.M08.groupKinds().contains(kind)) {
      answer += " " + messages.get("group.multidisciplinary.notRequired");
    }
    return answer;
  }

  private void coverage(StringBuilder out, List<CoverageLine> lines, List<Membership> active) {
    Map<String, Integer> column = new HashMap<>();
    for (int i = 0; i < active.size(); i++) {
      column.put(active.get(i).id(), i);
    }
    int cell = Integer.toString(active.size()).length();
    int idWidth = lines.stream().mapToInt(l -> l.requirementId().length()).max().orElse(0);
    int severityWidth = lines.stream().mapToInt(l -> l.severity().displayName(locale).length())
        .max().orElse(0);
    String ok = messages.get("coverage.ok");
    String missing = messages.get("coverage.missing");
    int statusWidth = Math.max(ok.length(), missing.length());
    int prefix = idWidth + 2 + severityWidth + 2 + statusWidth + 2;

    out.append(INDENT).append(messages.get("coverage.heading")).append('\n');
    StringBuilder header = new StringBuilder(INDENT + INDENT).append(" ".repeat(prefix));
    for (int i = 0; i < active.size(); i++) {
      header.append(pad(Integer.toString(i + 1), cell, true)).append(' ');
    }
    out.append(strip(header)).append('\n');

    List<CoverageLine> unmet = new ArrayList<>();
    for (CoverageLine line : lines) {
      StringBuilder row = new StringBuilder(INDENT + INDENT)
          .append(pad(line.requirementId(), idWidth, false)).append("  ")
          .append(pad(line.severity().displayName(locale), severityWidth, false)).append("  ")
          .append(pad(line.satisfied() ? ok : missing, statusWidth, false)).append("  ");
      char[] cells = new char[active.size()];
      java.util.Arrays.fill(cells, '.');
      for (String witness : line.witnessIds()) {
        Integer c = column.get(witness);
        if (c != null) {
          cells[c] = 'x';
        }
      }
      for (char c : cells) {
        row.append(pad(String.valueOf(c), cell, true)).append(' ');
      }
      if (!line.linkedGroupIds().isEmpty()) {
        row.append(messages.get("coverage.linked", String.join(", ", line.linkedGroupIds())));
      }
      out.append(strip(row)).append('\n');
      if (!line.satisfied()) {
        unmet.add(line);
      }
    }
    for (CoverageLine line : unmet) {
      out.append(INDENT).append(INDENT).append(messages.get("coverage.wouldSatisfy",
          line.requirementId(), line.deficit(), criteria(line.wouldSatisfy()))).append('\n');
    }
  }

  private void members(StringBuilder out, List<Membership> active, Dataset dataset) {
    if (active.isEmpty()) {
      return;
    }
    out.append(INDENT).append(messages.get("members.heading")).append('\n');
    int number = Integer.toString(active.size()).length();
    int idWidth = active.stream().mapToInt(m -> m.id().length()).max().orElse(0);
    for (int i = 0; i < active.size(); i++) {
      Membership m = active.get(i);
      List<String> parts = new ArrayList<>();
      parts.add(m.role().displayName(locale));
      m.organisationId().ifPresent(o -> parts.add(dataset.organisation(o)
          .map(Organisation::name).orElse(o)));
      parts.addAll(names(m.sectors()));
      parts.addAll(names(m.voices()));
      parts.addAll(names(m.duties()));
      StringBuilder line = new StringBuilder(INDENT + INDENT)
          .append(pad(Integer.toString(i + 1), number, true)).append("  ")
          .append(pad(m.id(), idWidth, false)).append("  ")
          .append(String.join(", ", parts));
      if (showNames) {
        dataset.person(m.personId()).flatMap(Person::name)
            .ifPresent(name -> line.append("  [").append(name).append(']'));
      }
      out.append(line).append('\n');
    }
  }

  private void findings(StringBuilder out, List<Finding> findings) {
    if (findings.isEmpty()) {
      out.append(INDENT).append(messages.get("findings.none")).append('\n');
      return;
    }
    out.append(INDENT).append(messages.get("findings.heading")).append('\n');
    int severityWidth = findings.stream().mapToInt(f -> f.severity().displayName(locale).length())
        .max().orElse(0);
    int idWidth = findings.stream().mapToInt(f -> findingId(f).length()).max().orElse(0);
    String continuation = INDENT + INDENT + " ".repeat(severityWidth + 2 + idWidth + 2);
    for (Finding f : findings) {
      out.append(INDENT).append(INDENT)
          .append(pad(f.severity().displayName(locale), severityWidth, false)).append("  ")
          .append(pad(findingId(f), idWidth, false)).append("  ")
          .append(f.message(locale)).append('\n');
      List<String> about = Stream.concat(f.membershipIds().stream(), f.personIds().stream())
          .collect(Collectors.toList());
      if (!about.isEmpty()) {
        out.append(continuation).append(messages.get("finding.about", String.join(", ", about)))
            .append('\n');
      }
      if (!f.citation().isBlank()) {
        out.append(continuation).append(messages.get("finding.citation", f.citation()))
            .append('\n');
      }
    }
  }

  /** The rule id, with the requirement id when the finding is about one requirement of it. */
  private static String findingId(Finding f) {
    return f.requirementId().filter(r -> !r.equals(f.ruleId())).orElse(f.ruleId());
  }

  String criteria(Criteria c) {
    return c.describe(locale);
  }

  private String scope(Scope scope, Dataset dataset) {
    if (scope.municipality().isPresent()) {
      String code = scope.municipality().get();
      String name = dataset.geography().municipality(code)
          .map(m -> locale.getLanguage().equals("sv") ? m.nameSv().orElse(m.name()) : m.name())
          .orElse(code);
      return messages.get("scope.place", name, code);
    }
    String code = scope.region().orElseThrow();
    String name = dataset.geography().region(code)
        .map(r -> locale.getLanguage().equals("sv") ? r.nameSv().orElse(r.name()) : r.name())
        .orElse(code);
    return messages.get("scope.place", name, code);
  }

  private List<String> names(Collection<? extends Coded> codes) {
    return codes.stream().map(c -> c.displayName(locale)).collect(Collectors.toList());
  }

  static String pad(String s, int width, boolean right) {
    if (s.length() >= width) {
      return s;
    }
    String fill = " ".repeat(width - s.length());
    return right ? fill + s : s + fill;
  }

  private static String strip(StringBuilder line) {
    return line.toString().stripTrailing();
  }

  /** Labels of a key-value block, padded to the longest in the chosen language. */
  static final class Labels {
    private final Messages messages;
    private final int width;

    Labels(Messages messages, String... keys) {
      this.messages = messages;
      this.width = Stream.of(keys).mapToInt(k -> messages.get(k).length()).max().orElse(0);
    }

    String label(String key) {
      return pad(messages.get(key) + ":", width + 2, false);
    }
  }
}
