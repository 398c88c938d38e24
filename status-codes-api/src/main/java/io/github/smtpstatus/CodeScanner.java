package io.github.smtpstatus;

/**
 * The one scanner of RFC 3463 status codes ({@code class "." subject "." detail}), shared by every
 * parser of this package. It reads characters by index: no regex, no substring, no allocation.
 *
 * <p>{@link #scan} reads the longest code that starts at an index and returns it packed into a
 * {@code long}: non-negative on success ({@code end << 32 | class << 20 | subject << 10 | detail}),
 * negative on failure ({@code ~(index << 8 | reason)}). {@link #scanExact} is the same scan of a whole
 * code. Every parser and every error reason goes through {@code scan}.
 *
 * <p>One second implementation, measured to pay: {@link #whole}, a straight-line validator of a whole
 * code that only says yes (with the same packed result) or no. {@code StatusCode.tryParse}, {@code parse}
 * and {@code isValid} call it first; in the run of {@code ScratchChoiceBenchmark.SideBySide} at the
 * lowest load it did 1.27, 1.28 and 1.22 times the work per second of {@code scanExact} on {@code 5.1.1},
 * {@code 5.7.606} and {@code 5.01.1} (BENCHMARKS.md). {@code CodeScannerTest} checks, on every string of
 * a small alphabet up to the longest code and on every part of up to three characters, that the two
 * accept the same strings with the same result.
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
    long subject = subject(s, start + 2, limit);
    if (subject < 0) {
      return subject;
    }
    long detail = detail(s, (int) (subject >>> 32) + 1, limit);
    if (detail < 0) {
      return detail;
    }
    return (detail & ~0xffffffffL) | ((long) (c - '0') << 20) | ((subject & 0x3ff) << 10) | (detail & 0x3ff);
  }

  // Each part is read in a method of its own, each character once, and a digit d (c - '0') is in range
  // when neither d nor 9 - d is negative, which one OR tests. As one method of 531 bytes, too big for the
  // JIT to inline, the scanner took twice as long on 5.01.1; whole codes take the faster path of whole().

  /** The subject, 1 to 3 digits, and the dot after it: {@code dot << 32 | subject}, or an error. */
  private static long subject(CharSequence s, int i, int limit) {
    if (i >= limit) {
      return error(i, MISSING_SUBJECT);
    }
    char next = s.charAt(i);
    int subject = next - '0';
    if ((subject | 9 - subject) < 0) {
      return error(i, notADigit(next, MISSING_SUBJECT));
    }
    for (int digits = 1; ++i < limit; digits++) {
      next = s.charAt(i);
      int d = next - '0';
      if ((d | 9 - d) < 0 || digits == 3) {
        break;
      }
      if (subject == 0) {
        return error(i - 1, LEADING_ZERO_IN_SUBJECT);
      }
      subject = subject * 10 + d;
    }
    return i < limit && next == '.' ? ((long) i << 32) | subject : afterSubject(s, i, limit);
  }

  private static long afterSubject(CharSequence s, int i, int limit) {
    return error(i, i >= limit ? DOT_AFTER_SUBJECT
        : after(s.charAt(i), LONG_SUBJECT, NON_ASCII_DIGIT_IN_SUBJECT, CHAR_IN_SUBJECT));
  }

  /** The detail, 1 to 3 digits: {@code end << 32 | detail}, or an error; what follows is the caller's. */
  private static long detail(CharSequence s, int i, int limit) {
    if (i >= limit) {
      return error(i, MISSING_DETAIL);
    }
    char first = s.charAt(i);
    int detail = first - '0';
    if ((detail | 9 - detail) < 0) {
      return error(i, notADigit(first, MISSING_DETAIL));
    }
    int end = Math.min(limit, i + 3);
    while (++i < end) {
      int d = s.charAt(i) - '0';
      if ((d | 9 - d) < 0) {
        break;
      }
      if (detail == 0) {
        return error(i - 1, LEADING_ZERO_IN_DETAIL);
      }
      detail = detail * 10 + d;
    }
    return ((long) i << 32) | detail;
  }

  /**
   * Scans a code that must fill {@code [start, limit)} exactly; on failure, says where and why.
   * {@code StatusCode.parse} comes here when {@link #whole} refused, for the reason.
   */
  static long scanExact(CharSequence s, int start, int limit) {
    long result = scan(s, start, limit);
    int end = end(result);
    if (result < 0 || end == limit) {
      return result;
    }
    return error(end, after(s.charAt(end), LONG_DETAIL, NON_ASCII_DIGIT_IN_DETAIL, AFTER_DETAIL));
  }

  /**
   * The whole of {@code [start, limit)} as one code, the same packed result as {@link #scanExact} on
   * success, or {@code -1}: no index, no reason (ask {@code scanExact} for those). Straight-line reads
   * of the five shapes a code's length allows, each digit tested by one OR of {@code d} and {@code 9 - d}.
   */
  static long whole(CharSequence s, int start, int limit) {
    int length = limit - start;
    if (length < 5 || length > 9) {
      return -1;
    }
    char c = s.charAt(start);
    if ((c != '2' & c != '4' & c != '5') || s.charAt(start + 1) != '.') {
      return -1;
    }
    int subject = s.charAt(start + 2) - '0';
    if ((subject | 9 - subject) < 0) {
      return -1;
    }
    int dot = start + 3;
    if (s.charAt(dot) != '.') {
      // A second and maybe a third digit; a lone 0 must be followed by the dot.
      int d1 = s.charAt(dot) - '0';
      if (subject == 0 || (d1 | 9 - d1) < 0) {
        return -1;
      }
      subject = subject * 10 + d1;
      dot++;
      if (s.charAt(dot) != '.') {
        int d2 = s.charAt(dot) - '0';
        if ((d2 | 9 - d2) < 0 || ++dot >= limit || s.charAt(dot) != '.') {
          return -1;
        }
        subject = subject * 10 + d2;
      }
    }
    int detail = part(s, dot + 1, limit);
    if (detail < 0) {
      return -1;
    }
    return ((long) limit << 32) | ((long) (c - '0') << 20) | ((long) subject << 10) | detail;
  }

  /** The value of {@code [from, to)} if it is 1 to 3 ASCII digits without a leading zero, else -1. */
  private static int part(CharSequence s, int from, int to) {
    switch (to - from) {
      case 1: {
        int d0 = s.charAt(from) - '0';
        return (d0 | 9 - d0) < 0 ? -1 : d0;
      }
      case 2: {
        int d0 = s.charAt(from) - '0';
        int d1 = s.charAt(from + 1) - '0';
        return (d0 - 1 | 9 - d0 | d1 | 9 - d1) < 0 ? -1 : d0 * 10 + d1;
      }
      case 3: {
        int d0 = s.charAt(from) - '0';
        int d1 = s.charAt(from + 1) - '0';
        int d2 = s.charAt(from + 2) - '0';
        return (d0 - 1 | 9 - d0 | d1 | 9 - d1 | d2 | 9 - d2) < 0 ? -1 : d0 * 100 + d1 * 10 + d2;
      }
      default:
        return -1;
    }
  }

  /** Why a number is followed by {@code c} where its part should end: a fourth digit, another script's, or else. */
  private static int after(char c, int longNumber, int nonAsciiDigit, int other) {
    return isDigit(c) ? longNumber : Character.isDigit(c) ? nonAsciiDigit : other;
  }

  /** Why a part starts with {@code c}, not a digit: nothing there (a dot), a character, another script's digit. */
  private static int notADigit(char c, int missing) {
    return c == '.' ? missing : Character.isDigit(c) ? missing + 2 : missing + 1;
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
