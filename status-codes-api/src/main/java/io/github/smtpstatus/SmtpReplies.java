package io.github.smtpstatus;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the SMTP replies quoted in free text: bounce prose, transcripts, log lines. Each is read
 * leniently as a {@link QuotedReply}, with its span in the text and, where the text says so, the
 * command it answered.
 *
 * <pre>{@code
 * List<QuotedReply> replies = SmtpReplies.findAll("<bob@example.net>: host mx.example.net[192.0.2.1]"
 *     + " said: 550 5.1.1 <bob@example.net>: Recipient address rejected (in reply to RCPT TO command)");
 * replies.get(0).reply().text();   // "<bob@example.net>: Recipient address rejected"
 * replies.get(0).command();        // Optional[RCPT]
 * }</pre>
 *
 * <h2>What counts as a quoted reply</h2>
 *
 * <p>A reply code ({@code 2} to {@code 5}, then {@code 0} to {@code 5}, then a digit) after the start of
 * the text, white space or one of {@code ( [ < " ' ; : , = >}, and followed by a space, a {@code -} or
 * the end; and then either
 *
 * <ul>
 *   <li>an enhanced code whose class is the reply code's first digit, as a whole token
 *       ({@code 550 5.1.1}, {@code 451-4.7.1}, {@code 550 #5.1.0}); or
 *   <li>before it, over white space, a phrase MTAs put before the replies they quote: {@code said:}
 *       (Postfix, qmail: {@code host mx[192.0.2.1] said:}, {@code Remote host said:}), {@code <<<}
 *       (Sendmail's session transcript), {@code smtp;} (a DSN's {@code Diagnostic-Code}), {@code ]:} or
 *       {@code >:} (Exim's {@code host mx [192.0.2.1]:} and {@code RCPT TO:<a@b>:}), {@code to me:}
 *       (Postfix's {@code refused to talk to me:}), or a colon after Exim's {@code SMTP error from
 *       remote mail server after} on the same line; or
 *   <li>right after the separator, text between quotes that close on the same line
 *       ({@code 550-'Unknown user ...'}, as Amazon SES quotes the remote reply).
 * </ul>
 *
 * <p>So a bare number ({@code in 840 minutes}, {@code port 465}), a date or time, an IP address
 * ({@code 192.0.2.1}, {@code [2001:db8::250]}) or an address ({@code <550@example.com>}) is never a
 * reply.
 *
 * <h2>Where a quoted reply ends</h2>
 *
 * <p>At the end of its logical line: a line break followed by a space or tab continues it (a wrapped
 * bounce text, see {@link ReplyFinding.Kind#WRAPPED}), any other line break or control character ends
 * it. A reply opened by {@code <}, {@code "} or {@code '} ends at the last matching {@code >} or quote of
 * that line (Exim's {@code C="250 2.0.0 OK"}). Postfix's closing {@code (in reply to RCPT TO command)}
 * is cut off and read as {@link QuotedReply#command()}, as is Exim's {@code after RCPT TO:<a@b>:};
 * closing parentheses that close one opened before the reply are dropped. Replies do not overlap: a
 * reply quoted inside a reply is its {@link QuotedReply#nested()}.
 *
 * <p>Both methods run in time linear in the length of the text, whatever it holds, never throw for
 * non-null input, and are thread-safe.
 */
public final class SmtpReplies {

  private SmtpReplies() {}

  /**
   * Every reply quoted in the text, in order.
   *
   * @param text the text to scan, such as a bounce's prose or a log line's explanation
   * @return an immutable list, empty when there is none
   * @throws NullPointerException if {@code text} is null
   */
  public static List<QuotedReply> findAll(CharSequence text) {
    Objects.requireNonNull(text, "text == null");
    return ReplyScanner.all(text.toString(), false);
  }

  /**
   * The first {@code limit} replies quoted in the text, in order: {@link #findAll(CharSequence)} that
   * stops there, so that what a hostile text can make a caller hold is bounded.
   *
   * @param text the text to scan
   * @param limit how many replies to return at most, at least 1
   * @return an immutable list of at most {@code limit} replies, empty when there is none
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code limit} is less than 1
   */
  public static List<QuotedReply> findAll(CharSequence text, int limit) {
    Objects.requireNonNull(text, "text == null");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    return ReplyScanner.all(text.toString(), false, limit);
  }

  /**
   * The first reply quoted in the text.
   *
   * @param text the text to scan, such as a bounce's prose or a log line's explanation
   * @return the first reply, or empty when the text quotes none
   * @throws NullPointerException if {@code text} is null
   */
  public static Optional<QuotedReply> findFirst(CharSequence text) {
    Objects.requireNonNull(text, "text == null");
    return ReplyScanner.first(text.toString(), false);
  }
}
