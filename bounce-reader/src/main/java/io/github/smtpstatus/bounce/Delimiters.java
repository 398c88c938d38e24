package io.github.smtpstatus.bounce;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finds the multipart delimiter lines (RFC 2046 section 5.1.1) that a damaged message really uses.
 * Each method reads the octets once: linear time.
 */
final class Delimiters {

  /** Distinct candidate delimiters remembered while searching: enough for any real message. */
  private static final int MAX_CANDIDATES = 64;

  private Delimiters() {}

  /**
   * The boundary of the first delimiter line that occurs at least twice ({@code --b} then {@code --b} or
   * {@code --b--}), leading white space allowed; null when there is none. A line of dashes or equals
   * signs alone is a rule, not a delimiter.
   */
  static String discover(byte[] body) {
    Map<String, Integer> seen = new LinkedHashMap<>();
    int n = body.length;
    int line = 0;
    while (line < n) {
      int end = lineEnd(body, line);
      int i = line;
      while (i < end && (body[i] == ' ' || body[i] == '\t')) {
        i++;
      }
      String boundary = i + 2 < end && body[i] == '-' && body[i + 1] == '-' ? token(body, i + 2, end) : null;
      if (boundary != null) {
        Integer count = seen.get(boundary);
        if (count != null) {
          seen.put(boundary, count + 1);
        } else if (seen.size() < MAX_CANDIDATES) {
          seen.put(boundary, 1);
        }
      }
      line = next(body, end);
    }
    for (Map.Entry<String, Integer> candidate : seen.entrySet()) {
      if (candidate.getValue() >= 2) {
        return candidate.getKey();
      }
    }
    return null;
  }

  /** Non-blank lines a MIME body may hold before its first delimiter line (a "This is a MIME message" preamble). */
  private static final int MAX_PREAMBLE_LINES = 3;

  /**
   * Whether the body starts as MIME parts do: a line {@code --boundary} within its first few non-blank
   * lines, followed by a {@code Content-Type:} line.
   */
  static boolean hasPartHeader(byte[] body, String boundary) {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    byte[] name = "content-type:".getBytes(StandardCharsets.ISO_8859_1);
    boolean afterDelimiter = false;
    boolean delimited = false;
    int nonBlank = 0;
    int line = 0;
    while (line < body.length) {
      int end = lineEnd(body, line);
      if (!delimited && end - line > 1 && ++nonBlank > MAX_PREAMBLE_LINES + 1) {
        return false;
      }
      if (isDelimiter(body, line, end, delimiter)) {
        afterDelimiter = true;
        delimited = true;
      } else if (afterDelimiter && end - line >= name.length && startsIgnoreCase(body, line, name)) {
        return true;
      } else if (end - line <= 1) {
        afterDelimiter = false;
      }
      line = next(body, end);
    }
    return false;
  }

  private static boolean startsIgnoreCase(byte[] body, int at, byte[] lower) {
    for (int k = 0; k < lower.length; k++) {
      int b = body[at + k];
      if (b >= 'A' && b <= 'Z') {
        b += 'a' - 'A';
      }
      if (b != lower[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the body ends before an indented delimiter line of {@code boundary} (at the line break before
   * it), or -1 when it has none.
   */
  static int indented(byte[] body, String boundary) {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    int n = body.length;
    int line = 0;
    while (line < n) {
      int end = lineEnd(body, line);
      if (line < end && (body[line] == ' ' || body[line] == '\t') && isDelimiter(body, line, end, delimiter)) {
        int cut = line;
        if (cut > 0 && body[cut - 1] == '\n') {
          cut--;
          if (cut > 0 && body[cut - 1] == '\r') {
            cut--;
          }
        }
        return cut;
      }
      line = next(body, end);
    }
    return -1;
  }

  /** {@code body[from, n)} with the leading white space of every delimiter line of {@code boundary} removed. */
  static byte[] unindented(byte[] body, int from, String boundary) {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    byte[] out = new byte[body.length - from];
    int length = 0;
    int line = from;
    while (line < body.length) {
      int end = lineEnd(body, line);
      int next = next(body, end);
      int start = line;
      if (isDelimiter(body, line, end, delimiter)) {
        while (body[start] == ' ' || body[start] == '\t') {
          start++;
        }
      }
      System.arraycopy(body, start, out, length, next - start);
      length += next - start;
      line = next;
    }
    return java.util.Arrays.copyOf(out, length);
  }

  /** Whether {@code body[line, end)} is white space, the delimiter, optionally {@code --}, then white space. */
  private static boolean isDelimiter(byte[] body, int line, int end, byte[] delimiter) {
    int i = line;
    while (i < end && (body[i] == ' ' || body[i] == '\t')) {
      i++;
    }
    if (end - i < delimiter.length) {
      return false;
    }
    for (int k = 0; k < delimiter.length; k++) {
      if (body[i + k] != delimiter[k]) {
        return false;
      }
    }
    i += delimiter.length;
    if (i + 1 < end && body[i] == '-' && body[i + 1] == '-') {
      i += 2;
    }
    while (i < end && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r')) {
      i++;
    }
    return i == end;
  }

  /** The boundary a delimiter line names after its {@code --}, or null when it cannot be one. */
  private static String token(byte[] body, int from, int end) {
    int to = end;
    while (to > from && (body[to - 1] == ' ' || body[to - 1] == '\t' || body[to - 1] == '\r')) {
      to--;
    }
    if (to - from >= 3 && body[to - 1] == '-' && body[to - 2] == '-') {
      to -= 2;
    }
    if (to <= from || to - from > MimeWalker.MAX_BOUNDARY) {
      return null;
    }
    boolean rule = true;
    for (int i = from; i < to; i++) {
      byte b = body[i];
      if (b <= ' ' || b == '"' || b == '\\' || b < 0) {
        return null;
      }
      rule &= b == '-' || b == '=' || b == '_' || b == '*';
    }
    return rule ? null : new String(body, from, to - from, StandardCharsets.ISO_8859_1);
  }

  /** The index of the line feed ending the line at {@code line}, or the end of the octets. */
  private static int lineEnd(byte[] body, int line) {
    for (int i = line; i < body.length; i++) {
      if (body[i] == '\n') {
        return i;
      }
    }
    return body.length;
  }

  private static int next(byte[] body, int end) {
    return end < body.length ? end + 1 : end;
  }
}
