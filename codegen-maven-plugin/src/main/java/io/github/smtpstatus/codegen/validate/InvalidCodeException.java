package io.github.smtpstatus.codegen.validate;

/** A registry code cell does not follow its table's syntax; the message is the reason alone. */
final class InvalidCodeException extends Exception {

  private static final long serialVersionUID = 1L;

  InvalidCodeException(String reason) {
    super(reason, null, false, false);
  }
}
