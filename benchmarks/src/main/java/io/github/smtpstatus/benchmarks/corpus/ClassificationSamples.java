package io.github.smtpstatus.benchmarks.corpus;

import io.github.smtpstatus.StatusCode;
import java.util.List;
import java.util.Random;

/**
 * Inputs for the classification benchmarks: failures as servers and MTAs word them (reply code,
 * enhanced code, text, remote host), and long texts for the cost per byte, built from fixed seeds.
 */
public final class ClassificationSamples {

  /** One failure to classify. */
  public record Failure(StatusCode code, int reply, String text, String host) {}

  /** Replies of large providers and common MTA texts, deciding rules early, late and not at all. */
  public static final List<Failure> FAILURES = List.of(
      failure("5.1.1", 550, "The email account that you tried to reach does not exist. Please try double-checking the"
          + " recipient's email address for typos or unnecessary spaces. - gsmtp", "gmail-smtp-in.l.google.com"),
      failure("5.1.1", 550, "<alice@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
          "mx1.example.org"),
      failure("5.2.2", 552, "<bob@example.net>: Mailbox full, quota exceeded", "mail.example.net"),
      failure("5.7.1", 554, "Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org", null),
      failure("5.7.606", 550, "Access denied, banned sending IP [192.0.2.7]. To request removal from this list please"
          + " visit https://sender.office.com/ and follow the directions.", "example-com.mail.protection.outlook.com"),
      failure("4.7.1", 451, "Greylisted, please try again in 300 seconds", "mx.example.co.uk"),
      failure("4.7.0", 421, "[TSS04] Messages from 192.0.2.7 temporarily deferred due to unexpected volume or user"
          + " complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes", "mta5.am0.yahoodns.net"),
      failure("4.2.1", 450, "The user you are trying to contact is receiving mail at a rate that prevents additional"
          + " messages from being delivered. - gsmtp", "aspmx.l.google.com"),
      failure("5.4.1", 550, "Recipient address rejected: Access denied. AS(201806281)",
          "example-com.mail.protection.outlook.com"),
      failure("5.7.26", 550, "This mail has been blocked because the sender is unauthenticated. Gmail requires all"
          + " senders to authenticate with either SPF or DKIM.", "gmail-smtp-in.l.google.com"),
      failure("5.6.0", 554, "Message content rejected, UBE, id=20240314-1234-5678", null),
      failure("4.5.3", 452, "Too many recipients", "smtp.example.com"),
      failure(null, 550, "Unknown user alice@example.net (in reply to end of DATA command)", "mx01.mail.example.de"),
      failure("5.0.0", 550, "Requested action not taken: mailbox unavailable", null),
      failure("4.4.1", 0, "connect to mx.example.com[192.0.2.7]:25: Connection timed out", null),
      failure("5.3.0", 554, "Transaction failed: an unusual and entirely unknown failure, no phrase of any rule here",
          null));

  private ClassificationSamples() {}

  private static Failure failure(String code, int reply, String text, String host) {
    return new Failure(code == null ? null : StatusCode.parse(code), reply, text, host);
  }

  /**
   * A diagnostic text of {@code length} characters made of bounce prose (sentences of real non-delivery
   * reports, none deciding a rule before the end) and, for the adversarial shape, prefixes of phrases
   * that keep the automaton deep and phrases that match again and again.
   */
  public static String text(int length, boolean adversarial, long seed) {
    String[] pieces = adversarial
        ? new String[] {"user user user unknow ", "rate rate limi ", "spam spam ", "mailbox mailbox ful ",
            "[TSS0 [TSS0 ", "blocked blocked ", "no such use ", "d\u00e9j\u00e0 vu \u00fcber ", "quota quota exc "}
        : new String[] {"This is the mail system at host relay.example.com. ",
            "I'm sorry to have to inform you that your message could not be delivered to one or more recipients. ",
            "For further assistance, please send mail to postmaster. ",
            "If you do so, please include this problem report. You can delete your own text from the report. ",
            "host mx.example.org[192.0.2.1] said: 550 5.0.0 the server gave no reason (in reply to RCPT TO command) ",
            "Reporting-MTA: dns; relay.example.com X-Postfix-Queue-ID: 4B7D1C0A2F Arrival-Date: Mon, 1 Dec 2025 ",
            "Diagnostic-Code: smtp; 554 5.0.0 transaction refused by the remote server "};
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder(length + 128);
    while (text.length() < length) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.substring(0, length);
  }
}
