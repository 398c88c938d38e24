package io.github.smtpstatus.cli.input;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A run of whole lines of one input, as raw bytes: what one worker classifies at a time.
 *
 * @param source the input's display name
 * @param bytes the array holding the lines, from index 0
 * @param length how many bytes of it are the lines
 * @param firstLine the line number (from 1) of the first line
 * @param lines how many lines the chunk holds
 * @param cutLines how many of them are longer than {@code maxLineBytes} (their line end not counted)
 * @param maxLineBytes lines longer than this many bytes are cut to it
 */
public record Chunk(String source, byte[] bytes, int length, long firstLine, int lines, int cutLines,
    int maxLineBytes) {

  /**
   * One line: its number and its text, decoded as UTF-8 (malformed bytes become U+FFFD), without its line end.
   *
   * @param number the line's number in its source, from 1
   * @param text the line's text
   * @param cut whether the line was longer than the chunk's {@code maxLineBytes} and cut to it
   */
  public record Line(long number, String text, boolean cut) {}

  /**
   * Gives each line to {@code action}, in order. A line ends at LF; a CR before the LF is dropped;
   * a line longer than {@link #maxLineBytes} (a CR before its LF counted in) is cut to that length
   * ({@link Line#cut()}).
   *
   * @param action what to do with each line
   */
  public void forEachLine(Consumer<Line> action) {
    long number = firstLine;
    int start = 0;
    while (start < length) {
      int end = indexOf(bytes, (byte) '\n', start, length);
      int next = end < 0 ? length : end + 1;
      int stop = end < 0 ? length : end;
      boolean cut = stop - start > maxLineBytes;
      if (cut) {
        stop = start + maxLineBytes;
      } else if (stop > start && bytes[stop - 1] == '\r') {
        stop--;
      }
      action.accept(new Line(number++, new String(bytes, start, stop - start, StandardCharsets.UTF_8), cut));
      start = next;
    }
  }

  static int indexOf(byte[] bytes, byte value, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    return -1;
  }
}
