package io.github.smtpstatus.cli;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code smtp-status} command: its subcommands do the work. */
@Command(
    name = "smtp-status",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    synopsisSubcommandLabel = "COMMAND",
    description = {"SMTP enhanced status codes (RFC 3463) for people and scripts: explain a code or reply, "
        + "classify mail logs and bounce messages, summarise them, print the IANA registry."},
    subcommands = {
      ExplainCommand.class,
      ScanCommand.class,
      BouncesCommand.class,
      SummaryCommand.class,
      RegistryCommand.class,
      AutoComplete.GenerateCompletion.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was read (with or without results)",
      "1:some input could not be read; the rest was, and the counts are on standard error",
      "2:usage error",
      "3:--fail-on found what it names (and every input was read)",
      "70:internal error (a bug: please report it)"
    },
    footer = {"%nRun 'smtp-status COMMAND --help' for a command's options. Documentation: docs/CLI.md."})
public final class SmtpStatus implements Callable<Integer> {

  private final Environment environment;

  @Spec
  CommandSpec spec;

  SmtpStatus(Environment environment) {
    this.environment = Objects.requireNonNull(environment, "environment == null");
  }

  /**
   * The tool's command line.
   *
   * @param environment standard input, terminals and clock
   * @param out standard output
   * @param err standard error
   * @return the command line, ready to {@code execute}
   */
  public static CommandLine commandLine(Environment environment, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new SmtpStatus(environment));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setUsageHelpAutoWidth(true);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(SmtpStatus::internalError);
    commandLine.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
    return commandLine;
  }

  Environment environment() {
    return environment;
  }

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing command: give one of explain, scan, bounces, summary, registry (or --help)");
  }

  private static int internalError(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
    PrintWriter err = commandLine.getErr();
    err.println("smtp-status: internal error, please report it with the command line and this trace:");
    e.printStackTrace(err);
    err.flush();
    return ExitCodes.SOFTWARE;
  }
}
