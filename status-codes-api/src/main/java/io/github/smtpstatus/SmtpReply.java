package io.github.smtpstatus;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A complete SMTP reply: one line, or several with the same reply code (RFC 5321 section 4.2), each
 * optionally starting with an enhanced status code (RFC 2034 section 3).
 *
 * <pre>{@code
 * Reply       = *( Reply-code "-" [ textstring ] CRLF ) Reply-code [ SP textstring ] [ CRLF ]
 * Reply-code  = %x32-35 %x30-35 %x30-39
 * textstring  = 1*( %d09 / %d32-126 / UTF-8 non-ASCII )      ; RFC 6531 allows UTF-8
 * line text   = [ status-code 1*SP ] text                    ; RFC 2034: code, then spaces or line end
 * }</pre>
 *
 * <p>Line ends may be CRLF or a bare LF, and the final line end is optional; a bare CR, any other
 * control character, a line with a different reply code, leading text, or a reply that stops after a
 * continuation line is refused with a {@link SmtpReplyFormatException} naming line and index.
 *
 * <pre>{@code
 * SmtpReply reply = SmtpReply.parse("""
 *     550-5.1.1 The email account that you tried to reach does not exist. Please try
 *     550-5.1.1 double-checking the recipient's email address for typos or
 *     550 5.1.1 unnecessary spaces.""");
 * reply.code();          // 550
 * reply.enhancedCode();  // Optional[5.1.1]
 * reply.text();          // "The email account ... for typos or unnecessary spaces."
 * reply.findings();      // []
 * }</pre>
 *
 * <p>RFC 2034 wants the same enhanced code on every line. Where lines disagree or some lack it,
 * {@link #enhancedCode()} is the last line's (the line a Postfix client reports) and
 * {@link #findings()} says so. Findings never throw: they are what a careful receiver notices, see
 * {@link ReplyFinding.Kind}.
 *
 * <p>{@code toString()} gives the reply as on the wire, lines joined by CRLF, and
 * {@code parse(reply.toString()).equals(reply)}. Immutable and thread-safe.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc5321#section-4.2">RFC 5321 section 4.2</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2034#section-3">RFC 2034 section 3</a>
 */
public final class SmtpReply {

  /** RFC 5321 section 4.5.3.1.5: a reply line is at most 512 octets, CRLF included. */
  static final int MAX_LINE_OCTETS = 512;

  private final int code;
  /** The reply as given, kept whole: each line is a region of it, so parsing copies no text. */
  private final String source;
  /**
   * Three indexes into {@link #source} per line, from {@code STRIDE * line}: where its raw text (after
   * {@code 550-} or {@code 550 }) starts, where its text without the enhanced code and the spaces after
   * it starts ({@code + TEXT}), and where both end ({@code + END}).
   */
  private final int[] bounds;
  private static final int TEXT = 1;
  private static final int END = 2;
  private static final int STRIDE = 3;
  private final int lineCount;
  private final StatusCode enhancedCode;
  private final List<ReplyFinding> findings;
  /**
   * The line texts as strings, made on the first call of {@link #lines()}: parsing copies no text, so
   * a caller that only classifies a reply (code, enhanced code, findings) never pays for them. A racy
   * cache, like {@code String.hash}: the list's only field is final, so any thread sees it whole, and at
   * worst two threads make equal lists.
   */
  private List<String> lines;

  private SmtpReply(int code, String source, int[] bounds, int lineCount, StatusCode enhancedCode,
      List<ReplyFinding> findings) {
    this.code = code;
    this.source = source;
    this.bounds = bounds;
    this.lineCount = lineCount;
    this.enhancedCode = enhancedCode;
    this.findings = findings;
  }

  /**
   * Parses a reply.
   *
   * @param text one whole reply, its lines ended by CRLF or LF (the last one optionally)
   * @return the reply
   * @throws SmtpReplyFormatException if {@code text} is not one complete reply
   * @throws NullPointerException if {@code text} is null
   */
  public static SmtpReply parse(CharSequence text) {
    Objects.requireNonNull(text, "text == null");
    Object parsed = read(text);
    if (parsed instanceof Failure failure) {
      throw new SmtpReplyFormatException(text, failure.line(), failure.index(), failure.reason());
    }
    return (SmtpReply) parsed;
  }

  /**
   * Parses a reply, or returns empty; never throws for any non-null input.
   *
   * @param text one whole reply, as for {@link #parse(CharSequence)}
   * @return the reply, or empty if {@code text} is not one complete reply
   * @throws NullPointerException if {@code text} is null
   */
  public static Optional<SmtpReply> tryParse(CharSequence text) {
    Objects.requireNonNull(text, "text == null");
    Object parsed = read(text);
    return parsed instanceof SmtpReply reply ? Optional.of(reply) : Optional.empty();
  }

  /** Why a text is not a reply; an exception is built only when {@link #parse} throws it. */
  private record Failure(int line, int index, String reason) {}

  /** The length of the text this reply's lines are regions of (for tests: what keeping the reply keeps). */
  int sourceLength() {
    return source.length();
  }

  /** A reply, or the {@link Failure} describing why the text is not one. */
  private static Object read(CharSequence text) {
    // A String is its own toString(): no copy. Lines are then regions of it, not substrings.
    return read(text.toString(), 0, text.length());
  }

  /**
   * The reply that is exactly {@code s[from, n)}, or null: for the lenient reader, which finds a reply
   * inside a longer text and so need not copy it out first (its lines are regions of {@code s}).
   */
  static SmtpReply tryParse(String s, int from, int n) {
    return read(s, from, n) instanceof SmtpReply reply ? reply : null;
  }

  /** Reads {@code s[from, n)}; failures give indices in {@code s}, as the public methods need for {@code from == 0}. */
  private static Object read(String s, int from, int n) {
    if (n == from) {
      return new Failure(1, from, "empty reply");
    }
    int code = -1;
    int[] bounds = new int[4 * STRIDE];
    int pos = from;
    int line = 1;
    while (true) {
      int lineStart = pos;
      for (int i = pos; i < pos + 3; i++) {
        if (i >= n || !CodeScanner.isDigit(s.charAt(i))) {
          String found = i >= n || s.charAt(i) == '\r' || s.charAt(i) == '\n' ? "line end" : InputText.describe(s.charAt(i));
          return new Failure(line, i, "expected a three-digit reply code, found " + found);
        }
      }
      char first = s.charAt(pos);
      char second = s.charAt(pos + 1);
      if (first < '2' || first > '5') {
        return new Failure(line, pos, "reply code must start with 2, 3, 4 or 5");
      }
      if (second > '5') {
        return new Failure(line, pos + 1, "second digit of the reply code must be 0 to 5");
      }
      int lineCode = (first - '0') * 100 + (second - '0') * 10 + (s.charAt(pos + 2) - '0');
      if (code < 0) {
        code = lineCode;
      } else if (lineCode != code) {
        return new Failure(line, lineStart,
            "reply code " + lineCode + " differs from " + code + " on line 1");
      }
      int at = pos + 3;
      boolean last;
      int textStart;
      if (at >= n || s.charAt(at) == '\r' || s.charAt(at) == '\n') {
        last = true;
        textStart = at;
      } else if (s.charAt(at) == '-' || s.charAt(at) == ' ') {
        last = s.charAt(at) == ' ';
        textStart = at + 1;
      } else {
        return new Failure(line, at,
            "expected ' ', '-' or line end after the reply code, found " + InputText.describe(s.charAt(at)));
      }
      int end = ControlChars.first(s, textStart, n);
      if (end < n) {
        char c = s.charAt(end);
        if (c == '\r' && (end + 1 >= n || s.charAt(end + 1) != '\n')) {
          return new Failure(line, end, "bare CR (a line must end with CRLF or LF)");
        }
        if (c != '\r' && c != '\n') {
          return new Failure(line, end, "control character " + InputText.describe(c) + " in the text");
        }
      }
      if (STRIDE * line > bounds.length) {
        bounds = Arrays.copyOf(bounds, bounds.length * 2);
      }
      bounds[STRIDE * (line - 1)] = textStart;
      bounds[STRIDE * (line - 1) + END] = end;
      pos = end < n ? (s.charAt(end) == '\r' ? end + 2 : end + 1) : n;
      if (last) {
        if (pos < n) {
          return new Failure(line + 1, pos, "text after the final line of the reply");
        }
        break;
      }
      if (pos >= n) {
        return new Failure(line, n,
            "the reply ends after a continuation line (" + code + "-); the final line (" + code + " ...) is missing");
      }
      line++;
    }
    return of(code, s, bounds, line);
  }

  /**
   * Builds the reply from its validated code and the bounds of each line's raw text: enhanced codes,
   * where each line's text starts, and what {@link ReplyFindings} makes the findings of. Allocates the
   * reply, the last line's code and findings only when there are some: the other lines' codes are
   * compared as packed numbers, never made into objects, so that a reply of a million lines with a
   * million codes costs no more memory per line than one without (issue 10, cost per byte).
   */
  private static SmtpReply of(int code, String s, int[] bounds, int count) {
    StatusCode chosen = null;
    long first = -1;
    boolean differ = false;
    int with = 0;
    int tooLong = 0;
    int[] longLines = null;
    for (int i = 0; i < count; i++) {
      int start = bounds[STRIDE * i];
      int lineEnd = bounds[STRIDE * i + END];
      long scanned = CodeScanner.scan(s, start, lineEnd);
      int end = scanned < 0 ? -1 : CodeScanner.end(scanned);
      if (end >= 0 && (end == lineEnd || s.charAt(end) == ' ')) {
        long numbers = CodeScanner.numbers(scanned);
        with++;
        first = first < 0 ? numbers : first;
        differ |= numbers != first;
        if (i == count - 1) {
          chosen = StatusCode.of(scanned);
        }
        while (end < lineEnd && s.charAt(end) == ' ') {
          end++;
        }
        bounds[STRIDE * i + TEXT] = end;
      } else {
        bounds[STRIDE * i + TEXT] = start;
      }
      int octets = octets(s, start, lineEnd);
      if (octets > MAX_LINE_OCTETS) {
        if (tooLong < ReplyFindings.MAX_LISTED) {
          longLines = longLines == null ? new int[2 * ReplyFindings.MAX_LISTED] : longLines;
          longLines[2 * tooLong] = i + 1;
          longLines[2 * tooLong + 1] = octets;
        }
        tooLong++;
      }
    }
    int[] missing = with > 0 && with < count ? linesWithoutCode(bounds, count, count - with) : null;
    long[] coded = differ ? linesWithCode(s, bounds, count, with) : null;
    List<ReplyFinding> findings =
        ReplyFindings.of(code, count, chosen, with, missing, coded, tooLong, longLines);
    return new SmtpReply(code, s, bounds, count, chosen, findings);
  }

  /** The numbers of the first lines without an enhanced code (whose text starts where the raw text does). */
  private static int[] linesWithoutCode(int[] bounds, int count, int missing) {
    int[] lines = new int[Math.min(missing, ReplyFindings.MAX_LISTED)];
    for (int i = 0, listed = 0; listed < lines.length; i++) {
      if (bounds[STRIDE * i + TEXT] == bounds[STRIDE * i]) {
        lines[listed++] = i + 1;
      }
    }
    return lines;
  }

  /** The first lines with an enhanced code, scanned again: {@code line << 32 | numbers} each. */
  private static long[] linesWithCode(String s, int[] bounds, int count, int with) {
    long[] lines = new long[Math.min(with, ReplyFindings.MAX_LISTED)];
    for (int i = 0, listed = 0; listed < lines.length; i++) {
      if (bounds[STRIDE * i + TEXT] > bounds[STRIDE * i]) {
        long scanned = CodeScanner.scan(s, bounds[STRIDE * i], bounds[STRIDE * i + END]);
        lines[listed++] = (long) (i + 1) << 32 | CodeScanner.numbers(scanned);
      }
    }
    return lines;
  }

  /** A line's octets in UTF-8 with its reply code, separator and CRLF; counted only when it could exceed 512. */
  private static int octets(String s, int start, int end) {
    // A UTF-16 unit is at most 3 octets in UTF-8, so shorter lines need no count.
    return (end - start) * 3 + 6 <= MAX_LINE_OCTETS ? 0 : utf8Length(s, start, end) + 6;
  }

  private static int utf8Length(String s, int start, int end) {
    int octets = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        octets++;
      } else if (c < 0x800) {
        octets += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
        octets += 4;
        i++;
      } else {
        octets += 3;
      }
    }
    return octets;
  }

  /** {@return the three-digit reply code, such as 550} */
  public int code() {
    return code;
  }

  /**
   * {@return the enhanced status code} That is the one on every line, or, where lines disagree or some
   * lack it, the last line's (see {@link #findings()}); empty when the last line has none.
   */
  public Optional<StatusCode> enhancedCode() {
    return Optional.ofNullable(enhancedCode);
  }

  /**
   * {@return the text of each line without reply code, separator, enhanced code and the spaces after it}
   * The strings are made on the first call (parsing copies no text) and the same list comes back after.
   */
  public List<String> lines() {
    List<String> texts = lines;
    if (texts == null) {
      String[] array = new String[lineCount];
      for (int i = 0; i < lineCount; i++) {
        array[i] = source.substring(bounds[STRIDE * i + TEXT], bounds[STRIDE * i + END]);
      }
      texts = new ImmutableArrayList<>(array);
      lines = texts;
    }
    return texts;
  }

  /** {@return the text of all lines without codes, the non-empty ones joined by one space} */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lineCount; i++) {
      int start = bounds[STRIDE * i + TEXT];
      int end = bounds[STRIDE * i + END];
      if (end > start) {
        if (text.length() > 0) {
          text.append(' ');
        }
        text.append(source, start, end);
      }
    }
    return text.toString();
  }

  /** {@return whether the reply has more than one line} */
  public boolean isMultiline() {
    return lineCount > 1;
  }

  /** {@return what a careful receiver notices; empty for a clean reply} Never throws. */
  public List<ReplyFinding> findings() {
    return findings;
  }

  /**
   * {@return whether a finding of this kind was made}
   *
   * @param kind the kind of finding
   */
  public boolean hasFinding(ReplyFinding.Kind kind) {
    for (ReplyFinding finding : findings) {
      if (finding.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  /** Equal when reply code and every line's text (enhanced code included) are equal. */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof SmtpReply that) || code != that.code || lineCount != that.lineCount) {
      return false;
    }
    for (int i = 0; i < lineCount; i++) {
      int start = bounds[STRIDE * i];
      int length = bounds[STRIDE * i + END] - start;
      int thatStart = that.bounds[STRIDE * i];
      if (length != that.bounds[STRIDE * i + END] - thatStart
          || !source.regionMatches(start, that.source, thatStart, length)) {
        return false;
      }
    }
    return true;
  }

  /** The hash of the reply code and the list of raw line texts, computed over the regions. */
  @Override
  public int hashCode() {
    int lineHashes = 1;
    for (int i = 0; i < lineCount; i++) {
      int lineHash = 0;
      for (int j = bounds[STRIDE * i]; j < bounds[STRIDE * i + END]; j++) {
        lineHash = 31 * lineHash + source.charAt(j);
      }
      lineHashes = 31 * lineHashes + lineHash;
    }
    return code * 31 + lineHashes;
  }

  /** The reply as on the wire: {@code 550-...}, ..., {@code 550 ...}, joined by CRLF, no final CRLF. */
  @Override
  public String toString() {
    StringBuilder wire = new StringBuilder();
    for (int i = 0; i < lineCount; i++) {
      boolean last = i == lineCount - 1;
      if (i > 0) {
        wire.append("\r\n");
      }
      wire.append(code);
      int start = bounds[STRIDE * i];
      int end = bounds[STRIDE * i + END];
      if (!last) {
        wire.append('-').append(source, start, end);
      } else if (end > start) {
        wire.append(' ').append(source, start, end);
      }
    }
    return wire.toString();
  }
}
