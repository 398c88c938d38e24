package io.github.smtpstatus.log;

import java.util.Objects;
import java.util.Optional;

/**
 * Reads the delivery lines of Postfix, Exim and Sendmail mail logs, one line at a time, into
 * {@link MailLogEntry} values. One line gives at most one entry (one delivery, refusal or notification),
 * however often a code appears in it; a line that is none of the lines below gives an empty result.
 *
 * <pre>{@code
 * MailLogEntry entry = MailLogReader.read("Mar  1 12:00:00 mx1 postfix/smtp[4242]: 2D3C41234:"
 *     + " to=<bob@example.net>, relay=mx.example.net[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.5/0.6,"
 *     + " dsn=5.1.1, status=bounced (host mx.example.net[192.0.2.1] said: 550 5.1.1 User unknown"
 *     + " (in reply to RCPT TO command))").orElseThrow();
 * entry.outcome();                          // BOUNCED
 * entry.recipients();                       // [bob@example.net]
 * entry.reply().map(QuotedReply::code);     // Optional[550]
 * entry.command();                          // Optional[RCPT]
 * }</pre>
 *
 * <h2>Prefixes</h2>
 *
 * <ul>
 *   <li>Traditional syslog (RFC 3164): {@code Mmm dd hh:mm:ss host tag[pid]: message}, the day padded
 *       with a space or a zero, an optional fraction of a second.
 *   <li>ISO time stamps (rsyslog's RFC 3339 file format, {@code journalctl -o short-iso}):
 *       {@code 2024-03-01T12:00:00.123456+01:00 host tag[pid]: message}.
 *   <li>RFC 5424: {@code <PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA MSG}; a
 *       {@code <PRI>} before the other forms is skipped too.
 *   <li>Exim's own log file: {@code 2024-03-01 12:00:00[.mmm][ +0100] [[pid]] message}; an Exim line sent
 *       to syslog (tag {@code exim} or {@code exim4}) may carry that time stamp again, which is skipped.
 *   <li>No prefix: the message alone.
 * </ul>
 *
 * <p>The tag is kept whole ({@code postfix/submission/smtpd}, {@code postfix-out/smtp}). A tag that starts
 * {@code postfix} is read as Postfix's and one that starts {@code sendmail} or {@code sm-} as Sendmail's;
 * any other (administrators rename them: {@code syslog_name}) and no tag at all are told by the message's
 * own shape, Exim's first. The shapes are described in the readers' comments: Postfix
 * ({@code PostfixLines}), Exim ({@code EximLines}) and Sendmail ({@code SendmailLines}).
 *
 * <h2>Hostile lines</h2>
 *
 * <p>Nothing throws for non-null input. A line longer than {@value #MAX_LINE_LENGTH} characters is not
 * read (empty result), at most {@value #MAX_FIELDS} fields are kept, and the time is linear in the
 * length of the line. Thread-safe.
 */
public final class MailLogReader {

  /** Longer lines are not read: no MTA writes one (Postfix's {@code line_length_limit} is 2,048). */
  public static final int MAX_LINE_LENGTH = 64 * 1024;

  /** At most this many {@code key=value} fields of a line are kept in {@link MailLogEntry#fields()}. */
  public static final int MAX_FIELDS = 64;

  private MailLogReader() {}

  /**
   * The delivery, refusal or notification the line records, or empty.
   *
   * @param line one line of a Postfix, Exim or Sendmail log, with or without its line break
   * @return what the line records, or empty when it records no delivery, refusal or notification, or
   *     is longer than {@link #MAX_LINE_LENGTH}
   * @throws NullPointerException if {@code line} is null
   */
  public static Optional<MailLogEntry> read(CharSequence line) {
    Objects.requireNonNull(line, "line == null");
    if (line.length() > MAX_LINE_LENGTH) {
      return Optional.empty();
    }
    String s = line.toString();
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
      end--;
    }
    if (end < s.length()) {
      s = s.substring(0, end);
    }
    LogPrefix prefix = LogPrefix.read(s);
    // The tag says which reader to try first; the others follow, since a tag can be anything.
    MailLogEntry entry;
    if (prefix.processStartsWith(s, "postfix")) {
      entry = PostfixLines.read(s, prefix);
    } else if (prefix.processStartsWith(s, "sendmail") || prefix.processStartsWith(s, "sm-")) {
      entry = SendmailLines.read(s, prefix);
    } else {
      entry = !prefix.hasProcess() || prefix.processStartsWith(s, "exim") ? EximLines.read(s, prefix) : null;
      if (entry == null) {
        entry = PostfixLines.read(s, prefix);
      }
      if (entry == null) {
        entry = SendmailLines.read(s, prefix);
      }
    }
    return Optional.ofNullable(entry);
  }
}
