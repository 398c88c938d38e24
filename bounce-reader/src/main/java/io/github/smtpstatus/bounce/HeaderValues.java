package io.github.smtpstatus.bounce;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.NameValuePair;
import org.apache.james.mime4j.stream.ParserCursor;
import org.apache.james.mime4j.stream.RawBody;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.stream.RawFieldParser;
import org.apache.james.mime4j.util.ByteArrayBuffer;
import org.apache.james.mime4j.util.ByteSequence;
import org.apache.james.mime4j.util.MimeUtil;

/** Header field values as text: octets decoded (8-bit repaired), unfolded, encoded words decoded by mime4j. */
final class HeaderValues {

  private HeaderValues() {}

  /** A parsed {@code Content-Type}: the type in lower case (null when malformed) and the boundary parameter. */
  record ContentType(String type, String boundary) {}

  /** The field's value, unfolded and trimmed; 8-bit octets read as UTF-8, else windows-1252 with a finding. */
  static String value(Field field, List<BounceFinding> findings) {
    ByteSequence raw = field.getRaw();
    if (raw == null || !(field instanceof RawField rawField)) {
      String body = field.getBody();
      return body == null ? "" : body.strip();
    }
    byte[] bytes = raw.toByteArray();
    int offset = Math.min(rawField.getDelimiterIdx() + 1, bytes.length);
    String text = TextDecoding.header(bytes, offset, bytes.length - offset, field.getName(), findings);
    return MimeUtil.unfold(text).strip();
  }

  /** RFC 2047 encoded words decoded; malformed ones are left as written. */
  static String decodeWords(String value) {
    if (value.indexOf("=?") < 0) {
      return value;
    }
    return DecoderUtil.decodeEncodedWords(value, DecodeMonitor.SILENT);
  }

  /**
   * The value parsed by mime4j's field parser. Its octets are handed over as UTF-8 here: given a field
   * without octets, mime4j encodes the text one character at a time through {@code CharSequence} (2 to 5%
   * of the time of reading a corpus bounce, within the errors; BENCHMARKS.md, afternoon of 3 December).
   */
  static ContentType contentType(String value) {
    byte[] octets = value.replace('\r', ' ').replace('\n', ' ').getBytes(StandardCharsets.UTF_8);
    RawBody body = RawFieldParser.DEFAULT.parseRawBody(new ByteArrayBuffer(octets, false),
        new ParserCursor(0, octets.length));
    String type = body.getValue() == null ? null : body.getValue().strip().toLowerCase(Locale.ROOT);
    if (type != null && (type.indexOf('/') <= 0 || type.endsWith("/"))) {
      type = null;
    }
    String boundary = null;
    for (NameValuePair parameter : body.getParams()) {
      if (parameter.getName().equalsIgnoreCase("boundary") && boundary == null) {
        boundary = parameter.getValue();
      }
    }
    return new ContentType(type, boundary);
  }
}
