package io.github.smtpstatus.bounce;

import java.util.Objects;
import java.util.Optional;

/**
 * The identifying headers of the message a bounce returns, as far as it returns them. Values are
 * unfolded, with RFC 2047 encoded words decoded. Nothing in the returned message ever counts as a code
 * or a recipient of the bounce.
 *
 * <p>Immutable and thread-safe.
 */
public final class OriginalMessage {

  /** How the bounce returned the message. */
  public enum Source {
    /** A {@code message/rfc822} or {@code message/global} part: the whole message. */
    ATTACHED,
    /** A {@code text/rfc822-headers} or {@code message/global-headers} part: its header only. */
    HEADERS,
    /** Inside the bounce's text, after a line such as {@code --- Below this line is a copy of the message.}. */
    INLINED
  }

  private final Source source;
  private final String messageId;
  private final String from;
  private final String to;
  private final String subject;
  private final String date;

  OriginalMessage(Source source, String messageId, String from, String to, String subject, String date) {
    this.source = Objects.requireNonNull(source, "source == null");
    this.messageId = messageId;
    this.from = from;
    this.to = to;
    this.subject = subject;
    this.date = date;
  }

  /** {@return how it was returned} */
  public Source source() {
    return source;
  }

  /** {@return the {@code Message-ID} header, as written ({@code <id@example.com>})} */
  public Optional<String> messageId() {
    return Optional.ofNullable(messageId);
  }

  /** {@return the {@code From} header} */
  public Optional<String> from() {
    return Optional.ofNullable(from);
  }

  /** {@return the {@code To} header} */
  public Optional<String> to() {
    return Optional.ofNullable(to);
  }

  /** {@return the {@code Subject} header} */
  public Optional<String> subject() {
    return Optional.ofNullable(subject);
  }

  /** {@return the {@code Date} header, as written} */
  public Optional<String> date() {
    return Optional.ofNullable(date);
  }

  /** Whether none of the five headers was found. */
  boolean isEmpty() {
    return messageId == null && from == null && to == null && subject == null && date == null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OriginalMessage that && source == that.source && Objects.equals(messageId, that.messageId)
        && Objects.equals(from, that.from) && Objects.equals(to, that.to) && Objects.equals(subject, that.subject)
        && Objects.equals(date, that.date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, messageId, from, to, subject, date);
  }

  @Override
  public String toString() {
    return "OriginalMessage{" + source + ", Message-ID=" + messageId + ", From=" + from + ", To=" + to
        + ", Subject=" + subject + ", Date=" + date + "}";
  }
}
