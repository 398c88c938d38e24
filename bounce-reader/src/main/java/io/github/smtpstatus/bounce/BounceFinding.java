package io.github.smtpstatus.bounce;

import java.util.Objects;
import java.util.Optional;

/**
 * Something the reader noticed or repaired while reading a message or one recipient's report: a kind to
 * branch on and a sentence for people. Never an error: the result holds what could be read.
 *
 * <p>Immutable and thread-safe.
 */
public final class BounceFinding {

  /** What was noticed. */
  public enum Kind {
    /** The {@code Status} field and the remote server's reply disagree in class (one says 4, the other 5). */
    STATUS_CONTRADICTS_REPLY,
    /** The {@code Status} field is generic ({@code 5.0.0}, or {@code X.s.0}) while the reply gives an exact code. */
    STATUS_LESS_SPECIFIC_THAN_REPLY,
    /** The {@code Status} field and the reply give different exact codes of the same class. */
    STATUS_DIFFERS_FROM_REPLY,
    /** The diagnostic's reply quotes the remote server's own reply, which was taken as the evidence. */
    NESTED_REPLY_USED,
    /** A field value broke RFC 3464's grammar and was read leniently (a code found in it, or none). */
    MALFORMED_FIELD,
    /** The multipart boundary parameter matched no delimiter line; the delimiter actually used was found and read. */
    BOUNDARY_MISMATCH,
    /** A delimiter line was indented; it was read as a delimiter. */
    INDENTED_DELIMITER,
    /** Two groups of a delivery status report had no blank line between them; they were split. */
    MISSING_GROUP_SEPARATOR,
    /** Delivery status fields stood in a text part rather than a report part; they were read as the report. */
    INLINE_REPORT,
    /** A blank line stood inside a recipient's group (a group without a recipient followed it); the two were joined. */
    STRAY_GROUP_SEPARATOR,
    /** A field's continuation line was not indented; it was joined to the field. */
    UNINDENTED_CONTINUATION,
    /** A header held 8-bit octets that are not UTF-8; they were read as windows-1252. */
    EIGHT_BIT_HEADER,
    /** A text part's charset was missing, unknown or wrong for its octets; another was used. */
    CHARSET_REPAIRED,
    /** mime4j could not read the MIME structure past some point; what came before it was kept. */
    UNREADABLE_STRUCTURE,
    /** A limit of {@link Limit} was reached; see {@link BounceFinding#limit()}. */
    LIMIT_REACHED,
    /** The recipient was taken from a place other than a report field, such as the reported message of a feedback report. */
    RECIPIENT_INFERRED
  }

  private final Kind kind;
  private final String message;
  private final Limit limit;

  BounceFinding(Kind kind, String message) {
    this(kind, message, null);
  }

  BounceFinding(Kind kind, String message, Limit limit) {
    this.kind = Objects.requireNonNull(kind, "kind == null");
    this.message = Objects.requireNonNull(message, "message == null");
    this.limit = limit;
  }

  static BounceFinding limit(Limit limit, String message) {
    return new BounceFinding(Kind.LIMIT_REACHED, message, limit);
  }

  /** {@return what was noticed} */
  public Kind kind() {
    return kind;
  }

  /** {@return one sentence for people, naming fields, codes and values} */
  public String message() {
    return message;
  }

  /** {@return the limit that was reached, for {@link Kind#LIMIT_REACHED}} */
  public Optional<Limit> limit() {
    return Optional.ofNullable(limit);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BounceFinding that && kind == that.kind && message.equals(that.message)
        && limit == that.limit;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, message, limit);
  }

  /** {@code KIND: message}. */
  @Override
  public String toString() {
    return kind + ": " + message;
  }
}
