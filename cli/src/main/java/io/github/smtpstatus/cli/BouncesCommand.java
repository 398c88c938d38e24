package io.github.smtpstatus.cli;

import io.github.smtpstatus.bounce.BounceReader;
import io.github.smtpstatus.cli.bounces.BounceFormatter;
import io.github.smtpstatus.cli.bounces.BounceReading;
import io.github.smtpstatus.cli.bounces.BounceResult;
import io.github.smtpstatus.cli.input.Input;
import io.github.smtpstatus.cli.output.RecordFormatter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bounces}: bounce messages read into one result per recipient. */
@Command(name = "bounces", mixinStandardHelpOptions = true,
    header = "Read bounce messages: one result per recipient.",
    description = {"Each PATH is a message file (.eml), an mbox file, a maildir or a folder of message files; "
        + "standard input (one message or an mbox) when none is given, or for '-'. Delivery status reports "
        + "(RFC 3464, RFC 6533) are read field by field, other bounces from their text; the returned original "
        + "message never contributes. With --json or --csv, one record per recipient (schema \"bounces\" in "
        + "docs/CLI.md)."})
final class BouncesCommand implements Callable<Integer> {

  /** The options of {@code bounces} and {@code summary bounces}. */
  static final class Options {
    @Parameters(paramLabel = "PATH", arity = "0..*",
        description = "Message files, mbox files, maildirs or folders; standard input when none, or for '-'.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "WHAT", completionCandidates = FailOn.Names.class,
        description = FailOn.DESCRIPTION)
    FailOn failOn;

    List<Input> inputs(java.util.function.Supplier<java.io.InputStream> stdin) {
      if (paths.isEmpty()) {
        return List.of(Input.stdin(stdin));
      }
      List<Input> inputs = new ArrayList<>();
      for (String path : paths) {
        inputs.add(Input.of(path, stdin));
      }
      return inputs;
    }
  }

  @ParentCommand
  SmtpStatus root;

  @Spec
  CommandSpec spec;

  @Mixin
  OutputOptions output;

  @Mixin
  Options options;

  @Override
  public Integer call() {
    Environment environment = root.environment();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RecordFormatter<BounceResult> formatter = BounceFormatter.of(output.format(), output.style(environment));
    out.print(formatter.header());
    long[] tally = new long[2];
    BounceReading.Counts counts = new BounceReading(BounceReader.create(), options.inputs(environment::stdin), err)
        .run(result -> {
          out.print(formatter.format(List.of(result)));
          tally[0]++;
          tally[1] += options.failOn != null && options.failOn.matches(result.statusClass(), result.isAddressDead()) ? 1 : 0;
        }, out::checkError);
    out.flush();
    if (out.checkError()) {
      return ExitCodes.OK;
    }
    report(err, counts, tally[0], environment.stderrIsTerminal());
    if (counts.unreadable() > 0) {
      return ExitCodes.UNREADABLE_INPUT;
    }
    return options.failOn != null && tally[1] > 0 ? ExitCodes.FAIL_ON_MATCHED : ExitCodes.OK;
  }

  /** The counts on standard error: on a terminal, and always when something could not be read. */
  static void report(PrintWriter err, BounceReading.Counts counts, long results, boolean terminal) {
    if (!terminal && counts.unreadable() == 0 && counts.damaged() == 0) {
      return;
    }
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
        "smtp-status: %,d messages read, %,d recipient results, %,d messages were no bounce", counts.messages(),
        results, counts.notBounces()));
    if (counts.damaged() > 0) {
      line.append(String.format(Locale.ROOT, "; %,d messages were damaged or over a limit and read in part",
          counts.damaged()));
    }
    if (counts.unreadable() > 0) {
      line.append(String.format(Locale.ROOT, "; %,d inputs or messages could not be read", counts.unreadable()));
    }
    err.println(line);
    err.flush();
  }
}
