package io.github.smtpstatus.cli;

import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.cli.input.Chunk;
import io.github.smtpstatus.cli.input.Input;
import io.github.smtpstatus.cli.scan.LineClassifier;
import io.github.smtpstatus.cli.scan.LogReading;
import io.github.smtpstatus.cli.scan.ReadCounts;
import io.github.smtpstatus.cli.scan.ScanResult;
import io.github.smtpstatus.cli.summary.Summary;
import io.github.smtpstatus.cli.summary.SummaryWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code summary}: aggregate tables over what {@code scan} (or {@code bounces}) finds. */
@Command(name = "summary", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "(scan)",
    header = "Summarise what scan finds, as tables.",
    description = {"A headline and the largest groups by enhanced code and by reply code. With --json or --csv, "
        + "one record per group (schema \"summary\" in docs/CLI.md)."},
    subcommands = {SummaryCommand.Scan.class})
final class SummaryCommand implements Callable<Integer> {

  @ParentCommand
  SmtpStatus root;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing what to summarise: scan FILE...");
  }

  /** The dimensions of a summary of scan results. */
  static List<Summary.Dimension<ScanResult>> scanDimensions() {
    return List.of(
        new Summary.Dimension<>("code", "By enhanced code", r -> r.code() == null ? null : r.code().toString(),
            code -> StatusCode.parse(code).meaning().sampleText()),
        new Summary.Dimension<>("reply_code", "By reply code",
            r -> r.replyCode() == null ? null : r.replyCode().toString(), null));
  }

  /** A scan result's headline group. */
  static String outcome(ScanResult result) {
    int statusClass = result.code() != null ? result.code().statusClass().number()
        : result.replyCode() != null ? result.replyCode() / 100 : 0;
    return switch (statusClass) {
      case 5 -> "permanent failure";
      case 4 -> "transient failure";
      case 2 -> "success";
      default -> "other result";
    };
  }

  /** {@code summary scan}. */
  @Command(name = "scan", mixinStandardHelpOptions = true,
      header = "Summarise the results of scan over mail logs or text.",
      description = {"Reads standard input when no FILE is given."})
  static final class Scan implements Callable<Integer> {

    @ParentCommand
    SummaryCommand summary;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Mixin
    ScanOptions options;

    @Mixin
    SummaryOptions summaryOptions;

    @Override
    public Integer call() {
      String invalid = options.invalid() != null ? options.invalid() : summaryOptions.invalid();
      if (invalid != null) {
        throw new CommandLine.ParameterException(spec.commandLine(), invalid);
      }
      Environment environment = summary.root.environment();
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      List<Input> inputs = options.inputs(environment::stdin);
      LineClassifier classifier = new LineClassifier();
      Summary<ScanResult> total = new Summary<>(scanDimensions(), SummaryCommand::outcome);
      long[] matched = {0};
      ReadCounts counts = new LogReading(inputs, options.threads, options.chunkBytes, options.maxLineBytes, err,
          ScanCommand.progress(inputs, environment, err)).run(chunk -> summarise(chunk, classifier), part -> {
            total.addAll(part.summary());
            matched[0] += part.matched();
          }, () -> false);
      SummaryWriter.write(out, output.format(), output.style(environment), total, summaryOptions.top,
          SummaryWriter.headline(total, "result", String.format(java.util.Locale.ROOT, " in %,d lines",
              counts.lines())));
      ScanCommand.report(err, counts, String.format(java.util.Locale.ROOT, "%,d results", total.results()), false);
      if (counts.unreadable() > 0) {
        return ExitCodes.UNREADABLE_INPUT;
      }
      return options.failOn != null && matched[0] > 0 ? ExitCodes.FAIL_ON_MATCHED : ExitCodes.OK;
    }

    private record Part(Summary<ScanResult> summary, long matched) {}

    private Part summarise(Chunk chunk, LineClassifier classifier) {
      Summary<ScanResult> part = new Summary<>(scanDimensions(), SummaryCommand::outcome);
      long[] matched = {0};
      chunk.forEachLine(line -> classifier.classify(chunk.source(), line).ifPresent(result -> {
        part.add(result);
        matched[0] += options.failOn != null && options.failOn.matches(result) ? 1 : 0;
      }));
      return new Part(part, matched[0]);
    }
  }
}
