package io.github.smtpstatus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One log line to its rows, without Spark: the fields of each MTA's delivery lines and the marked rows. */
class LogLinesTest {

  @Test
  void aPostfixBounceGivesEveryField() {
    DeliveryResult row = single("Mar  3 09:14:03 mx1 postfix/smtp[4110]: 3F2A01C0042: to=<bob@Example.COM>,"
        + " relay=mx.example.com[192.0.2.10]:25, delay=1.3, delays=0.1/0.01/0.6/0.6, dsn=5.1.1, status=bounced"
        + " (host mx.example.com[192.0.2.10] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User"
        + " unknown in virtual mailbox table (in reply to RCPT TO command))");
    assertThat(SingleMachine.delivery(row)).containsExactly("delivery", "postfix", "Mar  3 09:14:03",
        "3F2A01C0042", "bob@Example.COM", "example.com", "bounced", "5.1.1", "mx.example.com", 550, "5.1.1",
        "<bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table", "user_unknown",
        "remove_address", "permanent", true, null);
  }

  @Test
  void anEximBounceTakesItsCodeFromTheRemoteReply() {
    DeliveryResult row = single("2025-03-03 10:02:13 1tP3aB-000Kx1-7Q ** leo@example.net R=dnslookup"
        + " T=remote_smtp H=mx2.example.net [2001:db8::25]: SMTP error from remote mail server after RCPT"
        + " TO:<leo@example.net>: 550 5.1.1 <leo@example.net>: Recipient address rejected: User unknown");
    assertThat(row.getMta()).isEqualTo("exim");
    assertThat(row.getDsn()).isNull();
    assertThat(row.getEnhancedCode()).isEqualTo("5.1.1");
    assertThat(row.getReplyCode()).isEqualTo(550);
    assertThat(row.getRelay()).isEqualTo("mx2.example.net");
    assertThat(row.getReason()).isEqualTo("user_unknown");
  }

  @Test
  void aSendmailDeferralIsRetryLater() {
    DeliveryResult row = single("Mar  3 11:06:02 relay sendmail[7020]: 52NB5xq9007019: to=<quentin@example.com>,"
        + " delay=00:02:00, xdelay=00:02:00, mailer=esmtp, pri=30000, relay=mx.example.com. [192.0.2.10],"
        + " dsn=4.0.0, stat=Deferred: Connection timed out with mx.example.com.");
    assertThat(row.getMta()).isEqualTo("sendmail");
    assertThat(row.getOutcome()).isEqualTo("deferred");
    assertThat(row.getDsn()).isEqualTo("4.0.0");
    assertThat(row.getSenderAction()).isEqualTo("retry_later");
    assertThat(row.getPermanence()).isEqualTo("transient");
  }

  @Test
  void aLineOfSeveralRecipientsGivesOneRowEach() {
    List<DeliveryResult> rows = LogLines.read("Mar  3 11:05:34 relay sendmail[7014]: 52NB5Uq7007012:"
        + " to=<a@example.com>,<b@example.net>, delay=00:00:03, mailer=esmtp, pri=1, relay=mx.example.net.,"
        + " dsn=5.1.1, stat=User unknown");
    assertThat(rows).extracting(DeliveryResult::getRecipient).containsExactly("a@example.com", "b@example.net");
    assertThat(rows).extracting(DeliveryResult::getRecipientDomain).containsExactly("example.com", "example.net");
  }

  @Test
  void aNotificationLineIsMarkedAndNotClassified() {
    DeliveryResult row = single("Mar  3 09:31:40 mx1 postfix/bounce[4170]: 0A77B1C0054: sender non-delivery"
        + " notification: 1B88C1C0055");
    assertThat(row.getKind()).isEqualTo("notification");
    assertThat(row.getOutcome()).isEqualTo("notified");
    assertThat(row.getReason()).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Mar  3 09:14:01 mx1 postfix/smtpd[4101]: connect from client.example.net[198.51.100.20] | other",
    "'   '                                                                                 | malformed",
    "''                                                                                    | malformed",
    "to=<x@example.com> \u0000 status=bounced                                              | malformed",
    "garbage \uFFFD\uFFFD from a binary file                                               | malformed",
  })
  void aLineOfNoDeliveryGivesOneMarkedRow(String line, String kind) {
    DeliveryResult row = single(line);
    assertThat(row.getKind()).isEqualTo(kind);
    assertThat(row.getMta()).isNull();
    assertThat(row.getRecipient()).isNull();
  }

  @Test
  void aLineLongerThanTheReaderReadsIsMalformedAndKeepsItsStart() {
    DeliveryResult row = single("Mar  3 09:14:03 mx1 postfix/smtp[1]: 3F: to=<a@example.com>, status=bounced ("
        + "y".repeat(70_000));
    assertThat(row.getKind()).isEqualTo("malformed");
    assertThat(row.getText()).hasSize(LogLines.MALFORMED_TEXT_CHARS).startsWith("Mar  3 09:14:03 mx1");
  }

  @Test
  void nullReadsAsAMalformedLine() {
    assertThat(single(null).getKind()).isEqualTo("malformed");
  }

  private static DeliveryResult single(String line) {
    List<DeliveryResult> rows = LogLines.read(line);
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }
}
