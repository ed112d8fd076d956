package fi.lape.examples.cli;

import java.util.List;

/**
 * Ends a command with an exit code and lines for the error stream: bad input, an unknown policy or
 * group. Never carries a stack trace to the user.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final transient List<String> lines;

  CliException(int exitCode, List<String> lines) {
    super(String.join("\n", lines), null, false, false);
    this.exitCode = exitCode;
    this.lines = List.copyOf(lines);
  }

  /** Bad input or usage: exit code {@link ExitCode#BAD_INPUT}. */
  static CliException badInput(String... lines) {
    return new CliException(ExitCode.BAD_INPUT, List.of(lines));
  }

  /** Bad input or usage with several lines. */
  static CliException badInput(List<String> lines) {
    return new CliException(ExitCode.BAD_INPUT, lines);
  }

  int exitCode() {
    return exitCode;
  }

  List<String> lines() {
    return lines;
  }
}
