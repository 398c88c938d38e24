/**
 * RFC 3463 enhanced status codes: the IANA registry as type-safe enums, and parsers for codes, SMTP
 * replies (exact, and as MTAs quote them), DSN fields, codes and replies in free text, and mail log lines;
 * and what a failure means ({@code classify}).
 */
module io.github.smtpstatus {
  exports io.github.smtpstatus;
  exports io.github.smtpstatus.classify;
  exports io.github.smtpstatus.log;
}
