package io.github.smtpstatus.cli;

import io.github.smtpstatus.cli.input.Chunk;
import io.github.smtpstatus.cli.input.ChunkReader;
import io.github.smtpstatus.cli.input.Input;
import io.github.smtpstatus.cli.output.CsvLines;
import io.github.smtpstatus.cli.output.JsonLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonGenerator;

/** {@code explain}: what a code or a reply means, for a person. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    header = "Explain status codes and SMTP replies.",
    description = {"What a code means: class, subject and detail, the registry entry with its RFCs, the reply "
        + "codes it goes with, and what a careful receiver notices about a reply. Each argument is a code (5.1.1), "
        + "a reply (\"550 5.1.1 User unknown\") or text holding codes; with no argument, each line of standard "
        + "input is one. Exit code 1 when an input holds no code and no reply. With --json or --csv, one record "
        + "per code (schema \"explain\" in docs/CLI.md)."})
final class ExplainCommand implements Callable<Integer> {

  /** The longest line of standard input read as one input. */
  private static final int MAX_LINE_BYTES = 65536;

  @ParentCommand
  SmtpStatus root;

  @Spec
  CommandSpec spec;

  @Mixin
  OutputOptions output;

  @Parameters(paramLabel = "CODE-OR-REPLY", arity = "0..*",
      description = "A code, a reply or text; '-' or none: the lines of standard input.")
  List<String> inputs = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    int[] counts = new int[2];
    try (Printer printer = new Printer(out)) {
      java.util.function.Consumer<String> explain = text -> {
        counts[0]++;
        List<Explanation> each = Explanation.of(text);
        counts[1] += each.get(0).kind().equals("none") ? 1 : 0;
        each.forEach(printer::print);
      };
      if (inputs.isEmpty() || inputs.equals(List.of("-"))) {
        readStdin(explain);
      } else {
        inputs.forEach(explain);
      }
    }
    out.flush();
    if (counts[1] > 0) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf("smtp-status: %d of %d inputs hold no status code and no SMTP reply%n", counts[1], counts[0]);
      err.flush();
      return ExitCodes.UNREADABLE_INPUT;
    }
    return ExitCodes.OK;
  }

  /** Writes explanations one by one in the chosen format. */
  private final class Printer implements AutoCloseable {
    private final JsonGenerator json;
    private final CSVPrinter csv;
    private final ExplanationText text;

    Printer(PrintWriter out) {
      json = output.format() == OutputOptions.Format.JSON ? JsonLines.open(out) : null;
      csv = output.format() == OutputOptions.Format.CSV ? CsvLines.open(out) : null;
      text = output.format() == OutputOptions.Format.HUMAN
          ? new ExplanationText(out, output.style(root.environment())) : null;
      if (csv != null) {
        CsvLines.writeHeader(csv, Explanation.SCHEMA);
      }
    }

    void print(Explanation explanation) {
      if (json != null) {
        JsonLines.write(json, Explanation.SCHEMA, explanation);
      } else if (csv != null) {
        CsvLines.write(csv, Explanation.SCHEMA, explanation);
      } else {
        text.print(explanation);
      }
    }

    @Override
    public void close() {
      if (json != null) {
        json.close();
      }
    }
  }

  /** Each non-blank line of standard input, one at a time. */
  private void readStdin(java.util.function.Consumer<String> explain) throws IOException {
    Input stdin = Input.stdin(root.environment()::stdin);
    try (InputStream in = stdin.open()) {
      ChunkReader reader = new ChunkReader(in, stdin.name(), 1 << 16, MAX_LINE_BYTES);
      for (Chunk chunk = reader.next(); chunk != null; chunk = reader.next()) {
        chunk.forEachLine(line -> {
          if (!line.text().isBlank()) {
            explain.accept(line.text());
          }
        });
      }
    }
  }
}
