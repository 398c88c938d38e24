package io.github.smtpstatus;

/**
 * The one scanner of RFC 3463 status codes ({@code class "." subject "." detail}), shared by every
 * parser of this package. It reads characters by index: no regex, no substring, no allocation.
 *
 * <p>{@link #scan} reads the longest code that starts at an index and returns it packed into a
 * {@code long}: non-negative on success ({@code end << 32 | class << 20 | subject << 10 | detail}),
 * negative on failure ({@code ~(index << 8 | reason)}).
 */
final class CodeScanner {

  static final int EMPTY = 1;
  static final int CLASS_DIGIT = 2;
  static final int NO_CLASS = 3;
  static final int DOT_AFTER_CLASS = 4;
  static final int MISSING_SUBJECT = 5;
  static final int CHAR_IN_SUBJECT = 6;
  static final int NON_ASCII_DIGIT_IN_SUBJECT = 7;
  static final int LEADING_ZERO_IN_SUBJECT = 8;
  static final int LONG_SUBJECT = 9;
  static final int DOT_AFTER_SUBJECT = 10;
  static final int MISSING_DETAIL = 11;
  static final int CHAR_IN_DETAIL = 12;
  static final int NON_ASCII_DIGIT_IN_DETAIL = 13;
  static final int LEADING_ZERO_IN_DETAIL = 14;
  static final int LONG_DETAIL = 15;
  static final int AFTER_DETAIL = 16;

  private CodeScanner() {}

  /**
   * Reads a code starting at {@code start}, looking no further than {@code limit}. On success the
   * detail is 1 to 3 digits and the end is the index after them; whatever follows is the caller's to
   * judge.
   */
  static long scan(CharSequence s, int start, int limit) {
    if (start >= limit) {
      return error(start, EMPTY);
    }
    char c = s.charAt(start);
    if (c != '2' && c != '4' && c != '5') {
      return error(start, c >= '0' && c <= '9' ? CLASS_DIGIT : NO_CLASS);
    }
    int statusClass = c - '0';
    int i = start + 1;
    if (i >= limit || s.charAt(i) != '.') {
      return error(i, DOT_AFTER_CLASS);
    }
    i++;
    long subject = number(s, i, limit, true);
    if (subject < 0) {
      return subject;
    }
    i = (int) (subject >>> 32);
    if (i >= limit || s.charAt(i) != '.') {
      if (i < limit && isDigit(s.charAt(i))) {
        return error(i, LONG_SUBJECT);
      }
      if (i < limit && Character.isDigit(s.charAt(i))) {
        return error(i, NON_ASCII_DIGIT_IN_SUBJECT);
      }
      return error(i, i >= limit ? DOT_AFTER_SUBJECT : CHAR_IN_SUBJECT);
    }
    i++;
    long detail = number(s, i, limit, false);
    if (detail < 0) {
      return detail;
    }
    int end = (int) (detail >>> 32);
    return ((long) end << 32) | ((long) statusClass << 20) | ((subject & 0x3ff) << 10) | (detail & 0x3ff);
  }

  /**
   * Scans a code that must fill {@code [start, limit)} exactly.
   */
  static long scanExact(CharSequence s, int start, int limit) {
    if (limit - start == 5) {
      // The most common shape, one digit each for subject and detail (5.1.1, 4.4.7, 2.0.0), checked with
      // one branch on the combined tests; anything else, valid or not, takes the general path below.
      char c = s.charAt(start);
      int subject = s.charAt(start + 2) - '0';
      int detail = s.charAt(start + 4) - '0';
      boolean shape = (c == '2' | c == '4' | c == '5') & s.charAt(start + 1) == '.' & s.charAt(start + 3) == '.'
          & (subject | detail | 9 - subject | 9 - detail) >= 0;
      if (shape) {
        return ((long) limit << 32) | ((long) (c - '0') << 20) | ((long) subject << 10) | detail;
      }
    }
    if (limit - start <= 9) {
      long fast = wellFormed(s, start, limit);
      if (fast >= 0) {
        return fast;
      }
    }
    long result = scan(s, start, limit);
    if (result < 0) {
      return result;
    }
    int end = end(result);
    if (end < limit) {
      char c = s.charAt(end);
      return error(end, isDigit(c) ? LONG_DETAIL : Character.isDigit(c) ? NON_ASCII_DIGIT_IN_DETAIL : AFTER_DETAIL);
    }
    return result;
  }

  /**
   * A well-formed code filling {@code [start, limit)} exactly, read in one pass without error
   * bookkeeping; -1 for anything else, whose reason the general {@link #scan} then finds.
   */
  private static long wellFormed(CharSequence s, int start, int limit) {
    if (limit - start < 5) {
      return -1;
    }
    char c = s.charAt(start);
    if ((c != '2' && c != '4' && c != '5') || s.charAt(start + 1) != '.') {
      return -1;
    }
    long subject = digits(s, start + 2, limit);
    int dot = (int) (subject >>> 32);
    if (subject < 0 || dot >= limit || s.charAt(dot) != '.') {
      return -1;
    }
    long detail = digits(s, dot + 1, limit);
    if (detail < 0 || (int) (detail >>> 32) != limit) {
      return -1;
    }
    return ((long) limit << 32) | ((long) (c - '0') << 20) | ((subject & 0x3ff) << 10) | (detail & 0x3ff);
  }

  /** 1 to 3 ASCII digits, a leading 0 standing alone: {@code end << 32 | value}, or -1. */
  private static long digits(CharSequence s, int i, int limit) {
    if (i >= limit) {
      return -1;
    }
    int value = s.charAt(i) - '0';
    if (value < 0 || value > 9) {
      return -1;
    }
    int end = i + 1;
    if (value != 0) {
      while (end < limit && end - i < 3) {
        int digit = s.charAt(end) - '0';
        if (digit < 0 || digit > 9) {
          break;
        }
        value = value * 10 + digit;
        end++;
      }
    }
    return ((long) end << 32) | value;
  }

  /** 1 to 3 ASCII digits without a leading zero: {@code end << 32 | value}, or an error. */
  private static long number(CharSequence s, int start, int limit, boolean subject) {
    if (start >= limit) {
      return error(start, subject ? MISSING_SUBJECT : MISSING_DETAIL);
    }
    char first = s.charAt(start);
    if (!isDigit(first)) {
      if (Character.isDigit(first)) {
        return error(start, subject ? NON_ASCII_DIGIT_IN_SUBJECT : NON_ASCII_DIGIT_IN_DETAIL);
      }
      if (first == '.') {
        return error(start, subject ? MISSING_SUBJECT : MISSING_DETAIL);
      }
      return error(start, subject ? CHAR_IN_SUBJECT : CHAR_IN_DETAIL);
    }
    if (first == '0' && start + 1 < limit && isDigit(s.charAt(start + 1))) {
      return error(start, subject ? LEADING_ZERO_IN_SUBJECT : LEADING_ZERO_IN_DETAIL);
    }
    int value = first - '0';
    int i = start + 1;
    while (i < limit && i - start < 3 && isDigit(s.charAt(i))) {
      value = value * 10 + (s.charAt(i) - '0');
      i++;
    }
    return ((long) i << 32) | value;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static long error(int index, int reason) {
    return ~(((long) index << 8) | reason);
  }

  static int end(long result) {
    return (int) (result >>> 32);
  }

  static int statusClass(long result) {
    return (int) (result >>> 20) & 0xf;
  }

  static int subject(long result) {
    return (int) (result >>> 10) & 0x3ff;
  }

  static int detail(long result) {
    return (int) result & 0x3ff;
  }

  static int errorIndex(long result) {
    return (int) (~result >>> 8);
  }

  static int errorReason(long result) {
    return (int) (~result & 0xff);
  }

  /** The reason of a failed scan, in words, naming the offending character. */
  static String describe(CharSequence s, long result) {
    int index = errorIndex(result);
    String c = index < s.length() ? InputText.describe(s.charAt(index)) : "end of input";
    return switch (errorReason(result)) {
      case EMPTY -> "empty input";
      case CLASS_DIGIT -> "class must be 2, 4 or 5";
      case NO_CLASS -> "expected the class digit 2, 4 or 5, found " + c;
      case DOT_AFTER_CLASS -> "expected '.' after the class, found " + c;
      case MISSING_SUBJECT -> "missing subject";
      case CHAR_IN_SUBJECT -> "unexpected character " + c + " in subject";
      case NON_ASCII_DIGIT_IN_SUBJECT -> "non-ASCII digit " + c + " in subject";
      case LEADING_ZERO_IN_SUBJECT -> "leading zero in subject";
      case LONG_SUBJECT -> "subject has more than 3 digits";
      case DOT_AFTER_SUBJECT -> "expected '.' and a detail after the subject";
      case MISSING_DETAIL -> "missing detail";
      case CHAR_IN_DETAIL -> "unexpected character " + c + " in detail";
      case NON_ASCII_DIGIT_IN_DETAIL -> "non-ASCII digit " + c + " in detail";
      case LEADING_ZERO_IN_DETAIL -> "leading zero in detail";
      case LONG_DETAIL -> "detail has more than 3 digits";
      case AFTER_DETAIL -> "unexpected character " + c + " after the detail";
      default -> throw new AssertionError("reason " + errorReason(result));
    };
  }
}
