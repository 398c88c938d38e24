package io.github.smtpstatus.bounce;

import java.util.Locale;

/**
 * Where the returned message starts inside a prose bounce's text, so that nothing after it counts:
 * a marker line, or the start of a header block.
 *
 * <p>A marker line is short (at most 100 characters) and names the returned message: it speaks of an
 * original, a copy, a returned, unsent or undelivered message, mail or header(s), and it is set off as
 * a marker: decorated with dashes, equals signs, asterisks or underscores
 * ({@code ------ This is a copy of the message, including all the headers. ------},
 * {@code --- Below this line is a copy of the message.}, {@code ----- Original message -----}), or
 * ending in "follows", "follow", "below" or a colon ({@code Original message follows.},
 * {@code Message headers follow.}). A sentence such as Sendmail's
 * {@code The original message was received at ...} is not a marker, nor is an undecorated line that
 * continues the sentence of the line before it (which ends in a letter, digit or comma).
 *
 * <p>A header block starts at a line beginning {@code Received:} or {@code Return-Path:} after a blank
 * line (or at the start), followed by another header line.
 */
final class OriginalMarkers {

  private static final int MAX_MARKER = 100;

  private OriginalMarkers() {}

  /** The index where the returned message starts (the marker line or first header line), or -1. */
  static int start(String text) {
    int n = text.length();
    int line = 0;
    boolean afterBlank = true;
    boolean sentenceOpen = false;
    while (line < n) {
      int end = text.indexOf('\n', line);
      if (end < 0) {
        end = n;
      }
      int contentEnd = end > line && text.charAt(end - 1) == '\r' ? end - 1 : end;
      if (contentEnd - line <= MAX_MARKER && isMarker(text, line, contentEnd)
          && !(sentenceOpen && !startsDecorated(text, line, contentEnd))) {
        return line;
      }
      if (afterBlank && startsHeaderBlock(text, line, contentEnd, end, n)) {
        return line;
      }
      afterBlank = isBlank(text, line, contentEnd);
      sentenceOpen = !afterBlank && endsMidSentence(text, line, contentEnd);
      line = end + 1;
    }
    return -1;
  }

  /** The line after the marker line at {@code start} (where the returned header starts), or {@code start} for a header block. */
  static int contentStart(String text, int start) {
    if (startsWithHeaderName(text, start)) {
      return start;
    }
    int end = text.indexOf('\n', start);
    return end < 0 ? text.length() : end + 1;
  }

  /**
   * Whether a whole text is a returned header: its first non-blank line continues a folded field or
   * starts one ({@code Name: value}), and so does the line after it.
   */
  static boolean isHeaderBlock(String text) {
    int line = 0;
    int n = text.length();
    while (line < n && (text.charAt(line) == '\r' || text.charAt(line) == '\n')) {
      line++;
    }
    int end = text.indexOf('\n', line);
    if (line >= n || end < 0) {
      return false;
    }
    return isFieldLine(text, line) && end + 1 < n && isFieldLine(text, end + 1);
  }

  private static boolean isFieldLine(String text, int i) {
    char c = text.charAt(i);
    return c == ' ' || c == '\t' || startsWithHeaderName(text, i);
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The words one of which every marker holds; a line without any is rejected without copying it. */
  private static final String[] MARKER_WORDS = {"original", "copy", "returned", "unsent", "undelivered", "headers"};

  private static boolean mayBeMarker(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == 'o' || c == 'O' || c == 'c' || c == 'C' || c == 'r' || c == 'R' || c == 'u' || c == 'U' || c == 'h'
          || c == 'H') {
        for (String word : MARKER_WORDS) {
          if (text.regionMatches(true, i, word, 0, word.length())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether the line's first non-blank character is a decoration ({@code -}, {@code =}, {@code *}, {@code _}). */
  private static boolean startsDecorated(String text, int from, int to) {
    int first = from;
    while (first < to && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
      first++;
    }
    return first < to && isDecoration(text.charAt(first));
  }

  /**
   * Whether the line ends in the middle of a sentence (its last non-blank character a letter, digit or comma), so
   * that the next line continues it: Postfix's {@code You can} / {@code delete your own text from the message
   * returned below.} is a sentence of its notice, not a marker.
   */
  private static boolean endsMidSentence(String text, int from, int to) {
    int last = to - 1;
    while (last >= from && (text.charAt(last) == ' ' || text.charAt(last) == '\t')) {
      last--;
    }
    if (last < from) {
      return false;
    }
    char c = text.charAt(last);
    return Character.isLetterOrDigit(c) || c == ',';
  }

  static boolean isMarker(String text, int from, int to) {
    int first = from;
    while (first < to && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
      first++;
    }
    // Cheap tests first: a marker is decorated or ends in "follow(s)", "below" or a colon.
    if (first == to || !(isDecoration(text.charAt(first)) || endsLikeMarker(text, first, to))
        || !mayBeMarker(text, first, to)) {
      return false;
    }
    String line = text.substring(from, to).strip();
    if (line.isEmpty()) {
      return false;
    }
    boolean decorated = isDecoration(line.charAt(0));
    String words = stripDecoration(line).toLowerCase(Locale.ROOT);
    boolean names = (words.contains("original") || words.contains("copy") || words.contains("returned")
        || words.contains("unsent") || words.contains("undelivered"))
        && (words.contains("message") || words.contains("mail") || words.contains("header"));
    names |= words.startsWith("message headers follow") || words.startsWith("headers follow");
    if (!names) {
      return false;
    }
    String tail = words.endsWith(".") ? words.substring(0, words.length() - 1).strip() : words;
    return decorated || tail.endsWith("follows") || tail.endsWith("follow") || tail.endsWith("below")
        || tail.endsWith(":") || words.startsWith("below this line");
  }

  private static boolean endsLikeMarker(String text, int from, int to) {
    int end = to;
    while (end > from && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '.' || text.charAt(end - 1) == '\t')) {
      end--;
    }
    return end > from && (text.charAt(end - 1) == ':' || endsWith(text, from, end, "follows")
        || endsWith(text, from, end, "follow") || endsWith(text, from, end, "below"));
  }

  private static boolean endsWith(String text, int from, int end, String word) {
    return end - from >= word.length() && text.regionMatches(true, end - word.length(), word, 0, word.length());
  }

  private static boolean startsHeaderBlock(String text, int line, int contentEnd, int end, int n) {
    String lower = text.substring(line, Math.min(contentEnd, line + 13)).toLowerCase(Locale.ROOT);
    if (!lower.startsWith("received:") && !lower.startsWith("return-path:")) {
      return false;
    }
    int next = end + 1;
    return next < n && (text.charAt(next) == ' ' || text.charAt(next) == '\t' || startsWithHeaderName(text, next));
  }

  /** Whether a header field name and colon start the line at {@code i}. */
  private static boolean startsWithHeaderName(String text, int i) {
    int start = i;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == ':') {
        return i > start;
      }
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
      i++;
    }
    return false;
  }

  private static boolean isDecoration(char c) {
    return c == '-' || c == '=' || c == '*' || c == '_' || c == '#' || c == '<' || c == '>';
  }

  private static String stripDecoration(String line) {
    int from = 0;
    int to = line.length();
    while (from < to && (isDecoration(line.charAt(from)) || line.charAt(from) == ' ')) {
      from++;
    }
    while (to > from && (isDecoration(line.charAt(to - 1)) || line.charAt(to - 1) == ' ')) {
      to--;
    }
    return line.substring(from, to);
  }
}
