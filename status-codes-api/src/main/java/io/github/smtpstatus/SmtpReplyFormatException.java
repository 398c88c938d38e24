package io.github.smtpstatus;

import java.util.Objects;

/**
 * Thrown by {@link SmtpReply#parse} for text that is not an SMTP reply (RFC 5321 section 4.2). The
 * message quotes the input and names the reason, the line and the index:
 * {@code Invalid SMTP reply "550-5.1.1 No\r\n451 4.3.0 Try": reply code 451 differs from 550 at line 2,
 * index 14}.
 */
public final class SmtpReplyFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Serialized with the exception; see {@link #getInput()}. */
  private final String input;
  /** Serialized with the exception; see {@link #getLine()}. */
  private final int line;
  /** Serialized with the exception; see {@link #getIndex()}. */
  private final int index;
  /** Serialized with the exception; see {@link #getReason()}. */
  private final String reason;

  SmtpReplyFormatException(CharSequence input, int line, int index, String reason) {
    super("Invalid SMTP reply " + InputText.quote(input) + ": " + reason + " at line " + line + ", index " + index);
    this.input = input.toString();
    this.line = line;
    this.index = index;
    this.reason = Objects.requireNonNull(reason, "reason == null");
  }

  /** {@return the text that failed to parse} */
  public String getInput() {
    return input;
  }

  /** {@return the 1-based line of the problem} */
  public int getLine() {
    return line;
  }

  /** {@return the index of the problem in the whole input (its length if the input ended early)} */
  public int getIndex() {
    return index;
  }

  /** {@return what is wrong, without input or position} */
  public String getReason() {
    return reason;
  }
}
