/**
 * RFC 3463 enhanced status codes: the IANA registry as type-safe enums, and parsers for codes, SMTP
 * replies, DSN fields and codes in free text; and what a failure means ({@code classify}).
 */
module io.github.smtpstatus {
  exports io.github.smtpstatus;
  exports io.github.smtpstatus.classify;
}
