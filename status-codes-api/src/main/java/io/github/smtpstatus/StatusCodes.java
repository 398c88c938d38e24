package io.github.smtpstatus;

import java.util.ArrayList;
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
    List<StatusCode> found = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      long match = matchAt(text, i, n);
      if (match >= 0) {
        if (found == null) {
          found = new ArrayList<>(4);
        }
        found.add(StatusCode.of(match));
        i = CodeScanner.end(match);
      } else {
        i = -(int) match;
      }
    }
    return found == null ? List.of() : List.copyOf(found);
  }

  /**
   * The first code in the text.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static Optional<StatusCode> findFirst(CharSequence text) {
    Objects.requireNonNull(text, "text == null");
    int n = text.length();
    int i = 0;
    while (i < n) {
      long match = matchAt(text, i, n);
      if (match >= 0) {
        return Optional.of(StatusCode.of(match));
      }
      i = -(int) match;
    }
    return Optional.empty();
  }

  /**
   * Looks for a code starting at {@code i}: the scanner's result when one starts there and respects
   * both boundaries, else {@code -next} where {@code next > i} is where to look again. Skipping past the
   * whole digit run of a failed candidate keeps every character read a bounded number of times.
   */
  private static long matchAt(CharSequence s, int i, int n) {
    char c = s.charAt(i);
    if (c != '2' && c != '4' && c != '5') {
      return -(long) (i + 1);
    }
    if (!leftBoundary(s, i)) {
      return -(long) skipToken(s, i, n);
    }
    long scanned = CodeScanner.scan(s, i, n);
    if (scanned >= 0 && rightBoundary(s, CodeScanner.end(scanned), n)) {
      return scanned;
    }
    return -(long) (i + 1);
  }

  /** Past the run of digits and dots that starts at {@code i}: none of it can start a code. */
  private static int skipToken(CharSequence s, int i, int n) {
    int j = i + 1;
    while (j < n && (CodeScanner.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
      j++;
    }
    return j;
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
