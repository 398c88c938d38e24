package io.github.smtpstatus;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Parsers for the two per-recipient fields of a delivery status notification that carry status codes
 * (RFC 3464): {@code Status} (section 2.3.4) and {@code Diagnostic-Code} (section 2.3.6).
 *
 * <pre>{@code
 * DeliveryStatus.parseStatus("5.1.1 (bad destination mailbox address)").code();      // 5.1.1
 * DeliveryStatus.parseDiagnosticCode("smtp; 550 5.1.1 <nobody@example.com>: Recipient address rejected")
 *     .smtpReply().flatMap(SmtpReply::enhancedCode);                                  // Optional[5.1.1]
 * }</pre>
 *
 * <p>Both take the field value, with or without its field name ({@code "Status: 5.1.1"} is accepted),
 * and unfold it as RFC 5322 section 2.2.3 says: a CRLF or LF followed by a space or tab is a fold, whose
 * line break goes and whose white space stays, and a line break may end the value. Both refuse, naming
 * line and index, a bare CR and a line break followed by anything else: in a message that line would
 * begin the next header field, so it is never part of this one. Thread-safe.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3464#section-2.3.4">RFC 3464 section 2.3.4</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3464#section-2.3.6">RFC 3464 section 2.3.6</a>
 */
public final class DeliveryStatus {

  private DeliveryStatus() {}

  /**
   * Parses a {@code Status} field value: a status code, optionally followed by a comment in parentheses,
   * with optional folding white space around them.
   *
   * <pre>{@code
   * status-field = "Status" ":" status-code [ CFWS ]
   * }</pre>
   *
   * <p>Strict where the code stands: {@code 5.1.1.} or {@code #5.1.1} is refused. In the comment a
   * backslash quotes the next character (RFC 5322 quoted-pair), which may not be a control character
   * or a line break; the comment keeps its backslashes and loses the spaces and tabs at its ends, and
   * {@link Status#toString()} parses back to an equal {@code Status}.
   *
   * @param value the field value after {@code Status:}, folded lines included; the field name itself
   *     may stand before it
   * @return the code and the comment
   * @throws DeliveryStatusFormatException naming line, index and reason
   * @throws NullPointerException if {@code value} is null
   */
  public static Status parseStatus(CharSequence value) {
    Objects.requireNonNull(value, "value == null");
    Field field = new Field("Status", value);
    int start = field.skipName();
    start = field.skipSpace(start);
    long scanned = CodeScanner.scan(value, start, value.length());
    if (scanned < 0) {
      throw field.error(CodeScanner.errorIndex(scanned), CodeScanner.describe(value, scanned));
    }
    int at = CodeScanner.end(scanned);
    if (at < value.length()) {
      char c = value.charAt(at);
      if (CodeScanner.isDigit(c)) {
        throw field.error(at, "detail has more than 3 digits");
      }
      if (!isSpace(c) && c != '(' && c != '\r' && c != '\n') {
        throw field.error(at, "unexpected character " + InputText.describe(c) + " after the status code");
      }
    }
    at = field.skipSpace(at);
    String comment = null;
    if (at < value.length() && value.charAt(at) == '(') {
      int close = field.commentEnd(at);
      comment = Field.trimComment(field.unfold(at + 1, close));
      at = field.skipSpace(close + 1);
    }
    if (at < value.length()) {
      throw field.error(at, "unexpected " + InputText.describe(value.charAt(at)) + " after the "
          + (comment == null ? "status code" : "comment"));
    }
    return new Status(StatusCode.of(scanned), comment);
  }

  /**
   * Parses a {@code Diagnostic-Code} field value: a diagnostic type, a semicolon, and the diagnostic
   * text. For type {@code smtp} (any case) the text is also parsed as an {@link SmtpReply}; a reply
   * that an MTA flattened onto one line ({@code 550-5.1.1 first 550-5.1.1 second 550 5.1.1 last}, as
   * Postfix writes it, or folded at the reply's line breaks) is split back into its lines first. When
   * the text is not a reply, {@link DiagnosticCode#smtpReply()} is empty and the raw text is kept.
   *
   * <p>Line breaks follow the folding rule of the class comment, the same as for {@link #parseStatus}:
   * a multi-line reply whose lines follow each other unindented ({@code 550-5.1.1 one\n550 5.1.1 two})
   * is refused, not read as reply lines, because no MTA can write it into a header field (the second
   * line would be a field of its own) and guessing would let any text after a line break pass as part of
   * the reply ({@code first\nX-Other: 5.7.1}). Such a reply, taken from somewhere else than a header
   * field, is for {@link SmtpReply#parse}.
   *
   * <pre>{@code
   * diagnostic-code-field = "Diagnostic-Code" ":" diagnostic-type ";" *text
   * }</pre>
   *
   * @param value the field value after {@code Diagnostic-Code:}, folded lines included; the field name
   *     itself may stand before it
   * @return the type, the text and, for type {@code smtp}, the reply
   * @throws DeliveryStatusFormatException if the type or the semicolon is missing, or a line break is not
   *     a fold; naming line, index and reason
   * @throws NullPointerException if {@code value} is null
   */
  public static DiagnosticCode parseDiagnosticCode(CharSequence value) {
    Objects.requireNonNull(value, "value == null");
    Field field = new Field("Diagnostic-Code", value);
    int start = field.skipSpace(field.skipName());
    int end = start;
    while (end < value.length() && isTypeChar(value.charAt(end))) {
      end++;
    }
    if (end == start) {
      throw field.error(start, end < value.length()
          ? "expected a diagnostic type such as smtp, found " + InputText.describe(value.charAt(end))
          : "missing diagnostic type");
    }
    String type = value.subSequence(start, end).toString();
    int semicolon = field.skipSpace(end);
    if (semicolon >= value.length() || value.charAt(semicolon) != ';') {
      throw field.error(semicolon, "expected ';' after the diagnostic type, "
          + (semicolon < value.length() ? "found " + InputText.describe(value.charAt(semicolon)) : "found end of input"));
    }
    String text = field.unfold(semicolon + 1, value.length()).strip();
    SmtpReply reply = null;
    if (type.toLowerCase(Locale.ROOT).equals("smtp")) {
      reply = SmtpReply.tryParse(relineFlattenedReply(text)).orElse(null);
    }
    return new DiagnosticCode(type, text, reply);
  }

  /**
   * Puts back the line breaks of a multi-line reply that was joined with white space: before each
   * {@code NNN-} or {@code NNN } with the reply's own code that follows white space, until the final
   * {@code NNN }. A one-line reply comes back unchanged.
   */
  static String relineFlattenedReply(String text) {
    if (text.length() < 4 || text.charAt(3) != '-' || !allDigits(text, 0, 3)) {
      return text;
    }
    StringBuilder lines = new StringBuilder(text.length() + 16);
    int lineStart = 0;
    int i = 4;
    while (i < text.length()) {
      if (isSpace(text.charAt(i - 1)) && i + 4 <= text.length() && text.regionMatches(i, text, 0, 3)
          && (text.charAt(i + 3) == '-' || text.charAt(i + 3) == ' ')) {
        int lineEnd = i;
        while (lineEnd > lineStart && isSpace(text.charAt(lineEnd - 1))) {
          lineEnd--;
        }
        lines.append(text, lineStart, lineEnd).append("\r\n");
        lineStart = i;
        if (text.charAt(i + 3) == ' ') {
          break;
        }
        i += 4;
      } else {
        i++;
      }
    }
    return lines.append(text, lineStart, text.length()).toString();
  }

  private static boolean allDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!CodeScanner.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTypeChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  /** A field value being parsed: name skipping, folding white space, comments, errors with line numbers. */
  private static final class Field {
    private final String name;
    private final CharSequence value;

    Field(String name, CharSequence value) {
      this.name = name;
      this.value = value;
    }

    /** After {@code Name:} when the value starts with the field name (any case), else 0. */
    int skipName() {
      int n = name.length();
      if (value.length() > n && value.charAt(n) == ':'
          && value.subSequence(0, n).toString().equalsIgnoreCase(name)) {
        return n + 1;
      }
      return 0;
    }

    /** Past spaces, tabs and folds (a CRLF or LF followed by a space or tab). */
    int skipSpace(int i) {
      while (i < value.length()) {
        char c = value.charAt(i);
        if (isSpace(c)) {
          i++;
        } else if (c == '\r' || c == '\n') {
          i = afterLineBreak(i);
        } else {
          return i;
        }
      }
      return i;
    }

    /**
     * The index after the line break at {@code i}, the one rule for line breaks in a field value (RFC 5322
     * section 2.2.3): a CRLF or LF followed by a space or tab is a fold, and so is one that ends the value;
     * a bare CR, or a line break followed by anything else (which in a message begins the next header
     * field), is refused.
     */
    int afterLineBreak(int i) {
      int next = value.charAt(i) == '\r' ? i + 1 : i;
      if (next >= value.length() || value.charAt(next) != '\n') {
        throw error(i, "bare CR (a line must end with CRLF or LF)");
      }
      next++;
      if (next < value.length() && !isSpace(value.charAt(next))) {
        throw error(next, "line break not followed by a space or tab (not a folded header line)");
      }
      return next;
    }

    /** The index of the ')' closing the comment that opens at {@code open}; nested comments and quoted pairs allowed. */
    int commentEnd(int open) {
      int depth = 0;
      for (int i = open; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\\') {
          i++;
          if (i < value.length() && value.charAt(i) < 0x20 && value.charAt(i) != '\t') {
            throw error(i, "control character " + InputText.describe(value.charAt(i)) + " after '\\' in the comment");
          }
        } else if (c == '(') {
          depth++;
        } else if (c == ')' && --depth == 0) {
          return i;
        } else if (c == '\r' || c == '\n') {
          int next = skipSpace(i);
          if (next == value.length()) {
            break;
          }
          i = next - 1;
        } else if (c < 0x20 && c != '\t') {
          throw error(i, "control character " + InputText.describe(c) + " in the comment");
        }
      }
      throw error(value.length(), "comment opened at index " + open + " is not closed");
    }

    /**
     * The comment without the spaces and tabs at its ends, except an escaped one: {@code ( a\ )} keeps
     * {@code a\ }, so that the comment written back between parentheses reads the same.
     */
    static String trimComment(String comment) {
      int start = 0;
      while (start < comment.length() && isSpace(comment.charAt(start))) {
        start++;
      }
      int end = comment.length();
      while (end > start && isSpace(comment.charAt(end - 1)) && !escaped(comment, end - 1)) {
        end--;
      }
      return comment.substring(start, end);
    }

    /** Whether an odd run of backslashes stands before {@code index}. */
    private static boolean escaped(String text, int index) {
      int backslashes = 0;
      while (index - backslashes > 0 && text.charAt(index - backslashes - 1) == '\\') {
        backslashes++;
      }
      return backslashes % 2 == 1;
    }

    /**
     * The text in {@code [from, to)} unfolded: the line break of each fold goes, the white space after it
     * stays; a line break that is not a fold is refused by {@link #afterLineBreak}.
     */
    String unfold(int from, int to) {
      StringBuilder out = new StringBuilder(to - from);
      int i = from;
      while (i < to) {
        char c = value.charAt(i);
        if (c == '\r' || c == '\n') {
          i = afterLineBreak(i);
        } else {
          out.append(c);
          i++;
        }
      }
      return out.toString();
    }

    DeliveryStatusFormatException error(int index, String reason) {
      int line = 1;
      for (int i = 0; i < index && i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= value.length() || value.charAt(i + 1) != '\n'))) {
          line++;
        }
      }
      return new DeliveryStatusFormatException(name, value, line, index, reason);
    }
  }

  /**
   * A parsed {@code Status} field: the code and the comment that may follow it.
   *
   * <p>Immutable and thread-safe.
   */
  public static final class Status {
    private final StatusCode code;
    private final String comment;

    Status(StatusCode code, String comment) {
      this.code = code;
      this.comment = comment;
    }

    /** {@return the status code} */
    public StatusCode code() {
      return code;
    }

    /** {@return the comment without its parentheses, such as {@code bad destination mailbox address}} */
    public Optional<String> comment() {
      return Optional.ofNullable(comment);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Status that && code.equals(that.code) && Objects.equals(comment, that.comment);
    }

    @Override
    public int hashCode() {
      return Objects.hash(code, comment);
    }

    /** The field value: {@code 5.1.1 (comment)}. */
    @Override
    public String toString() {
      return comment == null ? code.toString() : code + " (" + comment + ")";
    }
  }

  /**
   * A parsed {@code Diagnostic-Code} field: its type, its text, and for type {@code smtp} the reply.
   *
   * <p>Immutable and thread-safe.
   */
  public static final class DiagnosticCode {
    private final String type;
    private final String text;
    private final SmtpReply reply;

    DiagnosticCode(String type, String text, SmtpReply reply) {
      this.type = type;
      this.text = text;
      this.reply = reply;
    }

    /** {@return the diagnostic type as written: {@code smtp}, {@code X-Postfix}, {@code X-Unix}} */
    public String type() {
      return type;
    }

    /** {@return whether the type is {@code smtp} (in any case)} */
    public boolean isSmtp() {
      return type.equalsIgnoreCase("smtp");
    }

    /** {@return the diagnostic text after the semicolon, unfolded and trimmed} */
    public String text() {
      return text;
    }

    /** {@return the SMTP reply, for type {@code smtp} when the text is one} */
    public Optional<SmtpReply> smtpReply() {
      return Optional.ofNullable(reply);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof DiagnosticCode that && type.equals(that.type) && text.equals(that.text);
    }

    @Override
    public int hashCode() {
      return Objects.hash(type, text);
    }

    /** The field value: {@code smtp; 550 5.1.1 ...}. */
    @Override
    public String toString() {
      return type + "; " + text;
    }
  }
}
