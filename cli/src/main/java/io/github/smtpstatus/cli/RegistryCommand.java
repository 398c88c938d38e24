package io.github.smtpstatus.cli;

import io.github.smtpstatus.EnhancedStatusCode;
import io.github.smtpstatus.StatusClass;
import io.github.smtpstatus.StatusCodeRegistry;
import io.github.smtpstatus.StatusSubject;
import io.github.smtpstatus.cli.output.CsvLines;
import io.github.smtpstatus.cli.output.JsonLines;
import io.github.smtpstatus.cli.output.Style;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.core.JsonGenerator;

/** {@code registry}: the bundled IANA registry, as a table, JSON Lines or CSV. */
@Command(name = "registry", mixinStandardHelpOptions = true,
    header = "Print the IANA registry this tool was built with.",
    description = {"Its classes, subjects and codes. With --json or --csv, one record per row (schema "
        + "\"registry\" in docs/CLI.md)."})
final class RegistryCommand implements Callable<Integer> {

  /** Which tables to print. */
  enum Table { ALL, CLASSES, SUBJECTS, CODES }

  /** The values of {@code --table} as the help and completion show them. */
  static final class TableNames extends LowerCaseNames<Table> {
    TableNames() {
      super(Table.class);
    }
  }

  @ParentCommand
  SmtpStatus root;

  @Spec
  CommandSpec spec;

  @Mixin
  OutputOptions output;

  @Option(names = "--table", paramLabel = "TABLE", defaultValue = "all", completionCandidates = TableNames.class,
      description = "Which table: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Table table;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    boolean classes = table == Table.ALL || table == Table.CLASSES;
    boolean subjects = table == Table.ALL || table == Table.SUBJECTS;
    boolean codes = table == Table.ALL || table == Table.CODES;
    switch (output.format()) {
      case JSON -> {
        try (JsonGenerator json = JsonLines.open(out)) {
          for (RegistryRow row : RegistryRow.rows(classes, subjects, codes)) {
            JsonLines.write(json, RegistryRow.SCHEMA, row);
          }
        }
      }
      case CSV -> {
        CSVPrinter csv = CsvLines.open(out);
        CsvLines.writeHeader(csv, RegistryRow.SCHEMA);
        for (RegistryRow row : RegistryRow.rows(classes, subjects, codes)) {
          CsvLines.write(csv, RegistryRow.SCHEMA, row);
        }
      }
      case HUMAN -> printHuman(out, output.style(root.environment()), classes, subjects, codes);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void printHuman(PrintWriter out, Style style, boolean classes, boolean subjects, boolean codes) {
    out.printf("IANA SMTP Enhanced Status Codes (RFC 3463, RFC 5248): %d classes, %d subjects, %d codes%n",
        StatusCodeRegistry.CLASS_COUNT, StatusCodeRegistry.SUBJECT_COUNT, StatusCodeRegistry.CODE_COUNT);
    for (StatusCodeRegistry.Table each : StatusCodeRegistry.tables()) {
      out.printf("  %s%n", each);
    }
    if (classes) {
      out.printf("%n%s%n", style.bold("Classes"));
      for (StatusClass each : StatusClass.values()) {
        out.printf("  %-9s  %-46s  %s%n", each.code(), each.name(), each.sampleText());
      }
    }
    if (subjects) {
      out.printf("%n%s%n", style.bold("Subjects"));
      for (StatusSubject each : StatusSubject.values()) {
        out.printf("  %-9s  %-46s  %s%n", each.code(), each.name(), each.sampleText());
      }
    }
    if (codes) {
      out.printf("%n%s%n", style.bold("Codes (" + StatusCodeRegistry.ENUMERATED_TABLE.title() + ")"));
      out.printf("  %-7s  %-48s  %-22s  %s%n", "code", "constant", "reply codes", "sample text");
      for (EnhancedStatusCode each : EnhancedStatusCode.values()) {
        String text = each.isDeprecated()
            ? "(deprecated" + each.replacement().map(r -> ": use " + r.code()).orElse("") + ")"
            : each.sampleText();
        String replyCodes = RegistryRow.replyCodesColumn(each.associatedReplyCodes());
        out.printf("  %-7s  %-48s  %-22s  %s%n", each.code(), each.name(),
            replyCodes.length() <= 22 ? replyCodes : replyCodes.substring(0, 19) + "...", text);
      }
    }
  }
}
