package io.github.smtpstatus.cli;

/** The tool's exit codes, as docs/CLI.md and {@code --help} list them. */
public final class ExitCodes {

  /** Every input was read, whether or not it held any result. */
  public static final int OK = 0;
  /** Some input could not be read (a missing file, an I/O error, an unreadable message); the rest was. */
  public static final int UNREADABLE_INPUT = 1;
  /** The command line is wrong; nothing was read. */
  public static final int USAGE = 2;
  /** Every input was read and {@code --fail-on} found what it names. */
  public static final int FAIL_ON_MATCHED = 3;
  /** A bug in the tool; the message asks for a report. */
  public static final int SOFTWARE = 70;

  private ExitCodes() {}
}
