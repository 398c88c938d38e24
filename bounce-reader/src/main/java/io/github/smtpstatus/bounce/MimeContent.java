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

  /** A textual leaf part: its MIME type in lower case, its charset as declared (or null), its text. */
  record Part(String mimeType, String charset, String text) {
    boolean is(String type) {
      return mimeType.equals(type);
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
