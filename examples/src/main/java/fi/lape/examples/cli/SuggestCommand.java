package fi.lape.examples.cli;

import fi.lape.advisor.Advisor;
import fi.lape.advisor.AdvisorJson;
import fi.lape.advisor.MisfitException;
import fi.lape.advisor.SuggestionOptions;
import fi.lape.advisor.SuggestionRequest;
import fi.lape.advisor.Suggestions;
import fi.lape.core.Group;
import fi.lape.core.LapeValidationException;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.examples.SampleData;
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
 * {@code lape suggest GROUP [FILE]}: the smallest set of invitations that makes the group comply.
 * Exits with {@value ExitCode#COMPLIANT} when the group complies with them (or already does), else
 * {@value ExitCode#NON_COMPLIANT}.
 */
@Command(name = "suggest", sortOptions = false)
final class SuggestCommand implements Callable<Integer> {
  @ParentCommand LapeCli root;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "${bundle:label.group:-GROUP}", descriptionKey = "group")
  String groupId;

  @Parameters(index = "1", arity = "0..1", paramLabel = "${bundle:label.file:-FILE}", descriptionKey = "file")
  Path file;

  @Option(names = "--as-of", paramLabel = "${bundle:label.date:-DATE}", descriptionKey = "as-of")
  LocalDate asOf;

  @Option(names = "--policy", paramLabel = "${bundle:label.policy:-ID|FILE}", descriptionKey = "policy")
  String policy;

  @Option(names = "--candidates", paramLabel = "${bundle:label.file:-FILE}", descriptionKey = "candidates")
  Path candidates;

  @Option(names = "--warnings", descriptionKey = "warnings")
  boolean warnings;

  @Option(names = "--format", paramLabel = "text|json", descriptionKey = "format")
  AssessCommand.Format format = AssessCommand.Format.text;

  @Option(names = "--show-names", descriptionKey = "show-names")
  boolean showNames;

  @Override
  public Integer call() {
    Messages messages = root.messages();
    CoveragePolicy coverage = Inputs.policy(policy, messages);
    Inputs.Source source = AdvisorInputs.source(file, messages);
    Group group = AdvisorInputs.group(source, groupId, messages);
    SuggestionOptions options = SuggestionOptions.defaults();
    LocalDate day = asOf != null ? asOf : file == null ? SampleData.DEFAULT_AS_OF
        : LocalDate.now();
    if (candidates != null && Spreadsheets.is(candidates)) {
      // A coordinator's list in a spreadsheet: the candidates alone, considered first.
      options = options.withCandidates(
          Spreadsheets.candidates(candidates, source.dataset(), messages));
    } else if (candidates != null) {
      SuggestionRequest request = AdvisorInputs.read(candidates,
          AdvisorJson.standard()::readSuggestionRequest, messages);
      options = request.applyTo(options);
      if (asOf == null && request.asOf().isPresent()) {
        day = request.asOf().get();
      }
    }
    if (warnings) {
      options = options.withWarnings(true);
    }
    Suggestions suggestions;
    try {
      suggestions = Advisor.of(GroupAssessor.of(coverage))
          .suggest(source.dataset(), group.id(), day, options);
    } catch (LapeValidationException e) {
      String why = e instanceof MisfitException misfit ? misfit.getMessage(messages.locale())
          : e.getMessage();
      throw CliException.badInput(messages.get("error.invalid", (candidates != null ? candidates : source.label()) + ": " + why));
    }
    if (format == AssessCommand.Format.json) {
      spec.commandLine().getOut().println(AdvisorInputs.json(messages,
          showNames ? source.dataset() : null).write(suggestions).strip());
    } else {
      spec.commandLine().getOut().print(new SuggestText(messages, showNames)
          .render(suggestions, source.dataset(), group, coverage));
    }
    boolean complies = suggestions.status() == Suggestions.Status.NOTHING_TO_DO
        ? suggestions.before().isCompliant()
        : suggestions.after().map(a -> a.isCompliant()).orElse(false);
    return complies ? ExitCode.COMPLIANT : ExitCode.NON_COMPLIANT;
  }
}
