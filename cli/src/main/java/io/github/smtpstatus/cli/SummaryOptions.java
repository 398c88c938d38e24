package io.github.smtpstatus.cli;

import picocli.CommandLine.Option;

/** The options of the {@code summary} subcommands. */
public final class SummaryOptions {

  /** Options at their defaults, until picocli sets them from the command line. */
  public SummaryOptions() {}

  @Option(names = "--top", paramLabel = "N", defaultValue = "10",
      description = "Show the N largest groups of each table (default: ${DEFAULT-VALUE}).")
  int top;

  /** Checks the numbers; a message for the usage error, or null. */
  String invalid() {
    return top < 1 ? "--top must be at least 1, not " + top : null;
  }
}
