package io.github.smtpstatus;

import java.util.Objects;

/**
 * Thrown by {@link StatusCode#parse} for text that is not an RFC 3463 status code. The message quotes
 * the input and names the first bad character: {@code Invalid status code "5.01.1": leading zero in
 * subject at index 2}.
 */
public final class StatusCodeFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String input;
  private final int index;
  private final String reason;

  StatusCodeFormatException(CharSequence input, int index, String reason) {
    super("Invalid status code " + InputText.quote(input) + ": " + reason + " at index " + index);
    this.input = input.toString();
    this.index = index;
    this.reason = Objects.requireNonNull(reason, "reason == null");
  }

  /** The text that failed to parse. */
  public String getInput() {
    return input;
  }

  /** The index of the first character that breaks the grammar (the input's length if it ended early). */
  public int getIndex() {
    return index;
  }

  /** What is wrong, without input or index: {@code leading zero in subject}. */
  public String getReason() {
    return reason;
  }
}
