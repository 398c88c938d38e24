package io.github.smtpstatus.bounce;

import io.github.smtpstatus.QuotedReply;
import io.github.smtpstatus.SmtpReply;
import java.util.Objects;
import java.util.Optional;

/**
 * A recipient's {@code Diagnostic-Code} field (RFC 3464 section 2.3.6): its type, its text, and for type
 * {@code smtp} the reply read leniently (flattened, cut, or written with {@code #5.1.0}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Diagnostic {
  private final String type;
  private final String text;
  private final QuotedReply quoted;

  Diagnostic(String type, String text, QuotedReply quoted) {
    this.type = Objects.requireNonNull(type, "type == null");
    this.text = Objects.requireNonNull(text, "text == null");
    this.quoted = quoted;
  }

  /** The reply as read leniently, with its repairs; null when the text holds none. */
  QuotedReply quoted() {
    return quoted;
  }

  /** {@return the type as written ({@code smtp}, {@code X-Postfix}, {@code X-Unix}); empty when the field had none} */
  public String type() {
    return type;
  }

  /** {@return whether the type is {@code smtp} in any case} */
  public boolean isSmtp() {
    return type.equalsIgnoreCase("smtp");
  }

  /** {@return the text after the type and semicolon, unfolded and trimmed} */
  public String text() {
    return text;
  }

  /** {@return the SMTP reply the text holds, for type {@code smtp} (or no type) when it holds one} */
  public Optional<SmtpReply> reply() {
    return quoted == null ? Optional.empty() : Optional.of(quoted.reply());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Diagnostic that && type.equals(that.type) && text.equals(that.text);
  }

  @Override
  public int hashCode() {
    return type.hashCode() * 31 + text.hashCode();
  }

  /** The field value: {@code smtp; 550 5.1.1 ...}. */
  @Override
  public String toString() {
    return type.isEmpty() ? text : type + "; " + text;
  }
}
