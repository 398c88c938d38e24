package io.github.smtpstatus;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds status codes in free text: bounce bodies, MTA logs, SMTP transcripts, DSN reports.
 *
 * <h2>What counts as a code</h2>
 *
 * <p>A match is a strict RFC 3463 code ({@code 2}, {@code 4} or {@code 5}, then two dot-separated
 * numbers of 1 to 3 ASCII digits without leading zeros) that is not part of a longer dotted or
 * alphanumeric token:
 *
 * <ul>
 *   <li><b>Before</b> the code there is the start of the text or a character that is not a letter, a
 *       digit, {@code _} or {@code .}; a {@code -} counts as a boundary unless a letter or {@code _}
 *       stands before it (so the continuation line {@code 550-5.1.1} matches and {@code build-5.1.1}
 *       does not).
 *   <li><b>After</b> the code there is the end of the text or a character that is not a letter, a
 *       digit or {@code _}; a {@code .} or {@code -} counts as a boundary only when no letter or digit
 *       follows it (so the sentence end {@code failed with 5.1.1.} matches and {@code 5.1.1.4} does
 *       not).
 *   <li>The numbers are read whole: a fourth digit ({@code 5.1.2024}) or a leading zero
 *       ({@code 5.01.1}) means no code at that place.
 * </ul>
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>text</th><th>found</th></tr>
 *   <tr><td>{@code dsn=5.1.1, status=bounced}</td><td>5.1.1</td></tr>
 *   <tr><td>{@code said: 550 5.7.1 Service unavailable}</td><td>5.7.1</td></tr>
 *   <tr><td>{@code Diagnostic-Code: smtp; 550-5.1.1 The email account}</td><td>5.1.1</td></tr>
 *   <tr><td>{@code (#5.1.1)}, {@code Status: 4.4.7}, {@code [5.2.2]}</td><td>5.1.1, 4.4.7, 5.2.2</td></tr>
 *   <tr><td>{@code 192.168.5.1.1}, {@code [92.5.1.10]}</td><td>nothing: part of an address</td></tr>
 *   <tr><td>{@code version 5.5.1960.3}, {@code 5.1.1.4}</td><td>nothing: four parts</td></tr>
 *   <tr><td>{@code 5.1.2024}, {@code 5.01.1}, {@code 15.1.1}, {@code v5.1.1}, {@code 5.1.1a}</td><td>nothing</td></tr>
 * </table>
 *
 * <p>Both methods run in time linear in the length of the text, whatever it holds, allocate nothing but
 * their result (registered codes are cached instances), and never throw for non-null input.
 * Thread-safe.
 */
public final class StatusCodes {

  private StatusCodes() {}

  /**
   * Every code in the text, in order of appearance, duplicates included.
   *
   * @return an immutable list; the shared empty list when there is none
   * @throws NullPointerException if {@code text} is null
   */
  public static List<StatusCode> findAll(CharSequence text) {
    Objects.requireNonNull(text, "text == null");
    int n = text.length();
    long first = next(text, 0, n);
    if (first < 0) {
      return List.of();
    }
    // Count first, then fill an array of exactly that size: the result is all that is allocated (no
    // growing list, no copy). Searching twice costs less than the garbage would.
    int count = 1;
    for (long match = next(text, CodeScanner.end(first), n); match >= 0; match = next(text, CodeScanner.end(match), n)) {
      count++;
    }
    StatusCode[] found = new StatusCode[count];
    long match = first;
    int filled = 0;
    while (match >= 0 && filled < count) {
      found[filled++] = StatusCode.of(match);
      match = next(text, CodeScanner.end(match), n);
    }
    // Only a CharSequence changed by another thread between the passes can find fewer.
    return new ImmutableArrayList<>(filled == count ? found : Arrays.copyOf(found, filled));
  }

  /**
   * The first code in the text.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static Optional<StatusCode> findFirst(CharSequence text) {
    Objects.requireNonNull(text, "text == null");
    long match = next(text, 0, text.length());
    return match < 0 ? Optional.empty() : Optional.of(StatusCode.of(match));
  }

  /**
   * The first code that starts at or after {@code from}: the scanner's result, or -1.
   *
   * <p>Every code has a {@code .} right after its class digit, so the search jumps from dot to dot
   * ({@code String.indexOf}, vectorized by the JVM) and looks at the digit before each. A code can start
   * only at the first character of a run of ASCII digits and dots (inside one, the left boundary fails),
   * so after a dot the rest of its run is skipped without a look back. Every character is thus read a
   * bounded number of times: the time is linear in the length of the text, whatever it holds.
   */
  private static long next(CharSequence s, int from, int n) {
    int dot = indexOfDot(s, from + 1, n);
    while (dot >= 0) {
      int i = dot - 1;
      char c = s.charAt(i);
      if ((c == '2' || c == '4' || c == '5') && (i == 0 || !isDigitOrDot(s.charAt(i - 1))) && leftBoundary(s, i)) {
        long scanned = CodeScanner.scan(s, i, n);
        if (scanned >= 0 && rightBoundary(s, CodeScanner.end(scanned), n)) {
          return scanned;
        }
      }
      dot = indexOfDot(s, endOfRun(s, dot + 1, n), n);
    }
    return -1;
  }

  /** Without branches ({@code &}, not {@code &&}): digits and dots alternate at random in a run. */
  private static boolean isDigitOrDot(char c) {
    return (c >= '.') & (c <= '9') & (c != '/');
  }

  /** The index after the run of ASCII digits and dots that starts at {@code i} (or {@code i} itself). */
  private static int endOfRun(CharSequence s, int i, int n) {
    // A String gets a loop of its own: the JIT compiles it without a type check per character.
    if (s instanceof String string) {
      while (i < n && isDigitOrDot(string.charAt(i))) {
        i++;
      }
      return i;
    }
    while (i < n && isDigitOrDot(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int indexOfDot(CharSequence s, int from, int n) {
    if (s instanceof String string) {
      return string.indexOf('.', from);
    }
    for (int i = from; i < n; i++) {
      if (s.charAt(i) == '.') {
        return i;
      }
    }
    return -1;
  }

  private static boolean leftBoundary(CharSequence s, int i) {
    if (i == 0) {
      return true;
    }
    char before = s.charAt(i - 1);
    if (before == '-') {
      return i < 2 || !isWordLetter(s.charAt(i - 2));
    }
    return !isWordChar(before) && before != '.';
  }

  private static boolean rightBoundary(CharSequence s, int end, int n) {
    if (end >= n) {
      return true;
    }
    char after = s.charAt(end);
    if (after == '.' || after == '-') {
      return end + 1 >= n || !isWordChar(s.charAt(end + 1));
    }
    return !isWordChar(after);
  }

  /** Letters and digits of any script, and {@code _}: the characters of an alphanumeric token. */
  private static boolean isWordChar(char c) {
    if (c < 0x80) {
      return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }
    return Character.isLetterOrDigit(c);
  }

  private static boolean isWordLetter(char c) {
    return isWordChar(c) && !CodeScanner.isDigit(c);
  }
}
