package io.github.smtpstatus.bounce;

import io.github.smtpstatus.SmtpReply;
import io.github.smtpstatus.StatusCode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One piece of evidence for a recipient's status: where it was read, the enhanced code it gives (if
 * any), the reply it belongs to (if any), and the text it was read from. Every candidate is kept in
 * {@link RecipientResult#candidates()}, the chosen one and the others.
 *
 * <p>Immutable and thread-safe.
 */
public final class StatusCandidate {
  private final Evidence evidence;
  private final StatusCode code;
  private final SmtpReply reply;
  private final String text;

  StatusCandidate(Evidence evidence, StatusCode code, SmtpReply reply, String text) {
    this.evidence = Objects.requireNonNull(evidence, "evidence == null");
    this.code = code;
    this.reply = reply;
    this.text = Objects.requireNonNull(text, "text == null");
  }

  /** {@return where it was read} */
  public Evidence evidence() {
    return evidence;
  }

  /** {@return the enhanced status code it gives; empty for a reply without one ({@code 550 User unknown})} */
  public Optional<StatusCode> code() {
    return Optional.ofNullable(code);
  }

  /** {@return the SMTP reply, for evidence that is a reply} */
  public Optional<SmtpReply> reply() {
    return Optional.ofNullable(reply);
  }

  /** {@return the reply's three-digit code, for evidence that is a reply} */
  public OptionalInt replyCode() {
    return reply == null ? OptionalInt.empty() : OptionalInt.of(reply.code());
  }

  /** {@return the text it was read from: the field value, the reply, or the line of prose} */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StatusCandidate that && evidence == that.evidence && Objects.equals(code, that.code)
        && Objects.equals(reply, that.reply) && text.equals(that.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(evidence, code, reply, text);
  }

  /** {@code EVIDENCE code: text}. */
  @Override
  public String toString() {
    return evidence + " " + (code == null ? "-" : code.toString()) + ": " + text;
  }
}
