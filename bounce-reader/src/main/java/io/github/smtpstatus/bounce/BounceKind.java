package io.github.smtpstatus.bounce;

/** What a message is, judged from its MIME structure first and its headers and text second. */
public enum BounceKind {
  /** A delivery status notification with a {@code message/delivery-status} part (RFC 3464). */
  DELIVERY_STATUS_NOTIFICATION,
  /** A delivery status notification with a {@code message/global-delivery-status} part (RFC 6533, UTF-8). */
  GLOBAL_DELIVERY_STATUS_NOTIFICATION,
  /** A bounce without a report part (qmail, Exim, older Sendmail, many providers): read from its text. */
  PROSE_BOUNCE,
  /** An abuse or opt-out report with a {@code message/feedback-report} part (ARF, RFC 5965). */
  FEEDBACK_REPORT,
  /** An automatic reply such as a vacation notice (RFC 3834 {@code Auto-Submitted: auto-replied}). */
  AUTO_REPLY,
  /** None of the above: no recipient results. */
  NOT_A_BOUNCE
}
