package io.github.smtpstatus;

import java.util.Objects;

/**
 * Thrown by {@link DeliveryStatus} for a field value that breaks RFC 3464's grammar. The message names
 * the field, quotes the value and gives reason, line (of a folded value) and index:
 * {@code Invalid Status field "5.1.1.": unexpected character '.' after the status code at line 1, index 5}.
 */
public final class DeliveryStatusFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Serialized with the exception; see {@link #getField()}. */
  private final String field;
  /** Serialized with the exception; see {@link #getInput()}. */
  private final String input;
  /** Serialized with the exception; see {@link #getLine()}. */
  private final int line;
  /** Serialized with the exception; see {@link #getIndex()}. */
  private final int index;
  /** Serialized with the exception; see {@link #getReason()}. */
  private final String reason;

  DeliveryStatusFormatException(String field, CharSequence input, int line, int index, String reason) {
    super("Invalid " + field + " field " + InputText.quote(input) + ": " + reason + " at line " + line
        + ", index " + index);
    this.field = field;
    this.input = input.toString();
    this.line = line;
    this.index = index;
    this.reason = Objects.requireNonNull(reason, "reason == null");
  }

  /** {@return the field: {@code Status} or {@code Diagnostic-Code}} */
  public String getField() {
    return field;
  }

  /** {@return the value that failed to parse} */
  public String getInput() {
    return input;
  }

  /** {@return the 1-based line of the problem within a folded value} */
  public int getLine() {
    return line;
  }

  /** {@return the index of the problem in the value (its length if the value ended early)} */
  public int getIndex() {
    return index;
  }

  /** {@return what is wrong, without input or position} */
  public String getReason() {
    return reason;
  }
}
