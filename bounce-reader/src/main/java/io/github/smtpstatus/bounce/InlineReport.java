package io.github.smtpstatus.bounce;

/**
 * Delivery status fields written into a text instead of a {@code message/delivery-status} part, as a
 * multipart without delimiter lines leaves them: the report starts at the first line that begins with
 * {@code Reporting-MTA:} or {@code Final-Recipient:} (any case).
 */
final class InlineReport {

  private InlineReport() {}

  /** The index of the line starting the report, or -1. */
  static int start(String text) {
    int line = 0;
    int n = text.length();
    while (line < n) {
      if (text.regionMatches(true, line, "Reporting-MTA:", 0, 14)
          || text.regionMatches(true, line, "Final-Recipient:", 0, 16)) {
        return line;
      }
      int end = text.indexOf('\n', line);
      if (end < 0) {
        return -1;
      }
      line = end + 1;
    }
    return -1;
  }

  /** The 1-based line number of {@code index}. */
  static int lineOf(String text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
