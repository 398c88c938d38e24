package io.github.smtpstatus;

import java.util.Objects;

/**
 * Thrown by {@link StatusCode#parse} for text that is not an RFC 3463 status code. The message quotes
 * the input and names the first bad character: {@code Invalid status code "5.01.1": leading zero in
 * subject at index 2}.
 */
public final class StatusCodeFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Serialized with the exception; see {@link #getInput()}. */
  private final String input;
  /** Serialized with the exception; see {@link #getIndex()}. */
  private final int index;
  /** Serialized with the exception; see {@link #getReason()}. */
  private final String reason;

  StatusCodeFormatException(CharSequence input, int index, String reason) {
    super("Invalid status code " + InputText.quote(input) + ": " + reason + " at index " + index);
    this.input = input.toString();
    this.index = index;
    this.reason = Objects.requireNonNull(reason, "reason == null");
  }

  /** {@return the text that failed to parse} */
  public String getInput() {
    return input;
  }

  /**
   * {@return the index of the first character that breaks the grammar} The input's length if it ended
   * early.
   */
  public int getIndex() {
    return index;
  }

  /** {@return what is wrong, without input or index: {@code leading zero in subject}} */
  public String getReason() {
    return reason;
  }
}
