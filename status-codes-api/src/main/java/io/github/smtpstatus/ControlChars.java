package io.github.smtpstatus;

/**
 * The one definition of a control character in reply text, for {@link SmtpReply} and the lenient
 * readers: one below U+0020 other than TAB, or DEL (U+007F), what RFC 5321's {@code textstring} does not
 * allow (CR and LF end a line and are found too). Stateless.
 */
final class ControlChars {

  private ControlChars() {}

  static boolean isControl(char c) {
    return c < 0x20 && c != '\t' || c == 0x7f;
  }

  /**
   * The index of the first control character in {@code [from, to)} of {@code s}, or {@code to}. A plain
   * loop: a copy tested eight characters at a time, through a scratch array shared by all threads, was
   * no faster on one thread for a one-line reply and 2.6 times slower on two (issue 12, BENCHMARKS.md).
   */
  static int first(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isControl(s.charAt(i))) {
        return i;
      }
    }
    return to;
  }
}
