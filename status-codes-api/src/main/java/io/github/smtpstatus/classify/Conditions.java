package io.github.smtpstatus.classify;

/**
 * The written forms of a rule's code, reply code and host conditions, parsed into and formatted from
 * the numbers the matcher compares. The plugin's rule validator accepts the same forms.
 *
 * <ul>
 *   <li>Code: {@code class.subject.detail} where class is {@code 2}, {@code 4}, {@code 5} or {@code X}
 *       (any), subject a number or {@code XXX} (any, then detail is {@code XXX} too) and detail a number,
 *       {@code XXX} or a range {@code low-high}: {@code 5.1.1}, {@code X.2.2}, {@code X.7.XXX},
 *       {@code 5.XXX.XXX}, {@code 5.7.606-649}.
 *   <li>Reply code: three digits ({@code 550}) or a class ({@code 5XX}).
 *   <li>Host: a domain name suffix matched on label boundaries, {@code google.com} matching
 *       {@code google.com} and {@code aspmx.l.google.com} but not {@code notgoogle.com}.
 * </ul>
 */
final class Conditions {

  /** Code condition fields: class bit mask, subject (-1 any), lowest and highest detail. */
  static final int MASK = 0;
  static final int SUBJECT = 1;
  static final int LOW = 2;
  static final int HIGH = 3;

  static final int ANY_CLASS = (1 << 2) | (1 << 4) | (1 << 5);
  static final int MAX_NUMBER = 999;

  private Conditions() {}

  /** Parses a code condition; throws {@link IllegalArgumentException} saying what is wrong. */
  static int[] parseCode(String code) {
    String[] parts = code.split("\\.", -1);
    if (parts.length != 3) {
      throw invalidCode(code, "is not class.subject.detail");
    }
    int mask = switch (parts[0]) {
      case "2" -> 1 << 2;
      case "4" -> 1 << 4;
      case "5" -> 1 << 5;
      case "X", "x" -> ANY_CLASS;
      default -> throw invalidCode(code, "has class \"" + parts[0] + "\" (expected 2, 4, 5 or X)");
    };
    if (isWildcard(parts[1])) {
      if (!isWildcard(parts[2])) {
        throw invalidCode(code, "has any subject but a particular detail");
      }
      return new int[] {mask, -1, 0, MAX_NUMBER};
    }
    int subject = number(code, parts[1], "subject");
    if (isWildcard(parts[2])) {
      return new int[] {mask, subject, 0, MAX_NUMBER};
    }
    int dash = parts[2].indexOf('-');
    if (dash < 0) {
      int detail = number(code, parts[2], "detail");
      return new int[] {mask, subject, detail, detail};
    }
    int low = number(code, parts[2].substring(0, dash), "detail");
    int high = number(code, parts[2].substring(dash + 1), "detail");
    if (low >= high) {
      throw invalidCode(code, "has a detail range whose low end " + low + " is not below its high end " + high);
    }
    return new int[] {mask, subject, low, high};
  }

  /** The canonical written form of a code condition. */
  static String formatCode(int mask, int subject, int low, int high) {
    String statusClass = mask == ANY_CLASS ? "X" : mask == 1 << 2 ? "2" : mask == 1 << 4 ? "4" : "5";
    if (subject < 0) {
      return statusClass + ".XXX.XXX";
    }
    String detail = low == 0 && high == MAX_NUMBER ? "XXX" : low == high ? Integer.toString(low) : low + "-" + high;
    return statusClass + "." + subject + "." + detail;
  }

  /** Parses a reply code condition into its lowest and highest reply code. */
  static int[] parseReply(String reply) {
    if (reply.length() == 3 && reply.charAt(0) >= '2' && reply.charAt(0) <= '5') {
      String tail = reply.substring(1);
      if (tail.equals("XX") || tail.equals("xx")) {
        int low = (reply.charAt(0) - '0') * 100;
        return new int[] {low, low + 99};
      }
      if (isDigit(tail.charAt(0)) && isDigit(tail.charAt(1))) {
        int code = Integer.parseInt(reply);
        return new int[] {code, code};
      }
    }
    throw new IllegalArgumentException("Invalid reply code condition \"" + reply
        + "\": expected three digits from 200 to 599 (550) or a class (5XX)");
  }

  /** The canonical written form of a reply code condition. */
  static String formatReply(int low, int high) {
    return low == high ? Integer.toString(low) : (low / 100) + "XX";
  }

  /**
   * The host suffix in lower case; throws {@link IllegalArgumentException} unless it is a domain name
   * of ASCII letters, digits and hyphens in dot-separated labels.
   */
  static String parseHost(String host) {
    String lower = host.toLowerCase(java.util.Locale.ROOT);
    String problem = hostProblem(lower);
    if (problem != null) {
      throw new IllegalArgumentException("Invalid host condition \"" + host + "\": " + problem);
    }
    return lower;
  }

  /** Why a lower-case host suffix is not acceptable, or {@code null}. */
  static String hostProblem(String host) {
    if (host.isEmpty() || host.length() > 253) {
      return "is empty or longer than 253 characters";
    }
    for (String label : host.split("\\.", -1)) {
      if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
        return "has an empty, over-long or hyphen-edged label";
      }
      for (int i = 0; i < label.length(); i++) {
        char c = label.charAt(i);
        if (!((c >= 'a' && c <= 'z') || isDigit(c) || c == '-')) {
          return "has the character '" + c + "' (expected letters, digits, hyphens and dots)";
        }
      }
    }
    return null;
  }

  /** Whether {@code host} (any case, a final dot ignored) is {@code suffix} or ends with "." + suffix. */
  static boolean hostMatches(CharSequence host, String suffix) {
    int end = host.length();
    if (end > 0 && host.charAt(end - 1) == '.') {
      end--;
    }
    int start = end - suffix.length();
    if (start < 0 || (start > 0 && host.charAt(start - 1) != '.')) {
      return false;
    }
    for (int i = 0; i < suffix.length(); i++) {
      if (TextSymbols.fold(host.charAt(start + i)) != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWildcard(String part) {
    return part.equals("XXX") || part.equals("xxx");
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int number(String code, String digits, String field) {
    if (digits.isEmpty() || digits.length() > 3) {
      throw invalidCode(code, "has a " + field + " of " + digits.length() + " digits (expected 1 to 3)");
    }
    for (int i = 0; i < digits.length(); i++) {
      if (!isDigit(digits.charAt(i))) {
        throw invalidCode(code, "has a " + field + " \"" + digits + "\" that is not a number");
      }
    }
    if (digits.length() > 1 && digits.charAt(0) == '0') {
      throw invalidCode(code, "has a leading zero in its " + field);
    }
    return Integer.parseInt(digits);
  }

  private static IllegalArgumentException invalidCode(String code, String reason) {
    return new IllegalArgumentException("Invalid code condition \"" + code + "\": " + reason);
  }
}
