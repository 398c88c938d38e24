package io.github.smtpstatus.bounce;

import java.io.ByteArrayInputStream;

/**
 * A message in memory, handed to mime4j so that each read ends at a line break where the chunk asked
 * for holds one.
 *
 * <p>Why: mime4j 0.8.14's {@code MimeBoundaryInputStream} takes {@code --boundary} as a delimiter line
 * when the octets it has buffered end right after it, without waiting to see what follows. So a line that
 * only starts like a delimiter ({@code --real-not-1}, or an inner boundary that extends the outer one)
 * was cut there when a buffer fill happened to end at that spot: the text after it was read as the header
 * of a new part, line by line, and lost (seen on a 256 KiB text part, where one such line in thousands
 * fell on a fill's end). When every fill ends at a line break, the octets after a buffered
 * {@code --boundary} at a line start are always there to be checked. Only a line longer than the space
 * left in mime4j's buffer (4 KiB and up) is handed over in pieces.
 */
final class LineAlignedInput extends ByteArrayInputStream {

  LineAlignedInput(byte[] bytes, int offset, int length) {
    super(bytes, offset, length);
  }

  @Override
  public synchronized int read(byte[] into, int offset, int length) {
    int last = Math.min(pos + length, count) - 1;
    if (last + 1 < count) {
      while (last >= pos && buf[last] != '\n') {
        last--;
      }
      if (last >= pos) {
        length = last + 1 - pos; // up to and with the last line break the chunk holds
      }
    }
    return super.read(into, offset, length);
  }
}
