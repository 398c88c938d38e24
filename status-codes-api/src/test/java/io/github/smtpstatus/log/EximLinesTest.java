package io.github.smtpstatus.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.QuotedReply;
import io.github.smtpstatus.SmtpCommand;
import io.github.smtpstatus.StatusCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EximLinesTest {

  private static MailLogEntry read(String line) {
    return MailLogReader.read(line).orElseThrow(() -> new AssertionError("no entry for " + line));
  }

  /** The examples of the specification's "Logging deliveries", with the flags of "Log line flags". */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      => | SENT
      -> | SENT
      >> | SENT
      *> | SUPPRESSED
      """)
  void eachDeliveryFlagGivesItsOutcome(String flag, Outcome outcome) {
    MailLogEntry entry = read("2002-10-31 09:00:10 16ZCW1-0005MB-00 " + flag
        + " monk@holistic.fict.example R=dnslookup T=remote_smtp H=holistic.fict.example [192.168.234.234]");

    assertThat(entry.mta()).isEqualTo(Mta.EXIM);
    assertThat(entry.outcome()).isEqualTo(outcome);
    assertThat(entry.timestamp()).hasValue("2002-10-31 09:00:10");
    assertThat(entry.queueId()).hasValue("16ZCW1-0005MB-00");
    assertThat(entry.recipients()).containsExactly("monk@holistic.fict.example");
    assertThat(entry.relay()).hasValue(new Peer("holistic.fict.example", "192.168.234.234", -1));
    assertThat(entry.fields()).containsEntry("R", "dnslookup").containsEntry("T", "remote_smtp");
  }

  @Test
  void aLocalDeliveryGivesTheOriginalAddress() {
    MailLogEntry entry = read("2002-10-31 08:59:13 16ZCW1-0005MB-00 => marv <marv@hitch.fict.example> R=localuser"
        + " T=local_delivery");

    assertThat(entry.recipients()).containsExactly("marv");
    assertThat(entry.originalRecipient()).hasValue("marv@hitch.fict.example");
    assertThat(entry.relay()).isEmpty();
  }

  @Test
  void aRemoteDeliveryGivesItsConfirmationAsTheReply() {
    MailLogEntry entry = read("2024-03-01 12:00:00.123 +0100 [4711] 1rAbCd-0001Xy-Zq => bob@example.net"
        + " R=dnslookup T=remote_smtp H=mx.example.net [2001:db8::25]:25 X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes"
        + " K C=\"250 2.0.0 OK 1709294400 d2e1a72fcca58 - gsmtp\" DT=0.512s");

    assertThat(entry.timestamp()).hasValue("2024-03-01 12:00:00.123 +0100");
    assertThat(entry.pid()).hasValue("4711");
    assertThat(entry.relay()).hasValue(new Peer("mx.example.net", "2001:db8::25", 25));
    assertThat(entry.reply().flatMap(QuotedReply::enhancedCode)).hasValue(StatusCode.parse("2.0.0"));
    assertThat(entry.fields()).containsEntry("C", "250 2.0.0 OK 1709294400 d2e1a72fcca58 - gsmtp")
        .containsEntry("CV", "yes").doesNotContainKey("K");
    assertThat(entry.delay()).hasValue("0.512s");
  }

  @Test
  void aFailureGivesTheRemoteReplyAndTheCommand() {
    MailLogEntry entry = read("2002-07-11 07:14:17 17SXDU-000189-00 ** ace400@pb.example R=dnslookup T=remote_smtp:"
        + " SMTP error from remote mailer after pipelined RCPT TO:<ace400@pb.example>: host pbmail3.py.example"
        + " [192.168.63.111]: 553 5.3.0 <ace400@pb.example>...Addressee unknown");

    assertThat(entry.outcome()).isEqualTo(Outcome.BOUNCED);
    assertThat(entry.recipients()).containsExactly("ace400@pb.example");
    assertThat(entry.reply().map(QuotedReply::toString)).hasValue("553 5.3.0 <ace400@pb.example>...Addressee unknown");
    assertThat(entry.command()).hasValue(SmtpCommand.RCPT);
    assertThat(entry.text()).hasValue("SMTP error from remote mailer after pipelined RCPT TO:<ace400@pb.example>: host"
        + " pbmail3.py.example [192.168.63.111]: 553 5.3.0 <ace400@pb.example>...Addressee unknown");
  }

  @Test
  void aFailureAfterTheHostFieldGivesTheHostAndTheReply() {
    MailLogEntry entry = read("2024-03-01 12:00:00 1rAbCd-0001Xy-Zq ** bob@example.net R=dnslookup T=remote_smtp"
        + " H=mx.example.net [192.0.2.1]: SMTP error from remote mail server after end of data: 554 5.7.1 Message"
        + " rejected as spam");

    assertThat(entry.relay()).hasValue(new Peer("mx.example.net", "192.0.2.1", -1));
    assertThat(entry.command()).hasValue(SmtpCommand.END_OF_DATA);
    assertThat(entry.reply().map(reply -> reply.reply().text())).hasValue("Message rejected as spam");
  }

  @Test
  void anUnroutableAddressHasALocalReason() {
    MailLogEntry entry = read("1995-12-19 16:20:23 0tRiQz-0002Q5-00 ** jim@trek99.example <jim@trek99.example>:"
        + " unknown mail domain");

    assertThat(entry.outcome()).isEqualTo(Outcome.BOUNCED);
    assertThat(entry.originalRecipient()).hasValue("jim@trek99.example");
    assertThat(entry.text()).hasValue("unknown mail domain");
    assertThat(entry.reply()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      R=dnslookup T=smtp defer (146): Connection refused                                        | 146 | Connection refused
      R=dnslookup T=remote_smtp defer (110): Connection timed out                               | 110 | Connection timed out
      R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host for 'ex.example' | -53 | retry time not reached for any host for 'ex.example'
      """)
  void aDeferralGivesItsErrorNumberAndReason(String rest, String errno, String text) {
    MailLogEntry entry = read("2002-12-19 16:20:23 16aiQz-0002Q5-00 == marvin@endrest.example " + rest);

    assertThat(entry.outcome()).isEqualTo(Outcome.DEFERRED);
    assertThat(entry.fields()).containsEntry("defer", errno);
    assertThat(entry.text()).hasValue(text);
    assertThat(entry.reply()).isEmpty();
  }

  @Test
  void aDeferralWithARemoteReplyGivesIt() {
    MailLogEntry entry = read("2024-03-01 12:00:00 1rAbCd-0001Xy-Zq == bob@example.net R=dnslookup T=remote_smtp"
        + " defer (-44) H=mx.example.net [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<bob@example.net>:"
        + " 451-4.7.1 Greylisted, please 451 4.7.1 try again later");

    assertThat(entry.fields()).containsEntry("defer", "-44");
    assertThat(entry.reply().orElseThrow().reply().lines()).containsExactly("Greylisted, please", "try again later");
    assertThat(entry.command()).hasValue(SmtpCommand.RCPT);
  }

  @Test
  void aRejectedRcptGivesTheClientTheSenderAndTheRecipient() {
    MailLogEntry entry = read("2024-03-01 12:00:00 H=(helo.example) [192.0.2.9]:41000 F=<a@b.example> rejected RCPT"
        + " <x@y.example>: relay not permitted");

    assertThat(entry.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(entry.queueId()).isEmpty();
    assertThat(entry.client()).hasValue(new Peer(null, "192.0.2.9", 41000));
    assertThat(entry.sender()).hasValue("a@b.example");
    assertThat(entry.recipients()).containsExactly("x@y.example");
    assertThat(entry.command()).hasValue(SmtpCommand.RCPT);
    assertThat(entry.text()).hasValue("relay not permitted");
  }

  @Test
  void aTemporaryRejectionIsARejectionToo() {
    MailLogEntry entry = read("2024-03-01 12:00:00 H=client.example [192.0.2.9] F=<a@b.example> temporarily"
        + " rejected RCPT <x@y.example>: greylisted");

    assertThat(entry.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(entry.client()).hasValue(new Peer("client.example", "192.0.2.9", -1));
  }

  @Test
  void anEximLineThroughSyslogKeepsTheSyslogPrefix() {
    MailLogEntry entry = read("Mar  1 12:00:00 mx2 exim[321]: 2024-03-01 12:00:00 1rAbCd-000000005vi-0000 =>"
        + " bob@example.net R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.1]");

    assertThat(entry.host()).hasValue("mx2");
    assertThat(entry.timestamp()).hasValue("Mar  1 12:00:00");
    assertThat(entry.queueId()).hasValue("1rAbCd-000000005vi-0000");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2002-10-31 08:57:53 16ZCW1-0005MB-00 <= kryten@dwarf.fict.example H=mailer.fict.example [192.168.123.123]"
          + " U=exim P=smtp S=5678 T=\"rejected RCPT <x@y>: subject\"",
      "2002-10-31 09:00:11 16ZCW1-0005MB-00 Completed",
      "2024-03-01 12:00:00 16ZCW1-0005MB-00 Message is frozen",
      "2024-03-01 12:00:00 Start queue run: pid=1234",
      "2024-03-01 12:00:00 SMTP connection from [192.0.2.1]:1234 lost",
      "2024-03-01 12:00:00 => bob@example.net R=dnslookup"})
  void linesThatRecordNoDeliveryGiveNothing(String line) {
    assertThat(MailLogReader.read(line)).isEmpty();
  }
}
