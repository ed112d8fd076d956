package fi.lape.examples.cli;

import fi.lape.advisor.AdvisorJson;
import fi.lape.advisor.AdvisorJsonException;
import fi.lape.core.Dataset;
import fi.lape.core.Group;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the advisor's documents for {@code suggest} and {@code what-if}, or says where they are bad. */
final class AdvisorInputs {
  private AdvisorInputs() {}

  /** The dataset of {@code file}, or the sample when there is none. */
  static Inputs.Source source(Path file, Messages messages) {
    return file == null ? Inputs.sample(messages)
        : Inputs.datasets(List.of(file), messages).get(0);
  }

  /** The group {@code groupId} of the source, or a bad-input error listing its groups. */
  static Group group(Inputs.Source source, String groupId, Messages messages) {
    Dataset dataset = source.dataset();
    return dataset.group(groupId).orElseThrow(() -> CliException.badInput(
        messages.get("error.unknownGroup", groupId, source.label(), dataset.groups().stream()
            .map(Group::id).collect(Collectors.joining(", ")))));
  }

  /** Reads {@code file} with {@code reader}: every problem with its line, column and pointer. */
  static <T> T read(Path file, Function<String, T> reader, Messages messages) {
    if (!Files.isRegularFile(file)) {
      throw CliException.badInput(messages.get("error.noFile", file));
    }
    String text;
    try {
      text = Files.readString(file);
    } catch (java.io.IOException | UncheckedIOException e) {
      throw CliException.badInput(messages.get("error.unreadable", file,
          e.getClass().getSimpleName()));
    } catch (RuntimeException e) {
      throw CliException.badInput(messages.get("error.unreadable", file, "UTF-8"));
    }
    try {
      return reader.apply(text);
    } catch (AdvisorJsonException e) {
      List<String> lines = new ArrayList<>();
      lines.add(messages.get("error.problems", file, e.problems().size()));
      for (AdvisorJsonException.Problem p : e.problems()) {
        String pointer = p.pointer().isEmpty() ? "/" : p.pointer();
        String message = p.message(messages.locale());
        lines.add(p.line() > 0
            ? messages.get("error.problemAt", Integer.toString(p.line()),
                Integer.toString(p.column()), pointer, message)
            : messages.get("error.problem", pointer, message));
      }
      throw CliException.badInput(lines);
    }
  }

  /** A writer of the advisor's documents in the command's language. */
  static AdvisorJson json(Messages messages, Dataset namesFrom) {
    AdvisorJson.Builder b = AdvisorJson.builder().language(messages.locale()).pretty(true);
    if (namesFrom != null) {
      b.names(namesFrom);
    }
    return b.build();
  }
}
