package io.github.smtpstatus.cli;

import io.github.smtpstatus.cli.input.Chunk;
import io.github.smtpstatus.cli.input.Input;
import io.github.smtpstatus.cli.input.Progress;
import io.github.smtpstatus.cli.output.RecordFormatter;
import io.github.smtpstatus.cli.output.TerminalText;
import io.github.smtpstatus.cli.scan.LineClassifier;
import io.github.smtpstatus.cli.scan.LogReading;
import io.github.smtpstatus.cli.scan.ReadCounts;
import io.github.smtpstatus.cli.scan.ScanFormatter;
import io.github.smtpstatus.cli.scan.ScanResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code scan}: every line of mail logs or free text, one result per line that holds a code or a reply. */
@Command(name = "scan", mixinStandardHelpOptions = true,
    header = "Classify every line of mail logs or free text.",
    description = {"One result per line that holds an SMTP reply or an enhanced status code; lines without "
        + "one give no result. Reads standard input when no FILE is given. With --json or --csv, one record per "
        + "result (schema \"scan\" in docs/CLI.md)."})
final class ScanCommand implements Callable<Integer> {

  @ParentCommand
  SmtpStatus root;

  @Spec
  CommandSpec spec;

  @Mixin
  OutputOptions output;

  @Mixin
  ScanOptions options;

  @Override
  public Integer call() {
    String invalid = options.invalid();
    if (invalid != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), invalid);
    }
    Environment environment = root.environment();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Input> inputs = options.inputs(environment::stdin);
    int longest = inputs.stream().mapToInt(input -> TerminalText.escape(input.name()).length()).max().orElse(0);
    RecordFormatter<ScanResult> formatter = ScanFormatter.of(output.format(), output.style(environment), longest);
    LineClassifier classifier = new LineClassifier();
    Progress progress = progress(inputs, environment, err);

    out.print(formatter.header());
    long[] tally = new long[3];
    LogReading reading = new LogReading(inputs, options.threads, options.chunkBytes, options.maxLineBytes, err, progress);
    ReadCounts counts = reading.run(chunk -> batch(chunk, classifier, formatter), batch -> {
      out.print(batch.text());
      tally[0] += batch.results();
      tally[1] += batch.permanent();
      tally[2] += batch.matched();
    }, out::checkError);
    out.flush();
    if (out.checkError()) {
      // Standard output was closed (smtp-status scan big.log | head): stop quietly, as other tools do.
      return ExitCodes.OK;
    }
    report(err, counts, String.format(Locale.ROOT, "%,d results (%,d permanent failures)", tally[0], tally[1]),
        environment.stderrIsTerminal());
    if (counts.unreadable() > 0) {
      return ExitCodes.UNREADABLE_INPUT;
    }
    return options.failOn != null && tally[2] > 0 ? ExitCodes.FAIL_ON_MATCHED : ExitCodes.OK;
  }

  private record Batch(String text, long results, long permanent, long matched) {}

  private Batch batch(Chunk chunk, LineClassifier classifier, RecordFormatter<ScanResult> formatter) {
    List<ScanResult> results = new ArrayList<>();
    chunk.forEachLine(line -> classifier.classify(chunk.source(), line, results::add));
    long permanent = 0;
    long matched = 0;
    for (ScanResult result : results) {
      permanent += result.isPermanent() ? 1 : 0;
      matched += options.failOn != null && options.failOn.matches(result.statusClass(), result.isAddressDead()) ? 1 : 0;
    }
    return new Batch(formatter.format(results), results.size(), permanent, matched);
  }

  static Progress progress(List<Input> inputs, Environment environment, PrintWriter err) {
    long total = 0;
    for (Input input : inputs) {
      var size = input.size();
      if (size.isEmpty()) {
        return Progress.none(err);
      }
      total += size.getAsLong();
    }
    return new Progress(err, total, environment.nanoTime(), environment.stderrIsTerminal());
  }

  /**
   * The counts on standard error: always when something could not be read or was cut, else only on a
   * terminal (a script reading standard output gets nothing it did not ask for).
   */
  static void report(PrintWriter err, ReadCounts counts, String results, boolean terminal) {
    if (!terminal && counts.unreadable() == 0 && counts.cutLines() == 0) {
      return;
    }
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "smtp-status: %,d lines read, %s",
        counts.lines(), results));
    if (counts.cutLines() > 0) {
      line.append(String.format(Locale.ROOT, "; %,d lines were longer than --max-line-length and were cut",
          counts.cutLines()));
    }
    if (counts.unreadable() > 0) {
      line.append(String.format(Locale.ROOT, "; %,d of %,d inputs could not be read", counts.unreadable(),
          counts.inputs()));
    }
    err.println(line);
    err.flush();
  }
}
