package io.github.smtpstatus.cli.output;

/**
 * Makes text from the input safe to print on a terminal: nothing in it can move the cursor, change
 * colours, ring the bell, retitle the window or reorder the line.
 *
 * <p>Replaced, each by a visible escape of ASCII characters only:
 * <ul>
 *   <li>the C0 controls U+0000 to U+001F, as {@code \t}, {@code \n}, {@code \r} or {@code \xHH}
 *       (ESC becomes {@code \x1b}, BEL {@code \x07});
 *   <li>DEL U+007F, as {@code \x7f};
 *   <li>the C1 controls U+0080 to U+009F (CSI U+009B starts an escape sequence on terminals that read
 *       8-bit controls), as {@code \u009b};
 *   <li>the line and paragraph separators U+2028 and U+2029, and the bidirectional formatting
 *       characters U+061C, U+200E, U+200F, U+202A to U+202E and U+2066 to U+2069 (they reorder what
 *       follows them on the line, the "Trojan Source" trick), as {@code \u202e};
 *   <li>unpaired surrogates (not text), as {@code \ud800}.
 * </ul>
 * Everything else, including non-ASCII letters, is kept as it is.
 */
public final class TerminalText {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private TerminalText() {}

  /**
   * Escapes what can drive a terminal.
   *
   * @param text text from the input
   * @return {@code text} with every unsafe character escaped; the same instance when there is none
   */
  public static String escape(String text) {
    int length = text.length();
    int first = 0;
    while (first < length && !mustEscape(text, first)) {
      first++;
    }
    if (first == length) {
      return text;
    }
    StringBuilder out = new StringBuilder(length + 16).append(text, 0, first);
    for (int i = first; i < length; i++) {
      char c = text.charAt(i);
      if (!mustEscape(text, i)) {
        out.append(c);
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c < 0x80) {
        out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
      } else {
        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf])
            .append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  /** Whether the character at {@code index} of {@code text} is escaped by {@link #escape}. */
  static boolean mustEscape(String text, int index) {
    char c = text.charAt(index);
    if (c >= 0x20 && c < 0x7f) {
      return false;
    }
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return index == 0 || !Character.isHighSurrogate(text.charAt(index - 1));
    }
    return isReordering(c);
  }

  /** The separators and bidirectional formatting characters that move or reorder text. */
  static boolean isReordering(char c) {
    return c == 0x061c || c == 0x200e || c == 0x200f || c == 0x2028 || c == 0x2029
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
  }
}
