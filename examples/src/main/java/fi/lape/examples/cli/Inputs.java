package fi.lape.examples.cli;

import fi.lape.core.Dataset;
import fi.lape.core.LapeValidationException;
import fi.lape.core.policy.CoveragePolicy;
import fi.lape.core.policy.Policies;
import fi.lape.examples.SampleData;
import fi.lape.json.JsonProblem;
import fi.lape.json.LapeJson;
import fi.lape.json.LapeJsonException;
import fi.lape.json.LocatedDataset;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Turns command-line arguments into lape values, or into a {@link CliException} that lists every
 * problem of every file with its line, column and JSON pointer.
 */
final class Inputs {
  /** A dataset and how to name it to the user. */
  record Source(String label, Dataset dataset, Optional<LocatedDataset> located) {
    Source(String label, Dataset dataset) {
      this(label, dataset, Optional.empty());
    }
  }

  private Inputs() {}

  /** The built-in sample data. */
  static Source sample(Messages messages) {
    return new Source(messages.get("source.sample"), SampleData.dataset());
  }

  /** A file that could not be read: its error lines and, for a bad document, its problems. */
  record Failed(String label, List<String> errors, List<JsonProblem> problems) {}

  /** The datasets in {@code files}, in order; all files are read before any problem is raised. */
  static List<Source> datasets(List<Path> files, Messages messages) {
    List<String> errors = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    for (Path file : files) {
      dataset(file, messages, errors).ifPresent(sources::add);
    }
    if (!errors.isEmpty()) {
      throw CliException.badInput(errors);
    }
    return sources;
  }

  /** The dataset in {@code file}, or empty with its problems added to {@code errors}. */
  static Optional<Source> dataset(Path file, Messages messages, List<String> errors) {
    return dataset(file, messages, errors, new ArrayList<>(), false);
  }

  /**
   * Like {@link #dataset(Path, Messages, List)}, also collecting a bad document's problems; with
   * {@code locate}, a JSON document's groups and memberships keep their places in the file.
   */
  static Optional<Source> dataset(Path file, Messages messages, List<String> errors,
      List<JsonProblem> problems, boolean locate) {
    if (Spreadsheets.is(file)) {
      return Spreadsheets.read(file, messages, errors)
          .map(dataset -> new Source(file.toString(), dataset));
    }
    if (!locate) {
      return read(file,
          path -> collecting(() -> LapeJson.standard().readDataset(path), problems),
          messages, errors)
          .map(dataset -> new Source(file.toString(), dataset));
    }
    return read(file,
        path -> collecting(() -> LapeJson.standard().readLocatedDataset(path), problems),
        messages, errors)
        .map(read -> new Source(file.toString(), read.dataset(), Optional.of(read)));
  }

  /** The dataset on {@code in}, named {@code label}, or empty with its problems in errors. */
  static Optional<Source> stdin(InputStream in, String label, Messages messages,
      List<String> errors) {
    return stdin(in, label, messages, errors, new ArrayList<>());
  }

  /** Like {@link #stdin(InputStream, String, Messages, List)}, also collecting its problems. */
  static Optional<Source> stdin(InputStream in, String label, Messages messages,
      List<String> errors, List<JsonProblem> problems) {
    return parse(label, () -> collecting(() -> LapeJson.standard().readDataset(in), problems),
        messages, errors).map(dataset -> new Source(label, dataset));
  }

  private static <T> T collecting(Supplier<T> reader, List<JsonProblem> problems) {
    try {
      return reader.get();
    } catch (LapeJsonException e) {
      problems.addAll(e.problems());
      throw e;
    }
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
      throw CliException.badInput(messages.get("error.unknownPolicy", messages.echo(idOrFile),
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
    return parse(file.toString(), () -> reader.apply(file), messages, errors);
  }

  private static <T> Optional<T> parse(String file, Supplier<T> reader, Messages messages,
      List<String> errors) {
    try {
      return Optional.of(reader.get());
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
