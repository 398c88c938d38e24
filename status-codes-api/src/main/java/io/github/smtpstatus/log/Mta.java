package io.github.smtpstatus.log;

/** The mail transfer agent that wrote a log line. */
public enum Mta {
  /** Postfix: {@code postfix/smtp[123]: 2D3C41234: to=<...>, ..., status=sent (...)}. */
  POSTFIX,
  /** Exim's main log: {@code 2024-03-01 12:00:00 1rAbCd-000123-AB => bob@example.net R=... T=...}. */
  EXIM,
  /** Sendmail: {@code sendmail[123]: x21C0abc012345: to=<...>, delay=..., mailer=..., stat=Sent (...)}. */
  SENDMAIL
}
