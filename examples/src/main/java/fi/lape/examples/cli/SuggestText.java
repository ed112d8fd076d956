package fi.lape.examples.cli;

import fi.lape.advisor.Addition;
import fi.lape.advisor.Candidate;
import fi.lape.advisor.Suggestions;
import fi.lape.advisor.Unmeetable;
import fi.lape.core.Coded;
import fi.lape.core.Dataset;
import fi.lape.core.Group;
import fi.lape.core.Organisation;
import fi.lape.core.Person;
import fi.lape.core.Role;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Severity;
import fi.lape.core.report.Finding;
import fi.lape.core.report.GroupAssessment;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders suggestions: whom to invite, what each closes, what no candidate can meet and the verdict
 * with them. Persons by id; names only when asked.
 */
final class SuggestText {
  private static final String INDENT = "  ";

  private final Messages messages;
  private final Locale locale;
  private final boolean showNames;

  SuggestText(Messages messages, boolean showNames) {
    this.messages = messages;
    this.locale = messages.locale();
    this.showNames = showNames;
  }

  String render(Suggestions s, Dataset dataset, Group group, CoveragePolicy policy) {
    StringBuilder out = new StringBuilder();
    out.append(messages.get("suggest.title", group.id(), group.name(), s.asOf(), policy.displayName(locale),
        policy.id())).append('\n');
    Set<Severity> asked = s.includeWarnings() ? Set.of(Severity.ERROR, Severity.WARNING)
        : Set.of(Severity.ERROR);
    List<String> now = ruleIds(s.before(), asked);
    out.append(INDENT).append(now.isEmpty() ? messages.get("suggest.nothingNow")
        : messages.get(s.includeWarnings() ? "suggest.nowWithWarnings" : "suggest.now",
            String.join(", ", now))).append('\n');
    out.append(INDENT).append(messages.get("suggest.pool", s.candidates())).append('\n');
    switch (s.status()) {
      case NOTHING_TO_DO -> {
        out.append(INDENT).append(messages.get(s.includeWarnings() ? "suggest.nothingToDoWarnings"
            : "suggest.nothingToDo")).append('\n');
        return out.toString();
      }
      case NOT_FOUND -> out.append(INDENT).append(messages.get("suggest.notFound")).append('\n');
      default -> additions(out, s, dataset);
    }
    if (!s.unmeetable().isEmpty()) {
      out.append(INDENT).append(messages.get("suggest.unmeetable")).append('\n');
      AssessmentText criteria = new AssessmentText(messages, false);
      for (Unmeetable u : s.unmeetable()) {
        String id = u.requirementId().orElse(u.ruleId());
        out.append(INDENT).append(INDENT).append(u.wouldSatisfy()
            .map(c -> messages.get("suggest.unmeetableRequirement", id, criteria.criteria(c)))
            .orElse(messages.get("suggest.unmeetableRule", id))).append('\n');
      }
    }
    s.after().ifPresent(after -> {
      List<String> left = ruleIds(after, asked);
      String verdict = after.verdict().displayName(locale);
      out.append(INDENT).append(left.isEmpty() ? messages.get("suggest.after", verdict)
          : messages.get("suggest.afterStill", verdict, String.join(", ", left))).append('\n');
    });
    return out.toString();
  }

  private void additions(StringBuilder out, Suggestions s, Dataset dataset) {
    int n = s.additions().size();
    out.append(INDENT).append(messages.get(s.provenMinimal() ? "suggest.invite"
        : "suggest.inviteUnproven", n)).append('\n');
    int idWidth = s.additions().stream().mapToInt(a -> a.candidate().id().length()).max()
        .orElse(0);
    int number = Integer.toString(n).length();
    String continuation = INDENT + INDENT + " ".repeat(number + 2 + idWidth + 2);
    for (int i = 0; i < n; i++) {
      Addition a = s.additions().get(i);
      Candidate c = a.candidate();
      List<String> parts = new ArrayList<>();
      if (c.role() != Role.MEMBER) {
        parts.add(c.role().displayName(locale));
      }
      c.organisationId().ifPresent(o -> parts.add(c.kind() == Candidate.Kind.ORGANISATION
          ? messages.get("suggest.representativeOf", organisation(dataset, o))
          : organisation(dataset, o)));
      List<String> represents = new ArrayList<>();
      represents.addAll(names(c.sectors()));
      represents.addAll(names(c.voices()));
      represents.addAll(names(c.duties()));
      if (c.kind() == Candidate.Kind.ROLE) {
        parts.add(messages.get("suggest.anyone", String.join(", ", represents)));
      } else {
        parts.addAll(represents);
      }
      StringBuilder line = new StringBuilder(INDENT + INDENT)
          .append(AssessmentText.pad(Integer.toString(i + 1), number, true)).append("  ")
          .append(AssessmentText.pad(c.id(), idWidth, false)).append("  ")
          .append(String.join(", ", parts));
      if (showNames) {
        c.personId().flatMap(dataset::person).flatMap(Person::name)
            .ifPresent(name -> line.append("  [").append(name).append(']'));
      }
      out.append(line.toString().stripTrailing()).append('\n');
      if (!c.seenIn().isEmpty()) {
        out.append(continuation).append(messages.get("suggest.seenIn",
            String.join(", ", c.seenIn()))).append('\n');
      }
      out.append(continuation).append(a.closes().isEmpty() ? messages.get("suggest.combination")
          : messages.get("suggest.closes", String.join(", ", a.closes()))).append('\n');
    }
  }

  private static String organisation(Dataset dataset, String id) {
    return dataset.organisation(id).map(Organisation::name).orElse(id);
  }

  private static List<String> ruleIds(GroupAssessment a, Set<Severity> severities) {
    Set<String> ids = new LinkedHashSet<>();
    for (Finding f : a.findings()) {
      if (severities.contains(f.severity())) {
        ids.add(f.requirementId().filter(r -> !r.equals(f.ruleId())).orElse(f.ruleId()));
      }
    }
    return List.copyOf(ids);
  }

  private List<String> names(Collection<? extends Coded> codes) {
    return codes.stream().map(c -> c.displayName(locale)).collect(Collectors.toList());
  }
}
