package io.github.smtpstatus.cli.scan;

import io.github.smtpstatus.cli.OutputOptions.Format;
import io.github.smtpstatus.cli.output.CsvLines;
import io.github.smtpstatus.cli.output.JsonLines;
import io.github.smtpstatus.cli.output.Style;
import io.github.smtpstatus.cli.output.TerminalText;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonGenerator;

/**
 * Turns a batch of {@link ScanResult}s into the text {@code scan} writes, on the worker's thread: one
 * line per result in the chosen format. Thread-safe (each call has its own generator or printer).
 */
public final class ScanFormatter {

  private final Format format;
  private final Style style;

  /**
   * A formatter.
   *
   * @param format the output format
   * @param style the colours of human text
   */
  public ScanFormatter(Format format, Style style) {
    this.format = format;
    this.style = style;
  }

  /** {@return the CSV header, or the empty string for the other formats} */
  public String header() {
    if (format != Format.CSV) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    CsvLines.writeHeader(CsvLines.open(out), ScanResult.SCHEMA);
    return out.toString();
  }

  /**
   * Formats results.
   *
   * @param results results, in input order
   * @return their text, in order
   */
  public String format(List<ScanResult> results) {
    switch (format) {
      case JSON -> {
        StringWriter out = new StringWriter(results.size() * 320);
        try (JsonGenerator json = JsonLines.open(out)) {
          for (ScanResult result : results) {
            JsonLines.write(json, ScanResult.SCHEMA, result);
          }
        }
        return out.toString();
      }
      case CSV -> {
        StringBuilder out = new StringBuilder(results.size() * 240);
        CSVPrinter csv = CsvLines.open(out);
        for (ScanResult result : results) {
          CsvLines.write(csv, ScanResult.SCHEMA, result);
        }
        return out.toString();
      }
      default -> {
        StringBuilder out = new StringBuilder(results.size() * 160);
        for (ScanResult result : results) {
          human(out, result);
        }
        return out.toString();
      }
    }
  }

  /** {@code mail.log:12  5.1.1    550  Bad destination mailbox address  <text>}. */
  private void human(StringBuilder out, ScanResult result) {
    String where = TerminalText.escape(result.source()) + ":" + result.line();
    String code = result.code() == null ? "-" : result.code().toString();
    int statusClass = result.code() != null ? result.code().statusClass().number()
        : result.replyCode() != null ? result.replyCode() / 100 : 0;
    out.append(where);
    pad(out, where.length(), 20);
    out.append("  ").append(style.forClass(statusClass, code));
    pad(out, code.length(), 9);
    String reply = result.replyCode() == null ? "-" : result.replyCode().toString();
    out.append(' ').append(reply);
    pad(out, reply.length(), 3);
    String meaning = result.code() == null ? "" : result.code().meaning().sampleText();
    out.append("  ").append(meaning);
    pad(out, meaning.length(), 34);
    out.append("  ").append(TerminalText.escape(result.text()));
    if (result.cut()) {
      out.append(style.dim(" [line cut]"));
    }
    out.append('\n');
  }

  private static void pad(StringBuilder out, int length, int width) {
    for (int i = length; i < width; i++) {
      out.append(' ');
    }
  }
}
