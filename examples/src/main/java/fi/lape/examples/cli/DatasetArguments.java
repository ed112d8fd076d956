package fi.lape.examples.cli;

import fi.lape.json.JsonProblem;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The dataset arguments of {@code lape assess}: files, {@code -} for standard input, and
 * directories, each of which stands for the dataset files ({@code *.json}) directly in it, in
 * name order, and member-list workbooks ({@code *.xlsx}). Every argument is read before any problem is raised, and all problems are told at
 * once.
 */
final class DatasetArguments {
  /** The argument that means standard input. */
  static final String STDIN = "-";

  /** A dataset read from an argument, and where pipelines find it (none for standard input). */
  record Located(Inputs.Source source, Optional<String> uri) {}

  private DatasetArguments() {}

  /** The datasets that could be read and the arguments that could not, each with its lines. */
  record Read(List<Located> datasets, List<Inputs.Failed> failed) {}

  /**
   * The datasets the arguments stand for that could be read, and those that could not with their
   * error lines and problems: a bad file does not hide the good ones. {@code stdin} is read for
   * {@code -}. With {@code locate}, each JSON document's groups and memberships keep their places
   * in the file (for a report that points into it), which costs a second pass over the text.
   */
  static Read readKeepingGood(List<Path> arguments, InputStream stdin, Messages messages,
      boolean locate) {
    List<Located> datasets = new ArrayList<>();
    List<Inputs.Failed> failed = new ArrayList<>();
    boolean stdinRead = false;
    for (Path argument : arguments) {
      List<String> errors = new ArrayList<>();
      List<JsonProblem> problems = new ArrayList<>();
      String label = argument.toString();
      if (label.equals(STDIN)) {
        if (stdinRead) {
          errors.add(messages.get("error.stdinTwice"));
        } else {
          stdinRead = true;
          label = messages.get("source.stdin");
          Inputs.stdin(stdin, label, messages, errors, problems)
              .ifPresent(source -> datasets.add(new Located(source, Optional.empty())));
        }
      } else if (Files.isDirectory(argument)) {
        List<Path> files = datasetFiles(argument, messages, errors);
        if (files.isEmpty()) {
          errors.add(messages.get("error.noDatasets", argument));
        }
        if (!errors.isEmpty()) {
          failed.add(new Inputs.Failed(label, errors, problems));
        }
        for (Path file : files) {
          List<String> fileErrors = new ArrayList<>();
          List<JsonProblem> fileProblems = new ArrayList<>();
          read(file, messages, fileErrors, fileProblems, locate).ifPresentOrElse(datasets::add,
              () -> failed.add(new Inputs.Failed(file.toString(), fileErrors, fileProblems)));
        }
        continue;
      } else {
        read(argument, messages, errors, problems, locate).ifPresent(datasets::add);
      }
      if (!errors.isEmpty()) {
        failed.add(new Inputs.Failed(label, errors, problems));
      }
    }
    return new Read(datasets, failed);
  }

  private static Optional<Located> read(Path file, Messages messages, List<String> errors,
      List<JsonProblem> problems, boolean locate) {
    return Inputs.dataset(file, messages, errors, problems, locate)
        .map(source -> new Located(source, Optional.of(uri(file))));
  }

  /** The dataset files directly in {@code directory}, by name. */
  private static List<Path> datasetFiles(Path directory, Messages messages, List<String> errors) {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries
          .filter(DatasetArguments::isDatasetFile)
          .filter(Files::isRegularFile)
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      errors.add(messages.get("error.unreadable", directory, e.getMessage()));
      return List.of();
    }
  }

  /**
   * A dataset document or a member-list workbook. CSV member lists are left out: their
   * organisations and groups may be in companion CSV files of the same folder.
   */
  private static boolean isDatasetFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json") || name.endsWith(".xlsx") && Spreadsheets.is(file);
  }

  /**
   * A file as SARIF's artifact location: a relative path as given, with forward slashes; an
   * absolute one as a file URI.
   */
  static String uri(Path file) {
    return file.isAbsolute() ? file.toUri().toString()
        : file.normalize().toString().replace(File.separatorChar, '/');
  }
}
