package io.github.smtpstatus.bounce;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Mail addresses in text ({@code local@domain}, the dot-atom form of RFC 5322 section 3.4.1 with an
 * internationalized domain allowed), found by expanding around each {@code @}: linear time, since a
 * local part or domain never holds an {@code @}.
 */
final class Addresses {

  private Addresses() {}

  /** An address in a text: where it starts and ends, and the address. */
  record Found(int start, int end, String address) {
    String key() {
      return address.toLowerCase(Locale.ROOT);
    }
  }

  /** Every address in {@code text[from, to)}, in order. */
  static List<Found> find(String text, int from, int to) {
    List<Found> found = new ArrayList<>(2);
    int at = text.indexOf('@', from);
    while (at >= 0 && at < to) {
      int start = at;
      while (start > from && isLocal(text.charAt(start - 1))) {
        start--;
      }
      while (start < at && text.charAt(start) == '.') {
        start++;
      }
      int end = at + 1;
      while (end < to && isDomain(text.charAt(end))) {
        end++;
      }
      while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
        end--;
      }
      if (start < at && end > at + 1 && hasDot(text, at + 1, end)) {
        found.add(new Found(start, end, text.substring(start, end)));
      }
      at = text.indexOf('@', Math.max(end, at + 1));
    }
    return found;
  }

  /** The first address in the text, or null. */
  static String first(String text) {
    List<Found> found = find(text, 0, text.length());
    return found.isEmpty() ? null : found.get(0).address();
  }

  private static boolean hasDot(String text, int from, int to) {
    for (int i = from + 1; i < to - 1; i++) {
      if (text.charAt(i) == '.') {
        return true;
      }
    }
    return false;
  }

  private static boolean isLocal(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
        || c == '-' || c == '+' || c == '=' || c == '!' || c == '#' || c == '$' || c == '%' || c == '&'
        || c == '\'' || c == '*' || c == '/' || c == '?' || c == '^' || c == '`' || c == '{' || c == '|'
        || c == '}' || c == '~' || (c > 0x7f && Character.isLetterOrDigit(c));
  }

  private static boolean isDomain(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
        || (c > 0x7f && Character.isLetterOrDigit(c));
  }
}
