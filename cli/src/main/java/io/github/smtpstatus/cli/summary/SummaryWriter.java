package io.github.smtpstatus.cli.summary;

import io.github.smtpstatus.cli.OutputOptions.Format;
import io.github.smtpstatus.cli.output.CsvLines;
import io.github.smtpstatus.cli.output.JsonLines;
import io.github.smtpstatus.cli.output.Schema;
import io.github.smtpstatus.cli.output.Style;
import io.github.smtpstatus.cli.output.TerminalText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonGenerator;

/** Writes a {@link Summary}: a headline and one top-N table per dimension, or the same as records. */
public final class SummaryWriter {

  /**
   * One row of a summary as {@code --json} and {@code --csv} write it.
   *
   * @param by {@code total}, {@code outcome} or a dimension's name
   * @param key the group: an outcome, a code, a domain; null for {@code total}
   * @param label what the group means, or null
   * @param count how many results are in the group
   * @param exact false when distinct keys overflowed and rare ones were dropped
   */
  public record Row(String by, String key, String label, long count, boolean exact) {}

  /** The {@code summary} record of docs/CLI.md. */
  public static final Schema<Row> SCHEMA = Schema.<Row>builder("summary")
      .string("by", "\"total\", \"outcome\", or the dimension: \"code\", \"reply_code\", ...", Row::by)
      .string("key", "the group (an outcome, a code, a domain); null for \"total\"", Row::key)
      .string("label", "what the group means for people, or null", Row::label)
      .integer("count", "how many results are in the group", Row::count)
      .bool("exact", "false when the dimension had over 10,000 distinct keys and the rarest were dropped "
          + "(the counts shown can then be low)", Row::exact)
      .build();

  private SummaryWriter() {}

  /**
   * The records of a summary: the total, the outcomes, then the largest groups of each dimension.
   *
   * @param <T> the result type
   * @param summary the summary
   * @param top how many groups of each dimension
   * @return the records, in output order
   */
  public static <T> List<Row> rows(Summary<T> summary, int top) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("total", null, null, summary.results(), true));
    for (TopCounter.Entry outcome : summary.outcomes()) {
      rows.add(new Row("outcome", outcome.key(), null, outcome.count(), true));
    }
    for (int i = 0; i < summary.dimensions().size(); i++) {
      Summary.Dimension<T> dimension = summary.dimensions().get(i);
      TopCounter counter = summary.counter(i);
      for (TopCounter.Entry entry : counter.top(top)) {
        String label = dimension.label() == null ? null : dimension.label().apply(entry.key());
        rows.add(new Row(dimension.name(), entry.key(), label, entry.count(), counter.exact()));
      }
    }
    return rows;
  }

  /**
   * Writes a summary.
   *
   * @param <T> the result type
   * @param out standard output
   * @param format the output format
   * @param style the colours of human text
   * @param summary the summary
   * @param top how many groups of each dimension
   * @param headline the first line of the human text
   */
  public static <T> void write(PrintWriter out, Format format, Style style, Summary<T> summary, int top,
      String headline) {
    switch (format) {
      case JSON -> {
        try (JsonGenerator json = JsonLines.open(out)) {
          for (Row row : rows(summary, top)) {
            JsonLines.write(json, SCHEMA, row);
          }
        }
      }
      case CSV -> {
        CSVPrinter csv = CsvLines.open(out);
        CsvLines.writeHeader(csv, SCHEMA);
        for (Row row : rows(summary, top)) {
          CsvLines.write(csv, SCHEMA, row);
        }
      }
      case HUMAN -> human(out, style, summary, top, headline);
    }
    out.flush();
  }

  private static <T> void human(PrintWriter out, Style style, Summary<T> summary, int top, String headline) {
    out.println(style.bold(headline));
    for (int i = 0; i < summary.dimensions().size(); i++) {
      Summary.Dimension<T> dimension = summary.dimensions().get(i);
      TopCounter counter = summary.counter(i);
      List<TopCounter.Entry> entries = counter.top(top);
      if (entries.isEmpty()) {
        continue;
      }
      long counted = 0;
      for (TopCounter.Entry entry : counter.top(Integer.MAX_VALUE)) {
        counted += entry.count();
      }
      out.println();
      String more = counter.size() > entries.size() ? String.format(Locale.ROOT, " (top %d of %,d)",
          entries.size(), counter.size()) : "";
      out.println(style.bold(dimension.heading() + more));
      int keyWidth = 4;
      for (TopCounter.Entry entry : entries) {
        keyWidth = Math.max(keyWidth, TerminalText.escape(entry.key()).length());
      }
      keyWidth = Math.min(keyWidth, 48);
      for (TopCounter.Entry entry : entries) {
        String key = TerminalText.escape(entry.key());
        String label = dimension.label() == null ? null : dimension.label().apply(entry.key());
        String line = String.format(Locale.ROOT, "  %,9d  %5.1f%%  %-" + keyWidth + "s", entry.count(),
            counted == 0 ? 0.0 : 100.0 * entry.count() / counted, key);
        out.println(label == null ? line.stripTrailing() : line + "  " + TerminalText.escape(label));
      }
      if (!counter.exact()) {
        out.println(style.dim(String.format(Locale.ROOT,
            "  over %,d distinct keys: the rarest were dropped, counts may be low by up to %,d",
            Summary.CAPACITY, counter.maxDropped())));
      }
    }
  }

  /**
   * The headline: "1,204 results in 9,000 lines: 804 permanent failures, 399 transient failures, 1 success".
   *
   * @param <T> the result type
   * @param summary the summary
   * @param noun what a result is called ("result", "recipient")
   * @param where what was read (" in 9,000 lines"), or the empty string
   * @return the headline
   */
  public static <T> String headline(Summary<T> summary, String noun, String where) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%,d %s%s", summary.results(),
        plural(noun, summary.results()), where));
    List<TopCounter.Entry> outcomes = summary.outcomes();
    for (int i = 0; i < outcomes.size(); i++) {
      TopCounter.Entry outcome = outcomes.get(i);
      line.append(i == 0 ? ": " : ", ").append(String.format(Locale.ROOT, "%,d %s", outcome.count(),
          plural(outcome.key(), outcome.count())));
    }
    return line.toString();
  }

  /** The plural of a group name; outcomes are participles ("bounced", "sent") and stay as they are. */
  static String plural(String noun, long count) {
    if (count == 1 || noun.endsWith("ed") || noun.equals("sent")) {
      return noun;
    }
    return noun.endsWith("s") ? noun + "es" : noun + "s";
  }
}
