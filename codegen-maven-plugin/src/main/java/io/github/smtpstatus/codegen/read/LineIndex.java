package io.github.smtpstatus.codegen.read;

import java.util.Arrays;

/** Maps a character offset in a text to its 1-based line; CRLF, LF and a lone CR each end a line. */
final class LineIndex {

  private final int[] lineStarts;

  LineIndex(CharSequence text) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean endsLine = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (endsLine) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  /** The 1-based line holding the character at {@code offset}. */
  int lineOf(long offset) {
    int index = Arrays.binarySearch(lineStarts, (int) Math.min(offset, Integer.MAX_VALUE));
    return index >= 0 ? index + 1 : -index - 1;
  }
}
