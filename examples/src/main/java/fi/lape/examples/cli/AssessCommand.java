package fi.lape.examples.cli;

import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.report.AssessmentReport;
import fi.lape.examples.SampleData;
import fi.lape.json.LapeJson;
import fi.lape.rules.GroupAssessor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code lape assess [FILE...]}: assesses every group of the datasets, or of the sample data. */
@Command(name = "assess", sortOptions = false)
final class AssessCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format {
    text,
    json
  }

  @ParentCommand LapeCli root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "files")
  List<Path> files = new ArrayList<>();

  @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "as-of")
  LocalDate asOf;

  @Option(names = "--policy", paramLabel = "ID|FILE", descriptionKey = "policy")
  String policy;

  @Option(names = "--format", paramLabel = "text|json", descriptionKey = "format")
  Format format = Format.text;

  @Option(names = "--show-names", descriptionKey = "show-names")
  boolean showNames;

  @Option(names = "--rules", paramLabel = "FILE.drl", descriptionKey = "rules")
  List<Path> rules = new ArrayList<>();

  @Override
  public Integer call() {
    Messages messages = root.messages();
    CoveragePolicy coverage = Inputs.policy(policy, messages);
    List<Inputs.Source> sources = files.isEmpty()
        ? List.of(Inputs.sample(messages))
        : Inputs.datasets(files, messages);
    // The sample is best seen in autumn 2017 (SampleData.DEFAULT_AS_OF says why); real data today.
    LocalDate day = asOf != null ? asOf : files.isEmpty() ? SampleData.DEFAULT_AS_OF
        : LocalDate.now();

    GroupAssessor assessor = UserRulesOption.assessor(coverage, policy, rules, messages);
    List<AssessmentReport> reports = sources.stream()
        .map(source -> assessor.assess(source.dataset(), day))
        .collect(Collectors.toList());

    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      LapeJson json = LapeJson.builder().language(messages.locale()).pretty(true).build();
      List<String> documents = reports.stream().map(json::write).collect(Collectors.toList());
      // One dataset gives the report document itself; several give an array of them.
      out.println(documents.size() == 1 ? documents.get(0).strip()
          : "[" + documents.stream().map(String::strip).collect(Collectors.joining(",\n")) + "]");
    } else {
      AssessmentText text = new AssessmentText(messages, showNames);
      for (int i = 0; i < reports.size(); i++) {
        if (i > 0) {
          out.println();
        }
        out.print(text.render(reports.get(i), sources.get(i).dataset(), sources.get(i).label(),
            coverage.name()));
      }
    }
    return reports.stream().allMatch(AssessmentReport::isCompliant) ? ExitCode.COMPLIANT
        : ExitCode.NON_COMPLIANT;
  }
}
