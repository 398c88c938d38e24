package io.github.smtpstatus.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.QuotedReply;
import io.github.smtpstatus.SmtpCommand;
import io.github.smtpstatus.StatusCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SendmailLinesTest {

  private static final String PREFIX = "Mar  1 12:00:00 mx3 sendmail[5150]: x21C0abc012345: ";

  private static MailLogEntry read(String line) {
    return MailLogReader.read(line).orElseThrow(() -> new AssertionError("no entry for " + line));
  }

  @Test
  void aDeliveryLineGivesTheFieldsOfTheOperationsGuide() {
    MailLogEntry entry = read(PREFIX + "to=<bob@example.net>,<carol@example.net>, ctladdr=<alice@example.org> (1000/1000),"
        + " delay=00:00:02, xdelay=00:00:01, mailer=esmtp, pri=120434, relay=mx.example.net. [192.0.2.1], dsn=2.0.0,"
        + " stat=Sent (Ok: queued as 4TxYz)");

    assertThat(entry.mta()).isEqualTo(Mta.SENDMAIL);
    assertThat(entry.queueId()).hasValue("x21C0abc012345");
    assertThat(entry.recipients()).containsExactly("bob@example.net", "carol@example.net");
    assertThat(entry.outcome()).isEqualTo(Outcome.SENT);
    assertThat(entry.dsn()).hasValue(StatusCode.parse("2.0.0"));
    assertThat(entry.delay()).hasValue("00:00:02");
    assertThat(entry.relay()).hasValue(new Peer("mx.example.net.", "192.0.2.1", -1));
    assertThat(entry.fields()).containsEntry("xdelay", "00:00:01").containsEntry("mailer", "esmtp")
        .containsEntry("pri", "120434").containsEntry("ctladdr", "<alice@example.org> (1000/1000)");
    assertThat(entry.text()).hasValue("Sent (Ok: queued as 4TxYz)");
    assertThat(entry.reply()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      User unknown                                         | 5.1.1 | BOUNCED  |
      Service unavailable                                  | 5.0.0 | BOUNCED  |
      Deferred: Connection timed out with mx.example.net.  | 4.0.0 | DEFERRED |
      Deferred: 421 4.7.0 Try again later                  | 4.7.0 | DEFERRED | 421
      Deferred: 450 Mailbox busy                           | 4.0.0 | DEFERRED | 450
      queued                                               | 4.0.0 | DEFERRED |
      Sent (250 2.0.0 Message accepted)                    | 2.0.0 | SENT     | 250
      """)
  void theStatusGivesTheOutcomeAndAnyReply(String stat, String dsn, Outcome outcome, Integer replyCode) {
    MailLogEntry entry = read(PREFIX + "to=bob@example.net, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120,"
        + " relay=mx.example.net. [192.0.2.1], dsn=" + dsn + ", stat=" + stat);

    assertThat(entry.outcome()).isEqualTo(outcome);
    assertThat(entry.text()).hasValue(stat);
    assertThat(entry.reply().map(QuotedReply::code)).isEqualTo(Optional.ofNullable(replyCode));
  }

  @Test
  void aLocalDeliveryHasNoRelay() {
    MailLogEntry entry = read(PREFIX + "to=bob, ctladdr=<bob@example.net> (1001/1001), delay=00:00:00,"
        + " xdelay=00:00:00, mailer=local, pri=30500, dsn=2.0.0, stat=Sent");

    assertThat(entry.recipients()).containsExactly("bob");
    assertThat(entry.relay()).isEmpty();
    assertThat(entry.outcome()).isEqualTo(Outcome.SENT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[192.0.2.1] [192.0.2.1]", "[IPv6:2001:db8::1]", "client.example [192.0.2.1] (may be forged)"})
  void relaysInEachFormKeepTheirAddress(String relay) {
    MailLogEntry entry = read(PREFIX + "to=bob@example.net, delay=00:00:01, mailer=esmtp, pri=1, relay=" + relay
        + ", dsn=2.0.0, stat=Sent (ok)");

    assertThat(entry.relay().flatMap(Peer::address)).isPresent();
  }

  @Test
  void aRuleSetRejectionGivesTheClientAndTheServersReply() {
    MailLogEntry entry = read(PREFIX + "ruleset=check_rcpt, arg1=<x@y.example>, relay=client.example [192.0.2.9],"
        + " reject=550 5.7.1 <x@y.example>... Relaying denied");

    assertThat(entry.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(entry.recipients()).containsExactly("x@y.example");
    assertThat(entry.command()).hasValue(SmtpCommand.RCPT);
    assertThat(entry.client()).hasValue(new Peer("client.example", "192.0.2.9", -1));
    assertThat(entry.reply().map(QuotedReply::toString)).hasValue("550 5.7.1 <x@y.example>... Relaying denied");
  }

  @Test
  void theSmMtaTagOfDebianIsReadToo() {
    assertThat(MailLogReader.read("Mar  1 12:00:00 mx3 sm-mta[1]: x21C0abc012345: to=<bob@example.net>,"
        + " delay=00:00:01, mailer=esmtp, pri=1, dsn=5.1.1, stat=User unknown").map(MailLogEntry::outcome))
        .hasValue(Outcome.BOUNCED);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "x21C0abc012345: from=<alice@example.org>, size=1234, class=0, nrcpts=1, msgid=<a@b>, proto=ESMTP,"
          + " daemon=MTA, relay=client.example [192.0.2.9]",
      "x21C0abc012345: to=bob@example.net, delay=00:00:01, mailer=esmtp",
      "x21C0abc012345: x21C0abc012346: DSN: User unknown"})
  void linesThatRecordNoDeliveryGiveNothing(String message) {
    assertThat(MailLogReader.read("Mar  1 12:00:00 mx3 sendmail[5150]: " + message)).isEmpty();
  }
}
