package fi.lape.examples.cli;

import fi.lape.core.Dataset;
import fi.lape.core.LapeValidationException;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Policies;
import fi.lape.examples.SampleData;
import fi.lape.json.JsonProblem;
import fi.lape.json.LapeJson;
import fi.lape.json.LapeJsonException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns command-line arguments into lape values, or into a {@link CliException} that lists every
 * problem of every file with its line, column and JSON pointer.
 */
final class Inputs {
  /** A dataset and how to name it to the user. */
  record Source(String label, Dataset dataset) {}

  private Inputs() {}

  /** The built-in sample data. */
  static Source sample(Messages messages) {
    return new Source(messages.get("source.sample"), SampleData.dataset());
  }

  /**
   * The datasets of {@code files} that could be read, in order, and the error lines of those that
   * could not: a bad file does not hide the good ones.
   */
  static Batch readAll(List<Path> files, Messages messages) {
    LapeJson json = LapeJson.standard();
    List<Source> sources = new ArrayList<>();
    List<Failed> failed = new ArrayList<>();
    for (Path file : files) {
      List<String> errors = new ArrayList<>();
      List<JsonProblem> problems = new ArrayList<>();
      Optional<Dataset> dataset = read(file, path -> {
        try {
          return json.readDataset(path);
        } catch (LapeJsonException e) {
          problems.addAll(e.problems());
          throw e;
        }
      }, messages, errors);
      if (dataset.isPresent()) {
        sources.add(new Source(file.toString(), dataset.get()));
      } else {
        failed.add(new Failed(file.toString(), errors, problems));
      }
    }
    return new Batch(sources, failed);
  }

  /** A file that could not be read: its error lines and, for a bad document, its problems. */
  record Failed(String label, List<String> errors, List<JsonProblem> problems) {}

  /** The files that could be read and those that could not. */
  record Batch(List<Source> sources, List<Failed> failed) {}

  /** The datasets in {@code files}, in order; all files are read before any problem is raised. */
  static List<Source> datasets(List<Path> files, Messages messages) {
    LapeJson json = LapeJson.standard();
    List<String> errors = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    for (Path file : files) {
      read(file, json::readDataset, messages, errors)
          .ifPresent(dataset -> sources.add(new Source(file.toString(), dataset)));
    }
    if (!errors.isEmpty()) {
      throw CliException.badInput(errors);
    }
    return sources;
  }

  /** The built-in policy with id {@code idOrFile}, else the policy document in that file. */
  static CoveragePolicy policy(String idOrFile, Messages messages) {
    if (idOrFile == null) {
      return Policies.nationalBaseline();
    }
    Optional<CoveragePolicy> builtIn = Policies.byId(idOrFile);
    if (builtIn.isPresent()) {
      return builtIn.get();
    }
    Optional<Path> file = path(idOrFile).filter(Files::exists);
    if (file.isEmpty()) {
      throw CliException.badInput(messages.get("error.unknownPolicy", idOrFile,
          Policies.all().stream().map(CoveragePolicy::id).collect(Collectors.joining(", "))));
    }
    List<String> errors = new ArrayList<>();
    Optional<CoveragePolicy> policy =
        read(file.get(), LapeJson.standard()::readPolicy, messages, errors);
    return policy.orElseThrow(() -> CliException.badInput(errors));
  }

  private static Optional<Path> path(String name) {
    try {
      return Optional.of(Path.of(name));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static <T> Optional<T> read(Path file, Function<Path, T> reader, Messages messages,
      List<String> errors) {
    if (!Files.isRegularFile(file)) {
      errors.add(messages.get("error.noFile", file));
      return Optional.empty();
    }
    try {
      return Optional.of(reader.apply(file));
    } catch (LapeJsonException e) {
      errors.add(messages.get("error.problems", file, e.problems().size()));
      for (JsonProblem p : e.problems()) {
        String pointer = p.pointer().isEmpty() ? "/" : p.pointer();
        errors.add(p.line() > 0
            ? messages.get("error.problemAt", Integer.toString(p.line()),
                Integer.toString(p.column()), pointer, p.message(messages.locale()))
            : messages.get("error.problem", pointer, p.message(messages.locale())));
      }
    } catch (UncheckedIOException e) {
      errors.add(messages.get("error.unreadable", file, e.getCause().getMessage()));
    } catch (LapeValidationException e) {
      errors.add(messages.get("error.invalid", file + ": " + e.getMessage()));
    }
    return Optional.empty();
  }
}
