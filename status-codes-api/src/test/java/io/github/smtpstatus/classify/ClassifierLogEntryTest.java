package io.github.smtpstatus.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.log.MailLogEntry;
import io.github.smtpstatus.log.MailLogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Classifier#classify(MailLogEntry)}: a log line's delivery judged by its code, reply, text and hosts. */
class ClassifierLogEntryTest {

  private static final String POSTFIX = "Mar  1 12:00:00 mx1 postfix/smtp[4242]: 2D3C41234: to=<bob@example.net>,"
      + " relay=mx.example.net[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=%s, status=%s (%s)";

  private static MailLogEntry postfix(String dsn, String status, String text) {
    return MailLogReader.read(String.format(POSTFIX, dsn, status, text)).orElseThrow();
  }

  private static Classification classify(MailLogEntry entry) {
    return Classifier.standard().classify(entry);
  }

  @ParameterizedTest(name = "dsn={0} ({2})")
  @CsvSource(delimiter = '|', value = {
      "5.1.1 | bounced  | host mx.example.net[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command) | USER_UNKNOWN",
      "4.2.2 | deferred | host mx.example.net[192.0.2.1] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)  | MAILBOX_FULL",
      "2.0.0 | sent     | 250 2.0.0 Ok: queued as 4Bx                                                            | DELIVERED",
      "4.4.1 | deferred | connect to mx.example.net[192.0.2.1]:25: Connection timed out                            | NETWORK_ERROR"})
  void aLogLineIsJudgedByItsCodeReplyAndText(String dsn, String status, String text, BounceReason expected) {
    assertThat(classify(postfix(dsn, status, text)).reason()).isEqualTo(expected);
  }

  @Test
  void aGenericDsnYieldsToTheExactCodeOfTheRemoteReply() {
    Classification got = classify(postfix("5.0.0", "bounced", "host mx.example.net[192.0.2.1] said: 550 5.1.1"
        + " <bob@example.net>: Recipient address rejected (in reply to RCPT TO command)"));

    assertThat(got.reason()).isEqualTo(BounceReason.USER_UNKNOWN);
    assertThat(got.addressDead()).isTrue();
  }

  @Test
  void anExactDsnDecidesOverTheReplysCode() {
    // The MTA's own verdict, 5.7.1, is exact: the reply's 5.1.1 does not replace it.
    Classification got = classify(postfix("5.7.1", "bounced", "host mx.example.net[192.0.2.1] said: 550 5.1.1"
        + " Mail refused (in reply to RCPT TO command)"));

    assertThat(got.reason().action()).isEqualTo(SenderAction.FIX_SENDER);
  }

  @Test
  void theTextOverridesWhatTheCodeAloneWouldSay() {
    Classification got = classify(postfix("5.1.1", "bounced", "host mx.example.net[192.0.2.1] said: 550 5.1.1"
        + " Rate limit exceeded, try again later (in reply to RCPT TO command)"));

    assertThat(got.reason()).isEqualTo(BounceReason.RATE_LIMITED);
  }

  @Test
  void anEximLineWithoutDsnIsJudgedByTheRemoteReply() {
    MailLogEntry entry = MailLogReader.read("2024-03-01 12:00:00 1rAbCd-0001Xy-Zq ** bob@example.net R=dnslookup"
        + " T=remote_smtp H=mx.example.net [192.0.2.1]: SMTP error from remote mail server after RCPT TO:"
        + "<bob@example.net>: 550 5.2.2 Mailbox full").orElseThrow();

    assertThat(entry.dsn()).isEmpty();
    assertThat(classify(entry).reason()).isEqualTo(BounceReason.MAILBOX_FULL);
  }

  @Test
  void theRelayHostLetsAProvidersRuleDecide() {
    MailLogEntry entry = MailLogReader.read("Mar  1 12:00:00 mx1 postfix/smtp[4242]: 2D3C41234: to=<bob@example.com>,"
        + " relay=example-com.mail.protection.outlook.com[192.0.2.1]:25, dsn=5.7.606, status=bounced (host"
        + " example-com.mail.protection.outlook.com[192.0.2.1] said: 550 5.7.606 Access denied, banned sending IP"
        + " [192.0.2.9] (in reply to RCPT TO command))").orElseThrow();

    assertThat(classify(entry).provider()).contains("Microsoft 365");
  }

  @Test
  void aNullEntryIsRefused() {
    assertThatThrownBy(() -> Classifier.standard().classify((MailLogEntry) null))
        .isInstanceOf(NullPointerException.class).hasMessage("entry == null");
  }
}
