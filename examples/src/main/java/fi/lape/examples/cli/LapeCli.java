package fi.lape.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import fi.lape.core.Dates;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code lape} command line: assess LAPE groups, show a group's compliance over time, list the
 * rule catalogue and print the JSON Schemas.
 *
 * <pre>
 * lape assess                              # the built-in sample data
 * lape assess --lang fi groups.json        # a dataset, in Finnish
 * lape timeline orimattila-lape --from 1.1.2017 --to 2018-12-31
 * lape rules --policy pohjois-savo-2017
 * lape schema dataset
 * lape convert jasenet.xlsx jasenet.json     # a member list to a dataset document, and back
 * lape serve --port 8080
 * </pre>
 *
 * <p>Exit codes: {@value ExitCode#COMPLIANT} every group compliant, {@value
 * ExitCode#NON_COMPLIANT} some group is not, {@value ExitCode#BAD_INPUT} bad input or usage,
 * {@value ExitCode#INTERNAL_ERROR} a bug in lape.
 */
@Command(
    name = "lape",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = LapeCli.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    subcommands = {
      AssessCommand.class,
      TimelineCommand.class,
      SuggestCommand.class,
      WhatIfCommand.class,
      RulesCommand.class,
      SchemaCommand.class,
      ConvertCommand.class,
      ServeCommand.class
    })
public final class LapeCli implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--lang", paramLabel = "fi|sv|en", scope = ScopeType.INHERIT,
      descriptionKey = "lang")
  Language language;

  LapeCli() {}

  /** Runs {@code lape} with {@code args} on the standard streams and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
        true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8),
        true);
    System.exit(execute(args, out, err));
  }

  /**
   * Runs {@code lape} with {@code args}, writing results to {@code out} and diagnostics to
   * {@code err}, and returns the exit code; for embedding and tests.
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    Language language = requestedLanguage(args);
    CommandLine cli = new CommandLine(new LapeCli());
    cli.setResourceBundle(Messages.bundle(Messages.HELP_BUNDLE, language));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // Days as people write them (1.11.2017 or 2017-11-01); a bad one is answered in the user's
    // language by ParameterErrors, never with picocli's or java.time's English.
    cli.registerConverter(LocalDate.class, text -> Dates.parse(text)
        .orElseThrow(() -> new CommandLine.TypeConversionException(text)));
    cli.setParameterExceptionHandler(new ParameterErrors(language));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> failed(e, commandLine.getErr(), language));
    try {
      return cli.execute(args);
    } catch (Throwable t) {
      // picocli hands exceptions to the handler above; an Error (OutOfMemoryError,
      // StackOverflowError) passes it by and ends here, still as one line and exit code 3.
      return failed(t, err, language);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * Reports a command that failed and returns its exit code: the lines of a {@link CliException},
   * or one line asking to report anything else, which can only be a bug in lape. Never a stack
   * trace.
   */
  static int failed(Throwable e, PrintWriter err, Language language) {
    err.flush();
    if (e instanceof CliException) {
      ((CliException) e).lines().forEach(err::println);
      return ((CliException) e).exitCode();
    }
    if (e instanceof OutOfMemoryError) {
      err.println(new Messages(language).get("error.outOfMemory"));
    } else {
      err.println(new Messages(language).get("error.internal", oneLine(String.valueOf(e))));
    }
    err.flush();
    return ExitCode.INTERNAL_ERROR;
  }

  /** {@code text} on one line: control characters escaped, at most 300 characters. */
  static String oneLine(String text) {
    StringBuilder line = new StringBuilder();
    text.chars().limit(300).forEach(c -> line.append(Character.isISOControl(c)
        || c == 0x2028 || c == 0x2029 ? String.format("\\u%04X", c) : String.valueOf((char) c)));
    return text.length() > 300 ? line.append("...").toString() : line.toString();
  }

  /**
   * The language the help is shown in: picocli builds the help before it parses {@code --lang},
   * so it is looked up in the arguments first. Parsing validates it as usual afterwards.
   */
  static Language requestedLanguage(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if (args[i].equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      } else if (args[i].equals("--")) {
        break;
      }
      if (value != null) {
        for (Language l : Language.values()) {
          if (l.name().equalsIgnoreCase(value)) {
            return l;
          }
        }
      }
    }
    return Language.fallback();
  }

  /** The language chosen with {@code --lang}, or the default. */
  Language language() {
    return language != null ? language : Language.fallback();
  }

  /** The fixed words of the output in the chosen language. */
  Messages messages() {
    return new Messages(language());
  }

  /** Without a subcommand: the usage, and exit code {@value ExitCode#BAD_INPUT}. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.BAD_INPUT;
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = LapeCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return List.of("lape " + p.getProperty("version", "(unknown version)"),
          "Java " + System.getProperty("java.version")).toArray(new String[0]);
    }
  }
}
