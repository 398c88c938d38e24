package io.github.smtpstatus.log;

/** What became of a delivery, as the log line says. */
public enum Outcome {
  /** Delivered or relayed: Postfix {@code status=sent}, Exim {@code =>}, {@code ->} and {@code >>}, Sendmail {@code stat=Sent}. */
  SENT,
  /**
   * Not delivered this time, to be tried again: Postfix {@code status=deferred} (and {@code SOFTBOUNCE}, a
   * bounce that {@code soft_bounce = yes} turned into a deferral), Exim {@code ==}, Sendmail
   * {@code stat=Deferred} and {@code stat=queued}.
   */
  DEFERRED,
  /** Given up, the sender gets a bounce: Postfix {@code status=bounced}, Exim {@code **}, any other Sendmail {@code stat=}. */
  BOUNCED,
  /** Postfix's queue manager gave the message up after {@code maximal_queue_lifetime}: {@code status=expired}. */
  EXPIRED,
  /**
   * Refused by the logging server itself during the SMTP session: Postfix {@code smtpd} {@code reject:},
   * Exim {@code rejected RCPT}, Sendmail {@code reject=}.
   */
  REJECTED,
  /** Exim's {@code *>}: delivery suppressed by the {@code -N} option. */
  SUPPRESSED,
  /**
   * Postfix's bounce daemon sent a notification about the message ({@code sender non-delivery notification:
   * QUEUEID}): not a delivery, but the link to the notification's own queue id.
   */
  NOTIFIED
}
