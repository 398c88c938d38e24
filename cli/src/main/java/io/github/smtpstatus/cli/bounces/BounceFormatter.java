package io.github.smtpstatus.cli.bounces;

import io.github.smtpstatus.cli.OutputOptions.Format;
import io.github.smtpstatus.cli.output.ClassificationFields;
import io.github.smtpstatus.cli.output.EnumNames;
import io.github.smtpstatus.cli.output.RecordFormatter;
import io.github.smtpstatus.cli.output.Style;
import io.github.smtpstatus.cli.output.TerminalText;
import io.github.smtpstatus.cli.scan.ScanFormatter;

/** The human line of a {@link BounceResult}, and the formatter of bounce results in every format. */
public final class BounceFormatter {

  private final Style style;

  private BounceFormatter(Style style) {
    this.style = style;
  }

  /**
   * The formatter of bounce results.
   *
   * @param format the output format
   * @param style the colours of human text
   * @return the formatter
   */
  public static RecordFormatter<BounceResult> of(Format format, Style style) {
    return new RecordFormatter<>(format, BounceResult.SCHEMA, new BounceFormatter(style)::human);
  }

  /**
   * {@code bounce.eml#1  failed  5.1.1  550  bob@example.com  mx.example.com  Bad destination mailbox
   * address: diagnostic}: the message (its own file in a folder), action, code, reply code, recipient,
   * remote MTA, what the code means and the diagnostic.
   */
  private void human(StringBuilder out, BounceResult result) {
    int start = out.length();
    out.append(TerminalText.escape(result.file() != null ? result.file() : result.source()));
    if (result.file() == null) {
      out.append('#').append(result.message());
    }
    ScanFormatter.pad(out, start, 24);
    int statusClass = result.statusClass();
    String action = result.recipient().action().map(EnumNames::lower).orElse("-");
    ScanFormatter.column(out, style, action, 9, statusClass);
    ScanFormatter.column(out, style, result.code() == null ? "-" : result.code().toString(), 8, statusClass);
    ScanFormatter.column(out, style, result.recipient().replyCode().isPresent()
        ? Integer.toString(result.recipient().replyCode().getAsInt()) : "-", 4, 0);
    ScanFormatter.column(out, style, TerminalText.escape(result.recipient().recipient()), 28, 0);
    ScanFormatter.column(out, style, TerminalText.escape(result.recipient().remoteMta().orElse("-")), 28, 0);
    String meaning = result.classification() == null ? "" : ClassificationFields.human(result.classification());
    out.append(meaning);
    String diagnostic = result.recipient().diagnosticText();
    if (!diagnostic.isEmpty()) {
      out.append(meaning.isEmpty() ? "" : ": ").append(TerminalText.escape(oneSpace(diagnostic)));
    }
    out.append('\n');
  }

  /** The text with each run of spaces and tabs (left by unfolded header lines) shown as one space. */
  static String oneSpace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean blank = c == ' ' || c == '\t';
      if (!blank || out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
        out.append(blank ? ' ' : c);
      }
    }
    return out.toString();
  }
}
