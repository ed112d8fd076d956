package fi.lape.examples.cli;

import fi.lape.core.Dataset;
import fi.lape.json.LapeJson;
import fi.lape.sheets.MemberSheets;
import fi.lape.sheets.SheetException;
import fi.lape.sheets.SheetProblem;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lape convert INPUT [OUTPUT]}: a member list (.csv, .xlsx) to a lape dataset document
 * (.json) and back, so that an application can keep JSON while people keep spreadsheets. Without
 * OUTPUT the dataset document goes to standard output.
 */
@Command(name = "convert", sortOptions = false)
final class ConvertCommand implements Callable<Integer> {
  @ParentCommand LapeCli root;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "${bundle:label.input:-INPUT}", descriptionKey = "convert-input")
  Path input;

  @Parameters(index = "1", arity = "0..1", paramLabel = "${bundle:label.output:-OUTPUT}", descriptionKey = "convert-output")
  Path output;

  @Option(names = "--omit-personal-data", descriptionKey = "omit-personal-data")
  boolean omitPersonalData;

  @Override
  public Integer call() {
    Messages messages = root.messages();
    if (output != null && !isJson(output) && !MemberSheets.isSpreadsheet(output.toString())) {
      throw CliException.badInput(messages.get("error.convertTarget", output));
    }
    Dataset read = Inputs.datasets(List.of(input), messages).get(0).dataset();
    Dataset dataset = omitPersonalData ? read.withoutPersonalData() : read;
    if (output == null || isJson(output)) {
      LapeJson json = LapeJson.builder().pretty(true).build();
      if (output == null) {
        spec.commandLine().getOut().println(json.write(dataset).strip());
        return ExitCode.COMPLIANT;
      }
      write(() -> json.write(dataset, output), messages);
      spec.commandLine().getOut().println(messages.get("convert.wrote", output));
      return ExitCode.COMPLIANT;
    }
    List<Path> written = new ArrayList<>();
    try {
      write(() -> written.addAll(MemberSheets.write(dataset, output, messages.locale())), messages);
    } catch (SheetException e) {
      List<String> lines = new ArrayList<>();
      for (SheetProblem p : e.problems()) {
        lines.add(p.toString());
      }
      throw CliException.badInput(lines);
    }
    for (Path p : written) {
      spec.commandLine().getOut().println(messages.get("convert.wrote", p));
    }
    return ExitCode.COMPLIANT;
  }

  private static boolean isJson(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  private void write(Runnable writing, Messages messages) {
    try {
      writing.run();
    } catch (UncheckedIOException e) {
      throw CliException.badInput(messages.get("error.unwritable", output,
          e.getCause().getClass().getSimpleName()));
    }
  }
}
