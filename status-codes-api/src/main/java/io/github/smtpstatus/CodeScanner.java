package io.github.smtpstatus;

/**
 * The one scanner of RFC 3463 status codes ({@code class "." subject "." detail}), shared by every
 * parser of this package. It reads characters by index: no regex, no substring, no allocation.
 *
 * <p>{@link #scan} reads the longest code that starts at an index and returns it packed into a
 * {@code long}: non-negative on success ({@code end << 32 | class << 20 | subject << 10 | detail}),
 * negative on failure ({@code ~(index << 8 | reason)}). {@link #scanExact} is the same scan of a whole
 * code. One grammar, one implementation: every parser and every error reason goes through {@code scan}.
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
    if (c != '2' & c != '4' & c != '5') {
      return error(start, isDigit(c) ? CLASS_DIGIT : NO_CLASS);
    }
    if (start + 1 >= limit || s.charAt(start + 1) != '.') {
      return error(start + 1, DOT_AFTER_CLASS);
    }
    long subject = number(s, start + 2, limit, MISSING_SUBJECT);
    if (subject < 0) {
      return subject;
    }
    int dot = (int) (subject >>> 32);
    if (dot >= limit || s.charAt(dot) != '.') {
      return error(dot, dot >= limit ? DOT_AFTER_SUBJECT : after(s.charAt(dot), LONG_SUBJECT,
          NON_ASCII_DIGIT_IN_SUBJECT, CHAR_IN_SUBJECT));
    }
    long detail = number(s, dot + 1, limit, MISSING_DETAIL);
    if (detail < 0) {
      return detail;
    }
    return (detail & ~0xffffffffL) | ((long) (c - '0') << 20) | ((subject & 0x3ff) << 10) | (detail & 0x3ff);
  }

  /**
   * Scans a code that must fill {@code [start, limit)} exactly; on failure, says where and why. The one
   * grammar for a whole code: {@code StatusCode.parse}, {@code tryParse} and {@code isValid} all read
   * it here, so they cannot disagree.
   */
  static long scanExact(CharSequence s, int start, int limit) {
    long result = scan(s, start, limit);
    int end = end(result);
    if (result < 0 || end == limit) {
      return result;
    }
    return error(end, after(s.charAt(end), LONG_DETAIL, NON_ASCII_DIGIT_IN_DETAIL, AFTER_DETAIL));
  }

  /** Why a number is followed by {@code c} where its part should end: a fourth digit, another script's, or else. */
  private static int after(char c, int longNumber, int nonAsciiDigit, int other) {
    return isDigit(c) ? longNumber : Character.isDigit(c) ? nonAsciiDigit : other;
  }

  /**
   * 1 to 3 ASCII digits without a leading zero from {@code i}: {@code end << 32 | value}, or an error
   * whose reason is {@code missing} (no digit at all) or one of the three reasons that follow it (a
   * character, a digit of another script, a leading zero). A digit {@code d} is {@code c - '0'}, in
   * range when neither {@code d} nor {@code 9 - d} is negative, which one OR tests; the second and third
   * digits are read without a loop.
   */
  private static long number(CharSequence s, int i, int limit, int missing) {
    if (i >= limit) {
      return error(i, missing);
    }
    char first = s.charAt(i);
    int d0 = first - '0';
    if ((d0 | 9 - d0) < 0) {
      return error(i, first == '.' ? missing : Character.isDigit(first) ? missing + 2 : missing + 1);
    }
    if (i + 1 >= limit) {
      return ((long) (i + 1) << 32) | d0;
    }
    int d1 = s.charAt(i + 1) - '0';
    if ((d1 | 9 - d1) < 0) {
      return ((long) (i + 1) << 32) | d0;
    }
    if (d0 == 0) {
      return error(i, missing + 3);
    }
    if (i + 2 >= limit) {
      return ((long) (i + 2) << 32) | (d0 * 10 + d1);
    }
    int d2 = s.charAt(i + 2) - '0';
    if ((d2 | 9 - d2) < 0) {
      return ((long) (i + 2) << 32) | (d0 * 10 + d1);
    }
    return ((long) (i + 3) << 32) | (d0 * 100 + d1 * 10 + d2);
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

  /** The class, subject and detail of a successful scan without its end: equal for equal codes. */
  static long numbers(long result) {
    return result & 0xffffff;
  }

  /** The canonical form of {@link #numbers}: {@code 5.1.1}. */
  static String text(long numbers) {
    return statusClass(numbers) + "." + subject(numbers) + "." + detail(numbers);
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
