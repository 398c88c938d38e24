package io.github.smtpstatus.cli;

import io.github.smtpstatus.cli.output.Style;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The output options every subcommand shares: {@code --json}, {@code --csv}, {@code --no-color}. */
public final class OutputOptions {

  /** Options at their defaults, until picocli sets them from the command line. */
  public OutputOptions() {}

  /** What a subcommand writes. */
  public enum Format {
    /** Aligned text for people, escaped, coloured on a terminal. */
    HUMAN,
    /** JSON Lines: one object per result, the schema in docs/CLI.md. */
    JSON,
    /** CSV with a header line: the same fields as the JSON. */
    CSV
  }

  static final class FormatChoice {
    @Option(names = "--json", description = "Write JSON Lines: one object per result (schema: docs/CLI.md).")
    boolean json;

    @Option(names = "--csv", description = "Write CSV with a header line (the JSON fields as columns).")
    boolean csv;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  FormatChoice choice;

  @Option(names = "--no-color", description = "No colour, even on a terminal (also when NO_COLOR is set).")
  boolean noColor;

  /** {@return the chosen format: human text when neither {@code --json} nor {@code --csv} is given} */
  public Format format() {
    if (choice == null) {
      return Format.HUMAN;
    }
    return choice.json ? Format.JSON : Format.CSV;
  }

  /** Colour only for human text on a terminal, without {@code --no-color} or {@code NO_COLOR}. */
  Style style(Environment environment) {
    boolean colour = format() == Format.HUMAN && environment.stdoutIsTerminal() && !noColor
        && !environment.noColor();
    return colour ? Style.ANSI : Style.PLAIN;
  }
}
