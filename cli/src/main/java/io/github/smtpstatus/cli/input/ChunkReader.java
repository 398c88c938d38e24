package io.github.smtpstatus.cli.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Cuts a byte stream into {@link Chunk}s of whole lines, reading it once, whatever its size, in
 * memory bounded by the chunk size plus the longest line kept: a chunk is a fresh array of about
 * {@code chunkBytes}, the part line at its end moves to the next one, and a line longer than
 * {@code maxLineBytes} keeps only its first {@code maxLineBytes} bytes (the rest is skipped, never
 * buffered).
 *
 * <p>Not thread-safe: one reader per input, on one thread. The chunks it returns are the caller's.
 */
public final class ChunkReader {

  private final InputStream in;
  private final String source;
  private final int chunkBytes;
  private final int maxLineBytes;
  private byte[] buffer;
  private int filled;
  private long nextLine = 1;
  private long bytesRead;
  private boolean eof;

  /**
   * A reader of {@code in}.
   *
   * @param in the stream, read from where it is to its end
   * @param source the input's name, carried by each chunk
   * @param chunkBytes about how many bytes a chunk holds (at least 1)
   * @param maxLineBytes lines longer than this are cut to it (at least 1)
   */
  public ChunkReader(InputStream in, String source, int chunkBytes, int maxLineBytes) {
    this.in = Objects.requireNonNull(in, "in == null");
    this.source = Objects.requireNonNull(source, "source == null");
    if (chunkBytes < 1 || maxLineBytes < 1) {
      throw new IllegalArgumentException("chunkBytes and maxLineBytes must be positive: " + chunkBytes + ", "
          + maxLineBytes);
    }
    this.chunkBytes = chunkBytes;
    this.maxLineBytes = maxLineBytes;
    this.buffer = new byte[capacity()];
  }

  private int capacity() {
    return (int) Math.min(Integer.MAX_VALUE - 16, (long) chunkBytes + maxLineBytes + 1);
  }

  /** {@return how many bytes have been read from the stream so far} */
  public long bytesRead() {
    return bytesRead;
  }

  /**
   * Reads the next chunk.
   *
   * @return the next chunk, or null at the end of the stream
   * @throws IOException if the stream fails
   */
  public Chunk next() throws IOException {
    fill(chunkBytes);
    if (filled == 0) {
      return null;
    }
    int lastNewline = lastIndexOf(buffer, filled);
    if (lastNewline < 0 && !eof) {
      // A line longer than a chunk: read on until it ends or the buffer is full.
      fill(buffer.length);
      lastNewline = lastIndexOf(buffer, filled);
      if (lastNewline < 0 && !eof) {
        // No line end in a full buffer: the line is longer than maxLineBytes. Keep its head.
        return takeLongLineHead();
      }
    }
    if (lastNewline < 0) {
      return take(filled);
    }
    return take(eof ? filled : lastNewline + 1);
  }

  /** Reads until the buffer holds {@code target} bytes or the stream ends. */
  private void fill(int target) throws IOException {
    while (!eof && filled < target) {
      int n = in.read(buffer, filled, buffer.length - filled);
      if (n < 0) {
        eof = true;
      } else {
        filled += n;
        bytesRead += n;
      }
    }
  }

  /** The first {@code length} bytes as a chunk; the rest starts the next buffer. */
  private Chunk take(int length) {
    byte[] lines = buffer;
    Chunk chunk = chunk(lines, length, nextLine, maxLineBytes, source);
    buffer = new byte[capacity()];
    filled -= length;
    System.arraycopy(lines, length, buffer, 0, filled);
    nextLine += chunk.lines();
    return chunk;
  }

  private Chunk takeLongLineHead() throws IOException {
    byte[] head = new byte[maxLineBytes + 1];
    System.arraycopy(buffer, 0, head, 0, maxLineBytes + 1);
    // maxLineBytes + 1 bytes, so the chunk's own rule marks the line as cut.
    Chunk chunk = new Chunk(source, head, maxLineBytes + 1, nextLine++, 1, 1, maxLineBytes);
    skipToLineEnd();
    return chunk;
  }

  /** Drops bytes up to and including the next LF, reading as needed. */
  private void skipToLineEnd() throws IOException {
    while (true) {
      int newline = Chunk.indexOf(buffer, (byte) '\n', 0, filled);
      if (newline >= 0) {
        filled -= newline + 1;
        System.arraycopy(buffer, newline + 1, buffer, 0, filled);
        return;
      }
      filled = 0;
      int n = in.read(buffer, 0, buffer.length);
      if (n < 0) {
        eof = true;
        return;
      }
      filled = n;
      bytesRead += n;
    }
  }

  private static int lastIndexOf(byte[] bytes, int length) {
    for (int i = length - 1; i >= 0; i--) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /**
   * The chunk of the first {@code length} bytes: one line per LF plus one for an unterminated last
   * line, and how many are longer than {@code maxLineBytes} (a CR before the LF counted in, as
   * {@link Chunk#forEachLine} counts).
   */
  static Chunk chunk(byte[] bytes, int length, long firstLine, int maxLineBytes, String source) {
    int count = 0;
    int cut = 0;
    int lineStart = 0;
    for (int i = 0; i < length; i++) {
      if (bytes[i] == '\n') {
        count++;
        if (i - lineStart > maxLineBytes) {
          cut++;
        }
        lineStart = i + 1;
      }
    }
    if (lineStart < length) {
      count++;
      if (length - lineStart > maxLineBytes) {
        cut++;
      }
    }
    return new Chunk(source, bytes, length, firstLine, count, cut, maxLineBytes);
  }
}
