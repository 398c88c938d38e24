package io.github.smtpstatus.bounce;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Splits an mbox stream into messages, one in memory at a time: each starts after a line beginning
 * {@code From } (the envelope line), and a body line {@code >From }, {@code >>From } loses one
 * {@code >} (mboxrd). A message over the size limit keeps its first octets and is marked truncated.
 */
final class Mbox {

  private Mbox() {}

  /** One message: octets {@code [0, length)} of {@code bytes}. */
  record Message(byte[] bytes, int length, boolean truncated) {}

  static Stream<Message> messages(InputStream in, BounceReader.Settings settings) {
    Iterator<Message> iterator = new Splitter(new BufferedInputStream(in, 64 * 1024), settings.maxMessageBytes());
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  private static final class Splitter implements Iterator<Message> {
    private final InputStream in;
    private final int max;
    private byte[] line = new byte[256];
    private int lineLength;
    private boolean lineTruncated;
    private boolean atEnvelope;
    private boolean ended;
    private Message next;

    Splitter(InputStream in, int max) {
      this.in = in;
      this.max = max;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !ended) {
        next = read();
      }
      return next != null;
    }

    @Override
    public Message next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Message message = next;
      next = null;
      return message;
    }

    private Message read() {
      try {
        if (!atEnvelope) {
          // Before the first envelope line: anything there is not a message.
          while (readLine()) {
            if (isEnvelope()) {
              atEnvelope = true;
              break;
            }
          }
          if (!atEnvelope) {
            ended = true;
            return null;
          }
        }
        byte[] message = new byte[4096];
        int length = 0;
        boolean truncated = false;
        atEnvelope = false;
        while (readLine()) {
          if (isEnvelope()) {
            atEnvelope = true;
            break;
          }
          int from = isEscapedFrom() ? 1 : 0;
          int add = lineLength - from;
          if (lineTruncated || length + add > max) {
            truncated = true;
            add = Math.max(0, Math.min(add, max - length));
          }
          if (length + add > message.length) {
            message = Arrays.copyOf(message, Math.max(length + add, Math.min(max, message.length * 2)));
          }
          System.arraycopy(line, from, message, length, add);
          length += add;
        }
        if (!atEnvelope) {
          ended = true;
        }
        return new Message(message, length, truncated);
      } catch (IOException e) {
        throw new UncheckedIOException("reading the mbox", e);
      }
    }

    /** The next line, with its line feed, into {@link #line}; at most {@code max} octets are kept of it. */
    private boolean readLine() throws IOException {
      lineLength = 0;
      lineTruncated = false;
      int b;
      while ((b = in.read()) >= 0) {
        if (lineLength == line.length && lineLength < max) {
          line = Arrays.copyOf(line, (int) Math.min(max, line.length * 2L));
        }
        if (lineLength < line.length) {
          line[lineLength++] = (byte) b;
        } else {
          lineTruncated = true;
        }
        if (b == '\n') {
          return true;
        }
      }
      return lineLength > 0;
    }

    private boolean isEnvelope() {
      return lineLength >= 5 && line[0] == 'F' && line[1] == 'r' && line[2] == 'o' && line[3] == 'm' && line[4] == ' ';
    }

    private boolean isEscapedFrom() {
      int i = 0;
      while (i < lineLength && line[i] == '>') {
        i++;
      }
      return i > 0 && i + 5 <= lineLength && line[i] == 'F' && line[i + 1] == 'r' && line[i + 2] == 'o'
          && line[i + 3] == 'm' && line[i + 4] == ' ';
    }
  }
}
