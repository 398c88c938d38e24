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
 *       digit or {@code _}; a {@code .} or {@code -} counts as a boundary only when no letter, digit or
 *       {@code _} follows it (so the sentence end {@code failed with 5.1.1.} matches and
 *       {@code 5.1.1.4} does not).
 *   <li>Letters and digits are those of any script, judged by code point, so a letter outside the
 *       Basic Multilingual Plane counts as one letter; a digit of any script before a {@code -} leaves
 *       it a boundary, like the ASCII digits of {@code 550-5.1.1}.
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
 * Thread-safe, and no call waits for another: the only state is a small buffer of matches that each
 * thread makes for itself on its first search with two codes or more (at most 32 KiB).
 */
public final class StatusCodes {

  /** Matches a thread's buffer can grow to hold; past them, findAll counts the rest and finds them again. */
  static final int MAX_BUFFERED = 4096;

  /**
   * Each thread's own buffer of matches (packed scan results), made on its first search with two codes
   * or more: 32 longs, doubled as texts with more codes come, up to {@value #MAX_BUFFERED} (32 KiB). No
   * other thread touches it, so a search never waits for one and never makes one wait.
   */
  private static final ThreadLocal<long[]> MATCHES = new ThreadLocal<>();

  private static final int FIRST_BUFFER = 32;

  /** Bit {@code c} is set for the ASCII digits and {@code .}: all below 64, so one {@code long} holds them. */
  private static final long DIGITS_AND_DOT = 0x3ffL << '0' | 1L << '.';

  private StatusCodes() {}

  /**
   * Every code in the text, in order of appearance, duplicates included.
   *
   * @param text a log line, bounce body, transcript or any other text
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
    long second = next(text, CodeScanner.end(first), n);
    if (second < 0) {
      return new ImmutableArrayList<>(new StatusCode[] {StatusCode.of(first)});
    }
    // The result is all that is allocated: the matches are noted in the thread's buffer, then made into
    // an array of the exact size. No growing list, no copy of a list.
    long[] buffer = MATCHES.get();
    if (buffer == null) {
      buffer = new long[FIRST_BUFFER];
      MATCHES.set(buffer);
    }
    buffer[0] = first;
    int count = 1;
    long match = second;
    while (match >= 0) {
      if (count == buffer.length) {
        if (count == MAX_BUFFERED) {
          break;
        }
        buffer = Arrays.copyOf(buffer, count * 2);
        MATCHES.set(buffer);
      }
      buffer[count++] = match;
      match = next(text, CodeScanner.end(match), n);
    }
    int more = 0;
    for (long rest = match; rest >= 0; rest = next(text, CodeScanner.end(rest), n)) {
      more++;
    }
    StatusCode[] found = new StatusCode[count + more];
    for (int k = 0; k < count; k++) {
      found[k] = StatusCode.of(buffer[k]);
    }
    // More matches than the buffer holds: those past it were counted above and are found again here.
    return fill(text, match, n, found, count);
  }

  /** Fills {@code found} from index {@code filled} on with the matches from {@code match} on. */
  private static List<StatusCode> fill(CharSequence text, long match, int n, StatusCode[] found, int filled) {
    while (match >= 0 && filled < found.length) {
      found[filled++] = StatusCode.of(match);
      match = next(text, CodeScanner.end(match), n);
    }
    // Only a CharSequence that another thread changes meanwhile can yield fewer matches the second time.
    return new ImmutableArrayList<>(filled == found.length ? found : Arrays.copyOf(found, filled));
  }

  /**
   * The first code in the text.
   *
   * @param text the text to search, as for {@link #findAll(CharSequence)}
   * @return the first code, or empty if the text holds none
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
  static long next(CharSequence s, int from, int n) {
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

  /**
   * A bit test instead of comparisons: inside a run digits and dots alternate at random, and a chain
   * of comparisons would branch on each character and be mispredicted; {@code c < 64} holds for every
   * character of a run and for the usual separators, so it predicts well.
   */
  private static boolean isDigitOrDot(char c) {
    return c < 64 && (DIGITS_AND_DOT >>> c & 1) != 0;
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

  /** Judged on code points, so that a letter outside the BMP (a surrogate pair) is a letter too. */
  private static boolean leftBoundary(CharSequence s, int i) {
    if (i == 0) {
      return true;
    }
    char before = s.charAt(i - 1);
    if (before == '-') {
      return i < 2 || !isWordLetter(Character.codePointBefore(s, i - 1));
    }
    return before != '.' && !isWordChar(Character.codePointBefore(s, i));
  }

  private static boolean rightBoundary(CharSequence s, int end, int n) {
    if (end >= n) {
      return true;
    }
    char after = s.charAt(end);
    if (after == '.' || after == '-') {
      return end + 1 >= n || !isWordChar(Character.codePointAt(s, end + 1));
    }
    return !isWordChar(Character.codePointAt(s, end));
  }

  /** Letters and digits of any script, and {@code _}: the characters of an alphanumeric token. */
  private static boolean isWordChar(int c) {
    if (c < 0x80) {
      return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }
    return Character.isLetterOrDigit(c);
  }

  /**
   * Letters of any script, and {@code _}: before a {@code -} they make it a hyphen inside a word. A digit
   * of any script does not ({@code 550-5.1.1}, and the same with other scripts' digits).
   */
  private static boolean isWordLetter(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }
    return Character.isLetter(c);
  }
}
