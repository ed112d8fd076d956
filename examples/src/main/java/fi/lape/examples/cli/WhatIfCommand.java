package fi.lape.examples.cli;

import fi.lape.advisor.Advisor;
import fi.lape.advisor.AdvisorJson;
import fi.lape.advisor.Change;
import fi.lape.advisor.InvalidPeriodException;
import fi.lape.advisor.MisfitException;
import fi.lape.advisor.WhatIf;
import fi.lape.core.Group;
import fi.lape.core.LapeValidationException;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.report.Verdict;
import fi.lape.rules.GroupAssessor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lape what-if GROUP CHANGE.json [FILE]}: the group's verdict and findings without and with
 * a planned change, and its compliance timeline with it. Exits with {@value ExitCode#NON_COMPLIANT}
 * when the group would be non-compliant on some day of the timeline with the change.
 */
@Command(name = "what-if", sortOptions = false)
final class WhatIfCommand implements Callable<Integer> {
  @ParentCommand LapeCli root;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "${bundle:label.group:-GROUP}", descriptionKey = "group")
  String groupId;

  @Parameters(index = "1", paramLabel = "${bundle:label.change:-CHANGE}", descriptionKey = "change")
  Path changeFile;

  @Parameters(index = "2", arity = "0..1", paramLabel = "${bundle:label.file:-FILE}", descriptionKey = "file")
  Path file;

  @Option(names = "--as-of", paramLabel = "${bundle:label.date:-DATE}", descriptionKey = "what-if-as-of")
  LocalDate asOf;

  @Option(names = "--from", paramLabel = "${bundle:label.date:-DATE}", descriptionKey = "what-if-from")
  LocalDate from;

  @Option(names = "--to", paramLabel = "${bundle:label.date:-DATE}", descriptionKey = "what-if-to")
  LocalDate to;

  @Option(names = "--policy", paramLabel = "${bundle:label.policy:-ID|FILE}", descriptionKey = "policy")
  String policy;

  @Option(names = "--format", paramLabel = "text|json", descriptionKey = "format")
  AssessCommand.Format format = AssessCommand.Format.text;

  @Override
  public Integer call() {
    Messages messages = root.messages();
    CoveragePolicy coverage = Inputs.policy(policy, messages);
    Inputs.Source source = AdvisorInputs.source(file, messages);
    Group group = AdvisorInputs.group(source, groupId, messages);
    Change change = AdvisorInputs.read(changeFile, AdvisorJson.standard()::readChange, messages);
    if (!change.groupId().equals(group.id())) {
      throw CliException.badInput(messages.get("error.changeGroup", changeFile,
          change.groupId(), group.id()));
    }
    WhatIf whatIf;
    try {
      whatIf = Advisor.of(GroupAssessor.of(coverage))
          .whatIf(source.dataset(), change, asOf, from, to);
    } catch (InvalidPeriodException e) {
      throw CliException.badInput(messages.get("error.range", e.last(), e.first()));
    } catch (LapeValidationException e) {
      String why = e instanceof MisfitException misfit ? misfit.getMessage(messages.locale())
          : e.getMessage();
      throw CliException.badInput(messages.get("error.invalid", changeFile + ": " + why));
    }
    if (format == AssessCommand.Format.json) {
      spec.commandLine().getOut().println(AdvisorInputs.json(messages, null).write(whatIf)
          .strip());
    } else {
      spec.commandLine().getOut().print(new WhatIfText(messages).render(whatIf, group,
          coverage));
    }
    return whatIf.timelineAfter().intervals().stream()
        .allMatch(i -> i.verdict() == Verdict.COMPLIANT) ? ExitCode.COMPLIANT
        : ExitCode.NON_COMPLIANT;
  }
}
