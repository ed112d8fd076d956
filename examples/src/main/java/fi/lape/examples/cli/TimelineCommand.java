package fi.lape.examples.cli;

import fi.lape.core.Group;
import fi.lape.core.Membership;
import fi.lape.core.Term;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.report.ComplianceTimeline;
import fi.lape.core.report.Verdict;
import fi.lape.rules.GroupAssessor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lape timeline GROUP [FILE]}: when the group was compliant and when not. Exits with
 * {@value ExitCode#NON_COMPLIANT} if it was non-compliant on any day of the period.
 */
@Command(name = "timeline", sortOptions = false)
final class TimelineCommand implements Callable<Integer> {
  @ParentCommand LapeCli root;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "${bundle:label.group:-GROUP}", descriptionKey = "group")
  String groupId;

  @Parameters(index = "1", arity = "0..1", paramLabel = "${bundle:label.file:-FILE}", descriptionKey = "file")
  Path file;

  @Option(names = "--from", paramLabel = "${bundle:label.date:-DATE}", descriptionKey = "from")
  LocalDate from;

  @Option(names = "--to", paramLabel = "${bundle:label.date:-DATE}", descriptionKey = "to")
  LocalDate to;

  @Option(names = "--policy", paramLabel = "${bundle:label.policy:-ID|FILE}", descriptionKey = "policy")
  String policy;

  @Option(names = "--format", paramLabel = "text|json", descriptionKey = "timeline-format")
  AssessCommand.Format format = AssessCommand.Format.text;

  @Override
  public Integer call() {
    Messages messages = root.messages();
    CoveragePolicy coverage = Inputs.policy(policy, messages);
    Inputs.Source source = file == null ? Inputs.sample(messages)
        : Inputs.datasets(List.of(file), messages).get(0);
    Group group = source.dataset().group(groupId).orElseThrow(() -> CliException.badInput(
        messages.get("error.unknownGroup", messages.echo(groupId), source.label(), source.dataset().groups()
            .stream().map(Group::id).collect(Collectors.joining(", ")))));
    LocalDate first = from != null ? from : firstDay(group);
    LocalDate last = to != null ? to : lastChange(group, first);
    if (last.isBefore(first)) {
      throw CliException.badInput(messages.get("error.range", last, first));
    }
    ComplianceTimeline timeline = GroupAssessor.of(coverage)
        .timeline(source.dataset(), groupId, first, last);
    if (format == AssessCommand.Format.json) {
      spec.commandLine().getOut().println(AdvisorInputs.json(messages, null)
          .write(timeline, coverage.id()).strip());
    } else {
      spec.commandLine().getOut().print(new TimelineText(messages).render(timeline, group,
          coverage, to == null ? Optional.of(last) : Optional.empty()));
    }
    return timeline.intervals().stream().allMatch(i -> i.verdict() == Verdict.COMPLIANT)
        ? ExitCode.COMPLIANT : ExitCode.NON_COMPLIANT;
  }

  /** The first day of the group's first membership, or of its own term. */
  static LocalDate firstDay(Group group) {
    List<LocalDate> starts = new ArrayList<>();
    group.term().ifPresent(t -> starts.add(t.start()));
    group.memberships().forEach(m -> starts.add(m.term().start()));
    return starts.isEmpty() ? LocalDate.now() : Collections.min(starts);
  }

  /**
   * The day the group's last membership change takes effect: the latest start, or the day after
   * the latest end. Nothing changes after it, so the timeline is complete.
   */
  static LocalDate lastChange(Group group, LocalDate first) {
    LocalDate last = first;
    for (Membership m : group.memberships()) {
      Term term = m.term();
      last = max(last, term.start());
      if (term.end().isPresent()) {
        last = max(last, term.end().get().plusDays(1));
      }
    }
    return last;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
