package io.github.smtpstatus.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.QuotedReply;
import io.github.smtpstatus.ReplyFinding;
import io.github.smtpstatus.SmtpCommand;
import io.github.smtpstatus.StatusCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostfixLinesTest {

  private static final String PREFIX = "Mar  1 12:00:00 mx1 postfix/smtp[4242]: ";

  private static MailLogEntry read(String line) {
    return MailLogReader.read(line).orElseThrow(() -> new AssertionError("no entry for " + line));
  }

  @Test
  void aBouncedSmtpDeliveryGivesEveryFieldOfTheLine() {
    MailLogEntry entry = read(PREFIX + "2D3C41234: to=<bob@example.net>, orig_to=<alias@example.net>,"
        + " relay=mx.example.net[192.0.2.1]:25, conn_use=2, delay=1.2, delays=0.1/0.01/0.5/0.6, dsn=5.1.1,"
        + " status=bounced (host mx.example.net[192.0.2.1] said: 550 5.1.1 <bob@example.net>: Recipient address"
        + " rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))");

    assertThat(entry.mta()).isEqualTo(Mta.POSTFIX);
    assertThat(entry.timestamp()).hasValue("Mar  1 12:00:00");
    assertThat(entry.host()).hasValue("mx1");
    assertThat(entry.process()).hasValue("postfix/smtp");
    assertThat(entry.pid()).hasValue("4242");
    assertThat(entry.queueId()).hasValue("2D3C41234");
    assertThat(entry.recipients()).containsExactly("bob@example.net");
    assertThat(entry.originalRecipient()).hasValue("alias@example.net");
    assertThat(entry.outcome()).isEqualTo(Outcome.BOUNCED);
    assertThat(entry.dsn()).hasValue(StatusCode.parse("5.1.1"));
    assertThat(entry.relay()).hasValue(new Peer("mx.example.net", "192.0.2.1", 25));
    assertThat(entry.delay()).hasValue("1.2");
    assertThat(entry.fields()).containsEntry("delays", "0.1/0.01/0.5/0.6").containsEntry("conn_use", "2")
        .containsEntry("status", "bounced");
    assertThat(entry.text()).hasValue("host mx.example.net[192.0.2.1] said: 550 5.1.1 <bob@example.net>: Recipient"
        + " address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)");
    assertThat(entry.reply().map(QuotedReply::toString))
        .hasValue("550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table");
    assertThat(entry.command()).hasValue(SmtpCommand.RCPT);
  }

  /** One line per delivery agent and status word; the columns: agent, relay, status, outcome, dsn, text. */
  @ParameterizedTest(name = "{0} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      lmtp    | mail.example.net[private/dovecot-lmtp] | sent       | SENT     | 2.0.0 | 250 2.0.0 <bob@example.net> nRdJMk8mZWa1 Saved
      local   | local                                  | sent       | SENT     | 2.0.0 | delivered to mailbox
      virtual | virtual                                | bounced    | BOUNCED  | 5.2.2 | cannot update mailbox /var/mail/vhosts/example.net/bob for user bob. error writing message: File too large
      pipe    | dovecot                                | deferred   | DEFERRED | 4.3.0 | temporary failure
      error   | none                                   | bounced    | BOUNCED  | 5.0.0 | User unknown
      discard | none                                   | sent       | SENT     | 2.0.0 | discarded
      smtp    | mx.example.net[192.0.2.1]:25           | SOFTBOUNCE | DEFERRED | 5.1.1 | host mx.example.net[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)
      """)
  void readsTheDeliveryLineOfEachAgent(String agent, String relay, String status, Outcome outcome, String dsn, String text) {
    MailLogEntry entry = read("Mar  1 12:00:00 mx1 postfix/" + agent + "[7]: ABCDEF0123: to=<bob@example.net>, relay="
        + relay + ", delay=0.1, delays=0/0/0/0.1, dsn=" + dsn + ", status=" + status + " (" + text + ")");

    assertThat(entry.outcome()).isEqualTo(outcome);
    assertThat(entry.dsn()).hasValue(StatusCode.parse(dsn));
    assertThat(entry.text()).hasValue(text);
    assertThat(entry.relay().map(Peer::toString)).isEqualTo(relay.equals("none") ? Optional.empty() : Optional.of(relay));
  }

  @Test
  void aConnectionTimeoutHasALocalReasonAndNoReply() {
    MailLogEntry entry = read(PREFIX + "2D3C41234: to=<bob@example.net>, relay=none, delay=30, delays=0/0/30/0,"
        + " dsn=4.4.1, status=deferred (connect to mx.example.net[2001:db8::25]:25: Connection timed out)");

    assertThat(entry.outcome()).isEqualTo(Outcome.DEFERRED);
    assertThat(entry.relay()).isEmpty();
    assertThat(entry.fields()).containsEntry("relay", "none");
    assertThat(entry.reply()).isEmpty();
    assertThat(entry.command()).isEmpty();
    assertThat(entry.text()).hasValue("connect to mx.example.net[2001:db8::25]:25: Connection timed out");
  }

  @Test
  void anIpv6RelayKeepsItsAddressAndPort() {
    MailLogEntry entry = read(PREFIX + "2D3C41234: to=<bob@example.net>, relay=mx.example.net[2001:db8::25]:25,"
        + " delay=0.4, delays=0/0/0.2/0.2, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4TxYz)");

    assertThat(entry.relay()).hasValue(new Peer("mx.example.net", "2001:db8::25", 25));
    assertThat(entry.reply().flatMap(QuotedReply::enhancedCode)).hasValue(StatusCode.parse("2.0.0"));
  }

  @Test
  void aFlattenedGmailReplyInADeliveryLineIsReadAsItsLines() {
    MailLogEntry entry = read(PREFIX + "2D3C41234: to=<bob@gmail.com>, relay=gmail-smtp-in.l.google.com"
        + "[192.0.2.27]:25, delay=0.9, delays=0.1/0/0.4/0.4, dsn=5.1.1, status=bounced (host"
        + " gmail-smtp-in.l.google.com[192.0.2.27] said: 550-5.1.1 The email account that you tried to reach does"
        + " not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1"
        + " unnecessary spaces. Learn more at 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser"
        + " d2e1a72fcca58-1234si567.89 - gsmtp (in reply to RCPT TO command))");

    QuotedReply reply = entry.reply().orElseThrow();
    assertThat(reply.reply().lines()).hasSize(4);
    assertThat(reply.repairs()).extracting(ReplyFinding::kind).containsExactly(ReplyFinding.Kind.FLATTENED);
    assertThat(entry.command()).hasValue(SmtpCommand.RCPT);
  }

  @Test
  void aMicrosoft365BannedIpBounceGivesItsUnregisteredCode() {
    MailLogEntry entry = read(PREFIX + "4F1A2B3C: to=<u@contoso.com>, relay=contoso-com.mail.protection.outlook.com"
        + "[52.101.1.1]:25, delay=0.9, delays=0.1/0/0.3/0.5, dsn=5.7.606, status=bounced (host"
        + " contoso-com.mail.protection.outlook.com[52.101.1.1] said: 550 5.7.606 Access denied, banned sending IP"
        + " [192.0.2.1]. To request removal from this list please visit https://sender.office.com/ and follow the"
        + " directions. (in reply to RCPT TO command))");

    assertThat(entry.dsn()).hasValue(StatusCode.parse("5.7.606"));
    assertThat(entry.reply().orElseThrow().hasFinding(ReplyFinding.Kind.UNREGISTERED)).isTrue();
  }

  @Test
  void nonAsciiReplyTextIsKept() {
    MailLogEntry entry = read(PREFIX + "2D3C41234: to=<jörg@example.de>, relay=mx.example.de[192.0.2.3]:25,"
        + " delay=1, delays=0/0/0.5/0.5, dsn=5.2.2, status=bounced (host mx.example.de[192.0.2.3] said: 552 5.2.2"
        + " Postfach voll, bitte später erneut (in reply to end of DATA command))");

    assertThat(entry.recipients()).containsExactly("jörg@example.de");
    assertThat(entry.reply().map(reply -> reply.reply().text())).hasValue("Postfach voll, bitte später erneut");
    assertThat(entry.command()).hasValue(SmtpCommand.END_OF_DATA);
  }

  @Test
  void theQueueManagersExpiryLineGivesTheSender() {
    MailLogEntry entry = read("Mar  1 12:00:00 mx1 postfix/qmgr[11]: 2D3C41234: from=<alice@example.org>,"
        + " status=expired, returned to sender");

    assertThat(entry.outcome()).isEqualTo(Outcome.EXPIRED);
    assertThat(entry.sender()).hasValue("alice@example.org");
    assertThat(entry.recipients()).isEmpty();
    assertThat(entry.text()).hasValue("returned to sender");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sender non-delivery notification", "sender delay notification",
      "sender delivery status notification", "postmaster non-delivery notification"})
  void theBounceDaemonsNotificationLineLinksToTheNotification(String kind) {
    MailLogEntry entry = read("Mar  1 12:00:00 mx1 postfix/bounce[12]: 2D3C41234: " + kind + ": 9F8E7D6C");

    assertThat(entry.outcome()).isEqualTo(Outcome.NOTIFIED);
    assertThat(entry.queueId()).hasValue("2D3C41234");
    assertThat(entry.notificationQueueId()).hasValue("9F8E7D6C");
    assertThat(entry.text()).hasValue(kind);
  }

  @Test
  void anSmtpdRejectGivesTheServersOwnReplyAndTheClient() {
    MailLogEntry entry = read("Mar  1 12:00:00 mx1 postfix/submission/smtpd[99]: NOQUEUE: reject: RCPT from"
        + " unknown[192.0.2.7]: 554 5.7.1 <x@y.example>: Relay access denied; from=<a@b.example> to=<x@y.example>"
        + " proto=ESMTP helo=<client.example>");

    assertThat(entry.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(entry.process()).hasValue("postfix/submission/smtpd");
    assertThat(entry.queueId()).isEmpty();
    assertThat(entry.client()).hasValue(new Peer("unknown", "192.0.2.7", -1));
    assertThat(entry.reply().map(QuotedReply::toString)).hasValue("554 5.7.1 <x@y.example>: Relay access denied");
    assertThat(entry.command()).hasValue(SmtpCommand.RCPT);
    assertThat(entry.recipients()).containsExactly("x@y.example");
    assertThat(entry.sender()).hasValue("a@b.example");
    assertThat(entry.fields()).containsEntry("proto", "ESMTP").containsEntry("helo", "<client.example>");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      CONNECT        | 554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org; proto=SMTP | CONNECT
      MAIL           | 450 4.1.8 <a@b.example>: Sender address rejected: Domain not found; from=<a@b.example> proto=ESMTP helo=<h> | MAIL
      END-OF-MESSAGE | 550 5.7.1 Message content rejected; from=<a@b.example> to=<x@y.example> proto=ESMTP helo=<h> | END_OF_DATA
      """)
  void smtpdRejectsAtEachStageNameTheCommand(String command, String rest, SmtpCommand expected) {
    MailLogEntry entry = read("Mar  1 12:00:00 mx1 postfix/smtpd[99]: 4TxYz1234: reject: " + command
        + " from client.example[192.0.2.7]:52100: " + rest);

    assertThat(entry.command()).hasValue(expected);
    assertThat(entry.queueId()).hasValue("4TxYz1234");
    assertThat(entry.client()).hasValue(new Peer("client.example", "192.0.2.7", 52100));
    assertThat(entry.reply()).isPresent();
  }

  @Test
  void origToIsNeverTakenForTo() {
    MailLogEntry entry = read(PREFIX + "2D3C41234: to=<final@example.net>, orig_to=<first@example.net>,"
        + " relay=local, delay=0, delays=0/0/0/0, dsn=2.0.0, status=sent (delivered to mailbox)");

    assertThat(entry.recipients()).containsExactly("final@example.net");
    assertThat(entry.originalRecipient()).hasValue("first@example.net");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Mar  1 12:00:00 mx1 postfix/smtpd[1]: connect from unknown[192.0.2.1]",
      "Mar  1 12:00:00 mx1 postfix/cleanup[1]: 2D3C41234: message-id=<x@example.net>",
      "Mar  1 12:00:00 mx1 postfix/qmgr[1]: 2D3C41234: from=<a@b.example>, size=1234, nrcpt=1 (queue active)",
      "Mar  1 12:00:00 mx1 postfix/qmgr[1]: 2D3C41234: removed",
      "Mar  1 12:00:00 mx1 postfix/smtp[1]: 2D3C41234: to=<a@b>, relay=none, delay=0, status=deliverable (x)",
      "Mar  1 12:00:00 mx1 postfix/smtp[1]: 2D3C41234: host mx[192.0.2.1] said: 451 4.7.1 later (in reply to RCPT TO command)",
      "Mar  1 12:00:00 mx1 postfix/smtpd[1]: NOQUEUE: reject_warning: RCPT from x[192.0.2.1]: 554 5.7.1 no; proto=SMTP",
      "Mar  1 12:00:00 mx1 postfix/cleanup[1]: 2D3C41234: reject: header Subject: x from y[192.0.2.1]; from=<> to=<>"})
  void linesThatRecordNoDeliveryGiveNothing(String line) {
    assertThat(MailLogReader.read(line)).isEmpty();
  }
}
