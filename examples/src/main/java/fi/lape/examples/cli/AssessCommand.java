package fi.lape.examples.cli;

import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.report.AssessmentReport;
import fi.lape.examples.SampleData;
import fi.lape.report.ReportFormat;
import fi.lape.rules.GroupAssessor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    json,
    html,
    sarif,
    junit
  }

  @ParentCommand LapeCli root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "${bundle:label.file:-FILE}", arity = "0..*", descriptionKey = "files")
  List<Path> files = new ArrayList<>();

  @Option(names = "--as-of", paramLabel = "${bundle:label.date:-DATE}", descriptionKey = "as-of")
  LocalDate asOf;

  @Option(names = "--policy", paramLabel = "${bundle:label.policy:-ID|FILE}",
      descriptionKey = "policy")
  String policy;

  @Option(names = "--format", paramLabel = "text|json|html|sarif|junit", descriptionKey = "format")
  Format format = Format.text;

  @Option(names = {"-o", "--output"}, paramLabel = "${bundle:label.file:-FILE}",
      descriptionKey = "output")
  Path output;

  @Option(names = "--show-names", descriptionKey = "show-names")
  boolean showNames;

  @Option(names = "--rules", paramLabel = "${bundle:label.drl:-FILE.drl}", descriptionKey = "rules")
  List<Path> rules = new ArrayList<>();

  @Override
  public Integer call() {
    Messages messages = root.messages();
    CoveragePolicy coverage = Inputs.policy(policy, messages);
    // Made before the files are read: lape's rule base is built in the background meanwhile.
    GroupAssessor assessor = UserRulesOption.assessor(coverage, policy, rules, messages);
    DatasetArguments.Read read = files.isEmpty()
        ? new DatasetArguments.Read(List.of(new DatasetArguments.Located(Inputs.sample(messages),
            Optional.empty())), List.of())
        : DatasetArguments.readKeepingGood(files, System.in, messages, pointsIntoFiles());
    List<DatasetArguments.Located> located = read.datasets();
    List<Inputs.Source> sources = located.stream().map(DatasetArguments.Located::source)
        .collect(Collectors.toList());
    // The sample is best seen in autumn 2017 (SampleData.DEFAULT_AS_OF says why); real data today.
    LocalDate day = asOf != null ? asOf : files.isEmpty() ? SampleData.DEFAULT_AS_OF
        : LocalDate.now();

    if (pointsIntoFiles()) {
      List<AssessmentReport> reports = sources.stream()
          .map(source -> assessor.assess(source.dataset(), day))
          .collect(Collectors.toList());
      ReportOutput.to(output, spec.commandLine().getOut(), messages, out ->
          ReportOutput.write(ReportFormat.valueOf(format.name().toUpperCase(Locale.ROOT)),
              located, reports, assessor, coverage, messages, showNames, out));
      read.failed().forEach(f -> f.errors().forEach(spec.commandLine().getErr()::println));
      return !read.failed().isEmpty() ? ExitCode.BAD_INPUT
          : reports.stream().allMatch(AssessmentReport::isCompliant) ? ExitCode.COMPLIANT
          : ExitCode.NON_COMPLIANT;
    }
    // Text and JSON: one dataset at a time, straight to the output (AssessOutput).
    int[] exit = new int[1];
    boolean several = located.size() + read.failed().size() > 1;
    ReportOutput.to(output, spec.commandLine().getOut(), messages, out ->
        exit[0] = new AssessOutput(messages, assessor, day,
            coverage.displayName(messages.locale())).write(sources, read.failed(), several,
            format == Format.json, showNames, out, spec.commandLine().getErr()));
    return exit[0];
  }

  /** Whether the format's report points into the dataset files (line and column of a group). */
  private boolean pointsIntoFiles() {
    return format == Format.html || format == Format.sarif || format == Format.junit;
  }
}
