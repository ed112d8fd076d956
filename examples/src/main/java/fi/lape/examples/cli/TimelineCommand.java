package fi.lape.examples.cli;

import fi.lape.core.Group;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.report.ComplianceTimeline;
import fi.lape.core.report.Verdict;
import fi.lape.rules.GroupAssessor;
import java.nio.file.Path;
import java.time.LocalDate;
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
    LocalDate first = from != null ? from : group.firstDay().orElse(LocalDate.now());
    LocalDate last = to != null ? to : group.lastChange(first);
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
}
