package fi.lape.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Says what is wrong with the command line in the user's language, in lape's own words instead of
 * picocli's English ones: an unknown option, a missing argument, a value that is not a day or not
 * one of the choices. A typed value is quoted back only when it cannot be personal data ({@link
 * Messages#echo}). Exit code {@value ExitCode#BAD_INPUT}.
 */
final class ParameterErrors implements IParameterExceptionHandler {
  private final Messages messages;

  ParameterErrors(Language language) {
    this.messages = new Messages(language);
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(message(e));
    err.println(messages.get("usage.hint", command.getCommandSpec().qualifiedName()));
    err.flush();
    return ExitCode.BAD_INPUT;
  }

  /** The sentence for {@code e}. */
  String message(ParameterException e) {
    if (e instanceof UnmatchedArgumentException) {
      List<String> unmatched = ((UnmatchedArgumentException) e).getUnmatched();
      String first = unmatched.isEmpty() ? "" : unmatched.get(0);
      return messages.get(first.startsWith("-") ? "error.unknownOption" : "error.extraArgument",
          messages.echo(first));
    }
    if (e instanceof MissingParameterException) {
      List<ArgSpec> missing = ((MissingParameterException) e).getMissing();
      return messages.get("error.missing", missing.stream().map(ParameterErrors::name)
          .collect(Collectors.joining(", ")), missing.size());
    }
    if (e instanceof OverwrittenOptionException) {
      return messages.get("error.repeated",
          name(((OverwrittenOptionException) e).getOverwritten()));
    }
    ArgSpec spec = e.getArgSpec();
    String value = e.getValue();
    if (spec != null && value != null) {
      Class<?> type = spec.type();
      if (type == LocalDate.class) {
        return messages.get("error.date", name(spec), messages.echo(value));
      }
      if (type.isEnum()) {
        return messages.get("error.choice", name(spec), messages.echo(value),
            Arrays.stream(type.getEnumConstants()).map(Object::toString)
                .collect(Collectors.joining(", ")));
      }
      return messages.get("error.value", name(spec), messages.echo(value));
    }
    return messages.get("error.usage");
  }

  /** How the user wrote the option ({@code --as-of}) or the argument's label ({@code GROUP}). */
  private static String name(ArgSpec spec) {
    if (spec instanceof OptionSpec) {
      return ((OptionSpec) spec).longestName();
    }
    return ((PositionalParamSpec) spec).paramLabel();
  }
}
