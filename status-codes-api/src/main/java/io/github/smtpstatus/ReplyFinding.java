package io.github.smtpstatus;

import java.util.Objects;

/**
 * Something a careful receiver notices about a well-formed SMTP reply: not an error, but worth a log
 * line or a different classification. A kind to branch on, and a sentence for people.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReplyFinding {

  /** What was noticed. */
  public enum Kind {
    /**
     * The enhanced code's class differs from the reply code's first digit ({@code 550 4.2.2}); RFC 2034
     * section 4 requires them to agree.
     */
    CLASS_MISMATCH,
    /** Lines of a multi-line reply carry different enhanced codes; RFC 2034 section 3 wants one on every line. */
    INCONSISTENT_LINES,
    /** Some lines of a multi-line reply carry an enhanced code and some do not. */
    MISSING_ON_SOME_LINES,
    /** An enhanced code on a 3yz intermediate reply, which RFC 2034 section 3 leaves without one. */
    CODE_ON_INTERMEDIATE_REPLY,
    /** The enhanced code is valid but not in the IANA registry ({@code 5.7.606}). */
    UNREGISTERED,
    /** The enhanced code is one the registry deprecates ({@code 5.6.10}). */
    DEPRECATED,
    /**
     * The registry lists the reply codes that go with the enhanced code, and this reply's code is not
     * among them ({@code 550 5.2.2}: the registry gives 552). Only where the registry lists codes;
     * {@code Any} and class wildcards such as {@code 5XX} are honoured.
     */
    REPLY_CODE_NOT_ASSOCIATED,
    /**
     * Lines are longer than the 512 octets RFC 5321 section 4.5.3.1.5 allows a reply line: one finding
     * for all of them, naming the first ten with their lengths.
     */
    LINE_TOO_LONG,
    /**
     * Repaired by {@link QuotedReply}: the lines of a multi-line reply were joined with white space on one
     * line ({@code 550-5.7.1 first 550-5.7.1 second 550 5.7.1 last}) and were split again.
     */
    FLATTENED,
    /**
     * Repaired by {@link QuotedReply}: the quoting MTA wrapped a line's text (a line break followed by
     * white space, as Postfix wraps bounce text); each such break was read as one space.
     */
    WRAPPED,
    /**
     * Repaired by {@link QuotedReply}: the reply ends on a continuation line ({@code 552-5.7.0 ...}, as
     * Sendmail keeps only the first line); its last line was read as the final one.
     */
    TRUNCATED,
    /**
     * Repaired by {@link QuotedReply}: a line's text starts with an enhanced code written {@code #5.1.0}
     * or {@code (#5.1.1)}, which was read as the code {@code 5.1.0} or {@code 5.1.1} (RFC 2034 writes it
     * bare).
     */
    NONSTANDARD_CODE_FORM,
    /** Repaired by {@link QuotedReply}: white space before or after the reply was dropped. */
    SURROUNDING_SPACE,
    /**
     * Repaired by {@link QuotedReply}: the reply, or a line's text, stood between quotes
     * ({@code "550 5.1.1 ..."}, {@code 550-'5.7.1 ...'}), which were dropped.
     */
    QUOTED;

    /**
     * {@return whether this kind reports a repair made by the lenient reading, not something noticed in a reply}
     */
    public boolean isRepair() {
      return switch (this) {
        case FLATTENED, WRAPPED, TRUNCATED, NONSTANDARD_CODE_FORM, SURROUNDING_SPACE, QUOTED -> true;
        default -> false;
      };
    }
  }

  private final Kind kind;
  private final String message;

  ReplyFinding(Kind kind, String message) {
    this.kind = Objects.requireNonNull(kind, "kind == null");
    this.message = Objects.requireNonNull(message, "message == null");
  }

  /** {@return what was noticed} */
  public Kind kind() {
    return kind;
  }

  /**
   * {@return one sentence for people, naming codes and lines: at most ten of them, then a count of the rest,
   * so that no reply makes a finding grow without limit}
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReplyFinding that && kind == that.kind && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + message.hashCode();
  }

  /** {@code KIND: message}. */
  @Override
  public String toString() {
    return kind + ": " + message;
  }
}
