package io.github.smtpstatus.cli.scan;

import io.github.smtpstatus.cli.OutputOptions.Format;
import io.github.smtpstatus.cli.output.ClassificationFields;
import io.github.smtpstatus.cli.output.RecordFormatter;
import io.github.smtpstatus.cli.output.Style;
import io.github.smtpstatus.cli.output.TerminalText;

/** The human line of a {@link ScanResult}, and the formatter of scan results in every format. */
public final class ScanFormatter {

  private final Style style;
  private final int whereWidth;

  private ScanFormatter(Style style, int longestSource) {
    this.style = style;
    this.whereWidth = longestSource + 7;
  }

  /**
   * The formatter of scan results.
   *
   * @param format the output format
   * @param style the colours of human text
   * @param longestSource the length of the longest input name: the first column fits it and a 6-digit line
   * @return the formatter
   */
  public static RecordFormatter<ScanResult> of(Format format, Style style, int longestSource) {
    return new RecordFormatter<>(format, ScanResult.SCHEMA, new ScanFormatter(style, longestSource)::human);
  }

  /**
   * {@code mail.log:6  bounced   5.1.1    550  bob@example.com  mx.example.com  user_unknown (remove address): text}:
   * where, outcome, code, reply code, recipient, relay, then the reason and what the sender should do, and
   * the reply's text.
   * Columns have fixed widths (the output is a stream); a longer value pushes the rest right.
   */
  private void human(StringBuilder out, ScanResult result) {
    int start = out.length();
    out.append(TerminalText.escape(result.source())).append(':').append(result.line());
    pad(out, start, whereWidth);
    column(out, result.outcome() == null ? "-" : result.outcome(), 9, result.statusClass());
    column(out, result.code() == null ? "-" : result.code().toString(), 8, result.statusClass());
    column(out, result.replyCode() == null ? "-" : result.replyCode().toString(), 4, 0);
    column(out, result.recipient() == null ? "-" : TerminalText.escape(result.recipient()), 28, 0);
    column(out, result.relay() == null ? "-" : TerminalText.escape(result.relay()), 28, 0);
    String meaning = result.classification() == null ? "" : ClassificationFields.human(result.classification());
    out.append(meaning);
    if (result.text() != null && !result.text().isEmpty()) {
      out.append(meaning.isEmpty() ? "" : ": ").append(TerminalText.escape(result.text()));
    }
    if (result.cut()) {
      out.append(style.dim(" [line cut]"));
    }
    out.append('\n');
  }

  /**
   * Appends a column: {@code text} coloured by {@code statusClass} (0: none), padded to {@code width}
   * plus two spaces. Shared with the other human line formats.
   *
   * @param out the line so far
   * @param style the colours
   * @param text the column's text, already escaped
   * @param width its width
   * @param statusClass 2, 4, 5 or 0
   */
  public static void column(StringBuilder out, Style style, String text, int width, int statusClass) {
    out.append(statusClass == 0 ? text : style.forClass(statusClass, text));
    for (int i = text.length(); i < width; i++) {
      out.append(' ');
    }
    out.append("  ");
  }

  private void column(StringBuilder out, String text, int width, int statusClass) {
    column(out, style, text, width, statusClass);
  }

  /**
   * Pads what was appended since {@code start} to {@code width} plus two spaces.
   *
   * @param out the line so far
   * @param start where the column started
   * @param width its width
   */
  public static void pad(StringBuilder out, int start, int width) {
    while (out.length() - start < width) {
      out.append(' ');
    }
    out.append("  ");
  }
}
