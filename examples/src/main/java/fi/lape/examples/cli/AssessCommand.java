package fi.lape.examples.cli;

import fi.lape.core.policy.CoveragePolicy;
import fi.lape.examples.SampleData;
import fi.lape.rules.GroupAssessor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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

  @Override
  public Integer call() {
    Messages messages = root.messages();
    CoveragePolicy coverage = Inputs.policy(policy, messages);
    Inputs.Batch batch = files.isEmpty()
        ? new Inputs.Batch(List.of(Inputs.sample(messages)), List.of())
        : Inputs.readAll(files, messages);
    // The sample is best seen in autumn 2017 (SampleData.DEFAULT_AS_OF says why); real data today.
    LocalDate day = asOf != null ? asOf : files.isEmpty() ? SampleData.DEFAULT_AS_OF
        : LocalDate.now();

    GroupAssessor assessor = GroupAssessor.of(coverage);
    return new AssessOutput(messages, assessor, day, coverage.name()).write(batch.sources(),
        batch.failed(), files.size() > 1, format == Format.json, showNames,
        spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
