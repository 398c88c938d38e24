package io.github.smtpstatus.cli;

import java.io.PrintStream;

/**
 * How the command prints for people: every line through {@link #println}, which escapes control
 * characters so that no argument (or anything else printed) can move the cursor, retitle the window or
 * ring the bell of the terminal it is shown on.
 *
 * <p>The rule: each ISO control character ({@link Character#isISOControl}: U+0000 to U+001F, DEL and
 * the C1 controls U+0080 to U+009F, among them ESC, BEL and CSI) is printed as {@code \r}, {@code \n},
 * {@code \t} or {@code \}{@code uXXXX} (lower-case hex); every other character is printed as it is. A
 * printed line is for reading, not for parsing back: a backslash in the input is not escaped.
 */
final class HumanOutput {

  private HumanOutput() {}

  /** Prints {@code line} with its control characters escaped, then a line separator. */
  static void println(PrintStream out, String line) {
    out.println(printable(line));
  }

  static String printable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        switch (c) {
          case '\r' -> out.append("\\r");
          case '\n' -> out.append("\\n");
          case '\t' -> out.append("\\t");
          default -> out.append(String.format("\\u%04x", (int) c));
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
