package io.github.smtpstatus.bounce;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@link MimeWalker} keeps of a message: the top-level header fields a bounce reader looks at, the
 * textual leaf parts in document order, the returned message's identifying headers, and the findings.
 */
final class MimeContent {

  /** A header field: its name in lower case and its value, unfolded and decoded to text. */
  record Header(String name, String value) {}

  /**
   * A textual leaf part: its MIME type in lower case, its charset as declared (or null), its text. The
   * octets are transfer- and charset-decoded on the first {@link #text()}, so a part the reader never
   * needs (the prose of a report whose fields say all) costs no decoding; a charset repair is reported
   * when the part is read.
   */
  static final class Part {
    private final String mimeType;
    private final String charset;
    private byte[] raw;
    private int length;
    private String encoding;
    private List<BounceFinding> findings;
    private String text;

    /** A part whose text is known. */
    Part(String mimeType, String charset, String text) {
      this.mimeType = mimeType;
      this.charset = charset;
      this.text = text;
    }

    /** A part of {@code raw[0, length)} in the transfer {@code encoding}, decoded when first read. */
    Part(String mimeType, String charset, byte[] raw, int length, String encoding, List<BounceFinding> findings) {
      this.mimeType = mimeType;
      this.charset = charset;
      this.raw = raw;
      this.length = length;
      this.encoding = encoding;
      this.findings = findings;
    }

    String mimeType() {
      return mimeType;
    }

    boolean is(String type) {
      return mimeType.equals(type);
    }

    String text() {
      if (text == null) {
        byte[] decoded = MimeWalker.decodeTransfer(raw, length, encoding);
        text = TextDecoding.decode(decoded, decoded.length, charset, "the " + mimeType + " part", findings);
        raw = null;
      }
      return text;
    }
  }

  final List<Header> headers = new ArrayList<>();
  final List<Part> parts = new ArrayList<>();
  final List<BounceFinding> findings = new ArrayList<>();
  OriginalMessage original;

  /** The first top-level header of that name (lower case), or null. */
  String header(String name) {
    for (Header header : headers) {
      if (header.name().equals(name)) {
        return header.value();
      }
    }
    return null;
  }

  /** Every top-level header of that name (lower case). */
  List<String> headers(String name) {
    List<String> values = new ArrayList<>(1);
    for (Header header : headers) {
      if (header.name().equals(name)) {
        values.add(header.value());
      }
    }
    return values;
  }

  /** Whether a part of that type (lower case) was read. */
  boolean hasPart(String type) {
    for (Part part : parts) {
      if (part.is(type)) {
        return true;
      }
    }
    return false;
  }

  /** The top-level header's value in lower case, or the empty string. */
  String lower(String name) {
    String value = header(name);
    return value == null ? "" : value.toLowerCase(Locale.ROOT);
  }
}
