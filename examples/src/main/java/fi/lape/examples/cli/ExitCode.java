package fi.lape.examples.cli;

/** The exit codes of {@code lape}. */
public final class ExitCode {
  /** Every assessed group is compliant (and any other command succeeded). */
  public static final int COMPLIANT = 0;
  /** Some assessed group is not compliant. */
  public static final int NON_COMPLIANT = 1;
  /** Bad input or usage: an unknown option, a malformed file, an unknown policy or group. */
  public static final int BAD_INPUT = 2;
  /** A bug in lape: the message asks the user to report it. */
  public static final int INTERNAL_ERROR = 3;

  private ExitCode() {}
}
