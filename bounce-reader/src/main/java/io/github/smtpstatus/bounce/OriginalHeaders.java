package io.github.smtpstatus.bounce;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;

/**
 * The identifying headers of a returned message, read by mime4j from its start up to the end of its
 * header: nothing after it is read, so a returned message costs its header only.
 */
final class OriginalHeaders {

  private OriginalHeaders() {}

  /** Reads the header from {@code in}; the first returned message found is the one kept in {@code content}. */
  static void read(InputStream in, OriginalMessage.Source source, MimeConfig config, MimeContent content)
      throws IOException {
    InputStream start = skipBlankLines(in);
    MimeTokenStream tokens = new MimeTokenStream(config);
    tokens.parse(start);
    String[] values = new String[5];
    try {
      for (EntityState state = tokens.getState(); state != EntityState.T_END_OF_STREAM
          && state != EntityState.T_END_HEADER; state = tokens.next()) {
        if (state == EntityState.T_FIELD) {
          keep(tokens.getField(), values, content.findings);
        }
      }
    } catch (MimeException e) {
      // A returned header that mime4j cannot read further gives what was read before.
    }
    found(source, values, content);
  }

  /** Keeps the field in {@code values} when it is one of the five and the first of its name. */
  static void keep(Field field, String[] values, List<BounceFinding> findings) {
    int index = index(field.getNameLowerCase());
    if (index >= 0 && values[index] == null) {
      values[index] = HeaderValues.decodeWords(HeaderValues.value(field, findings));
    }
  }

  /** The returned message made of the five values; the first one found with any value is the one kept. */
  static void found(OriginalMessage.Source source, String[] values, MimeContent content) {
    OriginalMessage original = new OriginalMessage(source, values[0], values[1], values[2], values[3], values[4]);
    if (content.original == null && !original.isEmpty()) {
      content.original = original;
    }
  }

  /** The same headers from text already decoded (a message inlined in a prose bounce). */
  static OriginalMessage fromText(String text, MimeConfig config) {
    MimeContent scratch = new MimeContent();
    try {
      read(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
          OriginalMessage.Source.INLINED, config, scratch);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("reading from memory", e);
    }
    return scratch.original;
  }

  private static int index(String name) {
    return switch (name) {
      case "message-id" -> 0;
      case "from" -> 1;
      case "to" -> 2;
      case "subject" -> 3;
      case "date" -> 4;
      default -> -1;
    };
  }

  /** A {@code text/rfc822-headers} body sometimes starts with a blank line, which would end the header at once. */
  private static InputStream skipBlankLines(InputStream in) throws IOException {
    java.io.PushbackInputStream pushback = new java.io.PushbackInputStream(in, 1);
    int c;
    while ((c = pushback.read()) == '\r' || c == '\n' || c == ' ' || c == '\t') {
      // skip
    }
    if (c >= 0) {
      pushback.unread(c);
    }
    return pushback;
  }
}
