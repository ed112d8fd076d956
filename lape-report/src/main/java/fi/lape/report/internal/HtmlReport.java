package fi.lape.report.internal;

import fi.lape.core.Coded;
import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.Membership;
import fi.lape.core.Organisation;
import fi.lape.core.Person;
import fi.lape.core.Scope;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Criteria;
import fi.lape.core.policy.Rule;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.ComplianceTimeline;
import fi.lape.core.report.CoverageLine;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import fi.lape.core.report.Multidisciplinarity;
import fi.lape.core.report.TimelineInterval;
import fi.lape.core.report.Verdict;
import fi.lape.report.AssessedSource;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.Writer;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The HTML report: builds an {@link HtmlModel.Page} and renders it with the jte template {@code
 * src/main/jte/report.jte}, compiled into Java at build time. jte escapes every value for the
 * HTML context it is written into, so no text from the data reaches the page unescaped.
 */
public final class HtmlReport {
  /** The compiled templates' package (jte-maven-plugin's packageName in the pom). */
  private static final String TEMPLATES = "fi.lape.report.internal.html";
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null,
      ContentType.Html, HtmlReport.class.getClassLoader(), TEMPLATES);
  /** The timeline bar is drawn in thousandths of its width. */
  private static final int BAR = 1000;

  private final ReportTexts texts;
  private final Locale locale;
  private final CoveragePolicy policy;
  private final boolean showNames;

  /** A report in {@code locale} of sources assessed under {@code policy}. */
  public HtmlReport(Locale locale, CoveragePolicy policy, boolean showNames) {
    this.texts = new ReportTexts(locale);
    this.locale = texts.locale();
    this.policy = policy;
    this.showNames = showNames;
  }

  /** Writes the page for {@code sources} to {@code out}. */
  public void write(List<AssessedSource> sources, Writer out) {
    ENGINE.render("report.jte", page(sources), new WriterOutput(out));
  }

  HtmlModel.Page page(List<AssessedSource> sources) {
    List<HtmlModel.Source> views = new ArrayList<>();
    int[] anchor = {0};
    for (AssessedSource source : sources) {
      views.add(source(source, anchor));
    }
    return new HtmlModel.Page(locale.getLanguage(), texts.get("title"), texts, views);
  }

  private HtmlModel.Source source(AssessedSource source, int[] anchor) {
    List<GroupAssessment> groups = source.report().groups();
    long compliant = groups.stream().filter(GroupAssessment::isCompliant).count();
    List<HtmlModel.Group> views = new ArrayList<>();
    for (GroupAssessment assessment : groups) {
      views.add(group(source, assessment, "g" + (++anchor[0])));
    }
    return new HtmlModel.Source(texts.get("source", source.label()),
        texts.get("asOf", texts.date(source.report().asOf())),
        texts.get("policy", policy.name(), source.report().policyId()),
        texts.get("summary", groups.size(), compliant, groups.size() - compliant), views);
  }

  private HtmlModel.Group group(AssessedSource source, GroupAssessment assessment,
      String anchor) {
    Dataset dataset = source.dataset();
    Optional<Group> group = dataset.group(assessment.groupId());
    String kind = assessment.groupKind().displayName(locale);
    String kindScope = group.map(g -> texts.get("group.kindScope", kind, scope(g.scope(),
        dataset))).orElse(kind);
    List<Membership> active = group.map(g -> g.activeMemberships(assessment.asOf()))
        .orElse(List.of());

    List<HtmlModel.Member> members = new ArrayList<>();
    for (int i = 0; i < active.size(); i++) {
      members.add(member(i + 1, active.get(i), dataset));
    }
    List<HtmlModel.CoverageRow> coverage = new ArrayList<>();
    List<String> unmet = new ArrayList<>();
    for (CoverageLine line : assessment.coverage()) {
      coverage.add(row(line, active));
      if (!line.satisfied()) {
        unmet.add(texts.get("coverage.wouldSatisfy", line.requirementId(), line.deficit(),
            criteria(line.wouldSatisfy())));
      }
    }
    List<HtmlModel.FindingRow> findings = assessment.findings().stream().map(this::finding)
        .collect(Collectors.toList());
    HtmlModel.Timeline timeline = Optional.ofNullable(
        source.timelines().get(assessment.groupId())).map(this::timeline).orElse(null);
    int errors = count(assessment, Severity.ERROR);
    int warnings = count(assessment, Severity.WARNING);
    return new HtmlModel.Group(anchor, assessment.groupId(), group.map(Group::name).orElse(""),
        kindScope, assessment.isCompliant(), assessment.verdict().displayName(locale),
        multidisciplinarity(assessment.multidisciplinarity(), assessment),
        Integer.toString(active.size()), errors, warnings, members, coverage, unmet, timeline,
        findings, source.suggestions().getOrDefault(assessment.groupId(), List.of()));
  }

  private static int count(GroupAssessment assessment, Severity severity) {
    return (int) assessment.findings().stream().filter(f -> f.severity() == severity).count();
  }

  private HtmlModel.Member member(int number, Membership m, Dataset dataset) {
    List<String> parts = new ArrayList<>();
    parts.add(m.role().displayName(locale));
    m.organisationId().ifPresent(o -> parts.add(dataset.organisation(o)
        .map(Organisation::name).orElse(o)));
    parts.addAll(names(m.sectors()));
    parts.addAll(names(m.voices()));
    parts.addAll(names(m.duties()));
    // A person's name only when asked for: it is personal data.
    String name = showNames ? dataset.person(m.personId()).flatMap(Person::name).orElse("") : "";
    return new HtmlModel.Member(number, m.id(), name, String.join(", ", parts));
  }

  private HtmlModel.CoverageRow row(CoverageLine line, List<Membership> active) {
    Set<String> witnesses = new HashSet<>(line.witnessIds());
    List<HtmlModel.Cell> cells = new ArrayList<>();
    for (Membership m : active) {
      boolean counts = witnesses.contains(m.id());
      cells.add(new HtmlModel.Cell(counts, counts
          ? texts.get("coverage.counts", m.id(), line.requirementId()) : ""));
    }
    String linked = line.linkedGroupIds().isEmpty() ? ""
        : texts.get("coverage.linked", String.join(", ", line.linkedGroupIds()));
    return new HtmlModel.CoverageRow(line.requirementId(), line.severity().displayName(locale),
        code(line.severity()), line.satisfied(),
        texts.get(line.satisfied() ? "coverage.ok" : "coverage.missing"), cells, linked);
  }

  private HtmlModel.FindingRow finding(Finding f) {
    List<String> about = Stream.concat(f.membershipIds().stream(), f.personIds().stream())
        .collect(Collectors.toList());
    String id = f.requirementId().filter(r -> !r.equals(f.ruleId())).orElse(f.ruleId());
    return new HtmlModel.FindingRow(f.severity().displayName(locale), code(f.severity()), id,
        f.message(locale), about.isEmpty() ? "" : texts.get("finding.about",
            String.join(", ", about)),
        f.citation().isBlank() ? "" : texts.get("finding.citation", f.citation()));
  }

  private HtmlModel.Timeline timeline(ComplianceTimeline timeline) {
    long days = ChronoUnit.DAYS.between(timeline.from(), timeline.to()) + 1;
    List<HtmlModel.Segment> segments = new ArrayList<>();
    for (TimelineInterval interval : timeline.intervals()) {
      long start = ChronoUnit.DAYS.between(timeline.from(), interval.start());
      long end = ChronoUnit.DAYS.between(timeline.from(), interval.end()) + 1;
      int x = (int) (start * BAR / days);
      int width = (int) (end * BAR / days) - x;
      String verdict = interval.verdict().displayName(locale);
      String state = interval.verdict() == Verdict.COMPLIANT ? verdict
          : texts.get("timeline.errors", verdict, String.join(", ", interval.errorRuleIds()));
      segments.add(new HtmlModel.Segment(x, Math.max(width, 1),
          interval.verdict() == Verdict.COMPLIANT, texts.get("timeline.interval",
              texts.date(interval.start()), texts.date(interval.end()), state)));
    }
    return new HtmlModel.Timeline(texts.date(timeline.from()), texts.date(timeline.to()),
        segments);
  }

  private String multidisciplinarity(Multidisciplinarity m, GroupAssessment assessment) {
    String answer = texts.get(m.multidisciplinary() ? "group.multidisciplinary.yes"
        : "group.multidisciplinary.no", m.reason(locale));
    if (!Rule.M08.groupKinds().contains(assessment.groupKind())) {
      answer += " " + texts.get("group.multidisciplinary.notRequired");
    }
    return answer;
  }

  private String criteria(Criteria c) {
    return c.describe(locale);
  }

  private String scope(Scope scope, Dataset dataset) {
    boolean swedish = locale.getLanguage().equals("sv");
    if (scope.municipality().isPresent()) {
      String code = scope.municipality().get();
      String name = dataset.geography().municipality(code)
          .map(m -> swedish ? m.nameSv().orElse(m.name()) : m.name()).orElse(code);
      return texts.get("scope.place", name, code);
    }
    String code = scope.region().orElseThrow();
    String name = dataset.geography().region(code)
        .map(r -> swedish ? r.nameSv().orElse(r.name()) : r.name()).orElse(code);
    return texts.get("scope.place", name, code);
  }

  private List<String> names(Collection<? extends Coded> codes) {
    return codes.stream().map(c -> c.displayName(locale)).collect(Collectors.toList());
  }

  /** The severity as a CSS class: error, warning, info. */
  private static String code(Severity severity) {
    return severity.name().toLowerCase(Locale.ROOT);
  }
}
