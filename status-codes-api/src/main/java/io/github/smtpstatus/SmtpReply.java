package io.github.smtpstatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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

  /** A reply, or the {@link Failure} describing why the text is not one. */
  private static Object read(CharSequence text) {
    int n = text.length();
    if (n == 0) {
      return new Failure(1, 0, "empty reply");
    }
    // A String is its own toString(): no copy. Lines are then regions of it, not substrings.
    String s = text.toString();
    byte[] copy = ControlChars.copy(s);
    try {
      return read(s, n, copy);
    } finally {
      ControlChars.release(copy);
    }
  }

  /** {@link #read(CharSequence)} of a non-empty reply; {@code copy} is its {@link ControlChars#copy}, or null. */
  private static Object read(String s, int n, byte[] copy) {
    int code = -1;
    int[] bounds = new int[4 * STRIDE];
    int pos = 0;
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
      int end = ControlChars.first(s, copy, textStart, n);
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
   * where each line's text starts, findings. Allocates the reply; findings only when there are some.
   */
  private static SmtpReply of(int code, String s, int[] bounds, int count) {
    StatusCode[] perLine = null;
    StatusCode chosen = null;
    int with = 0;
    boolean differ = false;
    for (int i = 0; i < count; i++) {
      int start = bounds[STRIDE * i];
      int lineEnd = bounds[STRIDE * i + END];
      long scanned = CodeScanner.scan(s, start, lineEnd);
      int end = scanned < 0 ? -1 : CodeScanner.end(scanned);
      StatusCode lineCode = null;
      if (end >= 0 && (end == lineEnd || s.charAt(end) == ' ')) {
        lineCode = StatusCode.of(scanned);
        while (end < lineEnd && s.charAt(end) == ' ') {
          end++;
        }
        bounds[STRIDE * i + TEXT] = end;
      } else {
        bounds[STRIDE * i + TEXT] = start;
      }
      if (count > 1) {
        if (perLine == null) {
          perLine = new StatusCode[count];
        }
        perLine[i] = lineCode;
      }
      if (lineCode != null) {
        with++;
      }
      if (i == count - 1) {
        chosen = lineCode;
      }
    }
    if (perLine != null && chosen != null) {
      for (StatusCode each : perLine) {
        differ |= each != null && !each.equals(chosen);
      }
    }

    // Most replies are clean: the list of findings is made only for the first one.
    List<ReplyFinding> findings = null;
    if (with > 0 && with < count) {
      findings = add(findings, new ReplyFinding(ReplyFinding.Kind.MISSING_ON_SOME_LINES, with + " of " + count
          + " lines carry an enhanced status code (missing on line" + linesWithout(perLine) + "); RFC 2034 wants it on"
          + " every line" + (chosen != null ? ", so the last line's " + chosen + " is used" : ", and the last line has none")));
    }
    if (differ || (chosen == null && perLine != null && distinct(perLine) > 1)) {
      findings = add(findings, new ReplyFinding(ReplyFinding.Kind.INCONSISTENT_LINES, "the lines carry different"
          + " enhanced status codes (" + codesOf(perLine) + "); RFC 2034 wants the same on every line"
          + (chosen != null ? ", so the last line's " + chosen + " is used" : "")));
    }
    if (code / 100 == 3 && with > 0) {
      findings = add(findings, new ReplyFinding(ReplyFinding.Kind.CODE_ON_INTERMEDIATE_REPLY, "the intermediate reply "
          + code + " carries an enhanced status code; RFC 2034 gives 3yz replies none"));
    }
    if (chosen != null) {
      findings = addCodeFindings(code, chosen, findings);
    }
    for (int i = 0; i < count; i++) {
      int start = bounds[STRIDE * i];
      int end = bounds[STRIDE * i + END];
      // A UTF-16 unit is at most 3 octets in UTF-8, so shorter lines need no count.
      if ((end - start) * 3 + 6 > MAX_LINE_OCTETS && utf8Length(s, start, end) + 6 > MAX_LINE_OCTETS) {
        findings = add(findings, new ReplyFinding(ReplyFinding.Kind.LINE_TOO_LONG, "line " + (i + 1) + " is "
            + (utf8Length(s, start, end) + 6) + " octets with its CRLF; RFC 5321 allows " + MAX_LINE_OCTETS));
      }
    }
    return new SmtpReply(code, s, bounds, count, chosen,
        findings == null ? List.of() : Collections.unmodifiableList(findings));
  }

  private static List<ReplyFinding> add(List<ReplyFinding> findings, ReplyFinding finding) {
    List<ReplyFinding> list = findings == null ? new ArrayList<>(2) : findings;
    list.add(finding);
    return list;
  }

  private static List<ReplyFinding> addCodeFindings(int code, StatusCode chosen, List<ReplyFinding> findings) {
    int replyClass = code / 100;
    if (replyClass != 3 && chosen.statusClass().number() != replyClass) {
      findings = add(findings, new ReplyFinding(ReplyFinding.Kind.CLASS_MISMATCH, "the enhanced status code " + chosen
          + " is class " + chosen.statusClass().number() + " but the reply code " + code + " is " + replyClass
          + "yz; RFC 2034 requires them to agree"));
    }
    Optional<EnhancedStatusCode> registered = chosen.registered();
    if (registered.isEmpty()) {
      return add(findings, new ReplyFinding(ReplyFinding.Kind.UNREGISTERED, chosen + " is not in the IANA registry;"
          + " a receiver falls back to " + chosen.meaning()));
    }
    EnhancedStatusCode entry = registered.get();
    if (entry.isDeprecated()) {
      findings = add(findings, new ReplyFinding(ReplyFinding.Kind.DEPRECATED, chosen + " is deprecated in the IANA"
          + " registry" + entry.replacement().map(replacement -> "; use " + replacement.code(chosen.statusClass())
              + " instead").orElse("")));
    }
    AssociatedReplyCodes associated = entry.associatedReplyCodes();
    if (associated.kind() == AssociatedReplyCodes.Kind.LISTED && !associated.permits(code)) {
      findings = add(findings, new ReplyFinding(ReplyFinding.Kind.REPLY_CODE_NOT_ASSOCIATED, "the IANA registry"
          + " associates " + entry.code() + " with reply codes " + associated.text() + ", not " + code));
    }
    return findings;
  }

  private static String linesWithout(StatusCode[] perLine) {
    StringBuilder lines = new StringBuilder();
    int missing = 0;
    for (int i = 0; i < perLine.length; i++) {
      if (perLine[i] == null) {
        lines.append(missing++ == 0 ? " " : ", ").append(i + 1);
      }
    }
    return missing > 1 ? "s" + lines : lines.toString();
  }

  private static int distinct(StatusCode[] perLine) {
    List<StatusCode> seen = new ArrayList<>();
    for (StatusCode each : perLine) {
      if (each != null && !seen.contains(each)) {
        seen.add(each);
      }
    }
    return seen.size();
  }

  private static String codesOf(StatusCode[] perLine) {
    StringBuilder codes = new StringBuilder();
    for (int i = 0; i < perLine.length; i++) {
      if (perLine[i] != null) {
        codes.append(codes.length() == 0 ? "" : ", ").append(perLine[i]).append(" on line ").append(i + 1);
      }
    }
    return codes.toString();
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
