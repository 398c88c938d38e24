package io.github.smtpstatus.codegen.fetch;

/** A configured location is not one the plugin reads from: an unsupported scheme, plain http to a remote host. */
public final class InvalidSourceException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * A refused location.
   *
   * @param location the location as configured
   * @param reason the rule it breaks, phrased to follow the quoted location
   */
  public InvalidSourceException(String location, String reason) {
    super("\"" + location + "\" " + reason);
  }
}
