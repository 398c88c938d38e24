package io.github.smtpstatus.bounce;

/** Where a status code (a {@link StatusCandidate}) was read. */
public enum Evidence {
  /** The {@code Status} field of the recipient's group in the delivery status report. */
  STATUS_FIELD,
  /** The SMTP reply of the {@code Diagnostic-Code} field ({@code smtp; 550 5.1.1 ...}). */
  DIAGNOSTIC_REPLY,
  /** A reply quoted inside the diagnostic's reply: the remote server's answer as relayed by an MTA in between. */
  NESTED_REPLY,
  /** The text of a bounce without a report part: a reply quoted there, or a code written in it. */
  PROSE
}
