package io.github.smtpstatus;

/** How messages quote untrusted input: escaped, and cut short so that hostile input cannot flood logs. */
final class InputText {

  /** Longer inputs are cut in messages. */
  static final int MAX_QUOTED = 80;

  private InputText() {}

  /** The input in double quotes, Java-escaped, cut after {@value #MAX_QUOTED} characters. */
  static String quote(CharSequence input) {
    int limit = Math.min(input.length(), MAX_QUOTED);
    StringBuilder out = new StringBuilder(limit + 8).append('"');
    for (int i = 0; i < limit; i++) {
      char c = input.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\r' -> out.append("\\r");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    if (input.length() > limit) {
      out.append("...");
    }
    return out.append('"').toString();
  }

  /** A character for a message: {@code 'a'} when printable ASCII, else {@code U+0661}. */
  static String describe(char c) {
    return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
  }
}
