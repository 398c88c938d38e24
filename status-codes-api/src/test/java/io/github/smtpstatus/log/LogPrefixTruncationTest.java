package io.github.smtpstatus.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every prefix form cut at every length: a log file cut mid-line (a rotated file, a full disk, {@code tail}
 * started mid-write) must neither throw nor give offsets past the cut, and a cut inside the prefix never
 * turns the rest into a message that starts before the prefix ends.
 */
class LogPrefixTruncationTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Mar  1 12:00:00 mx1 postfix/smtp[4242]: 2D3C41234: to=<bob@example.net>",
      "Dec 31 23:59:59.123456 mx1 postfix/local[77]: 2D3C41234: to=<bob@example.net>",
      "<22>Mar  1 12:00:00 mx1 postfix/local[77]: 2D3C41234: to=<bob@example.net>",
      "2024-03-01T12:00:00.123456+01:00 mx1 postfix/local[77]: 2D3C41234: to=<bob@example.net>",
      "2024-03-01T12:00:00+0100 mx1 postfix/local[77]: 2D3C41234: to=<bob@example.net>",
      "2024-03-01T11:00:00Z mx1 postfix/local: 2D3C41234: to=<bob@example.net>",
      "<22>1 2024-03-01T12:00:00.003Z mail.example.com postfix/local 77 ID47 [a@1 k=\"v\\]\"][b@2 y=\"2\"] \uFEFFmsg",
      "<22>1 2024-03-01T12:00:00Z mx1 postfix/local - - - msg",
      "2024-03-01 12:00:00.123 +0100 [4711] 1rAbCd-0001Xy-Zq => bob@example.net",
      "Mar  1 12:00:00 mx1 exim[4711]: 2024-03-01 12:00:00 -0500 1rAbCd-0001Xy-Zq => bob@example.net"})
  void aLineCutAtAnyLengthIsReadWithinItsLength(String line) {
    for (int length = 0; length <= line.length(); length++) {
      String cut = line.substring(0, length);
      assertThatCode(() -> LogPrefix.read(cut)).as("cut at %d: %s", length, cut).doesNotThrowAnyException();
      LogPrefix prefix = LogPrefix.read(cut);
      assertThat(prefix.message()).as("message of %s", cut).isBetween(0, length);
      for (int i = 0; i < prefix.bounds().length; i += 2) {
        int start = prefix.bounds()[i];
        int end = prefix.bounds()[i + 1];
        if (start >= 0) {
          assertThat(end).as("field %d of %s", i / 2, cut).isBetween(start + 1, prefix.message());
        } else {
          assertThat(end).as("field %d of %s", i / 2, cut).isEqualTo(-1);
        }
      }
      assertThatCode(() -> MailLogReader.read(cut)).as("reading %s", cut).doesNotThrowAnyException();
    }
  }

  /** Delivery lines of each MTA cut at every length: nothing throws, and every field read lies inside the cut. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Mar  1 12:00:00 mx1 postfix/smtp[4242]: 2D3C41234: to=<bob@example.net>, orig_to=<b@example.net>,"
          + " relay=mx.example.net[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced"
          + " (host mx.example.net[192.0.2.1] said: 550 5.1.1 <bob@example.net>: User unknown (in reply to RCPT TO"
          + " command))",
      "Mar  1 12:00:00 mx1 postfix/smtpd[99]: NOQUEUE: reject: RCPT from unknown[192.0.2.9]: 554 5.7.1"
          + " <spam@example.org>: Relay access denied; from=<a@b.example> to=<spam@example.org> proto=ESMTP"
          + " helo=<x.example>",
      "Mar  1 12:00:00 mx1 postfix/qmgr[55]: 2D3C41234: from=<a@b.example>, status=expired, returned to sender",
      "2024-03-01 12:00:00.123 +0100 [4711] 1rAbCd-0001Xy-Zq ** bob@example.net <b@example.net> R=dnslookup"
          + " T=remote_smtp H=mx.example.net [2001:db8::25]:25 X=TLS1.3 CV=yes DT=0.5s: SMTP error from remote mail"
          + " server after RCPT TO:<bob@example.net>: 550 5.1.1 User unknown",
      "2024-03-01 12:00:00 1rAbCd-0001Xy-Zq == bob@example.net R=dnslookup T=remote_smtp defer (-44)"
          + " H=mx.example.net [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<bob@example.net>: 451"
          + " 4.7.1 Greylisted",
      "2024-03-01 12:00:00 1rAbCd-0001Xy-Zq => bob@example.net R=dnslookup T=remote_smtp H=mx.example.net"
          + " [192.0.2.1] C=\"250 2.0.0 OK \\\"queued\\\" id\" DT=0.512s",
      "2024-03-01 12:00:00 H=(helo.example) [192.0.2.9]:41000 F=<a@b.example> rejected RCPT <x@y.example>:"
          + " greylisted",
      "Mar  1 12:00:00 mx3 sendmail[5150]: x21C00aa005150: to=<bob@example.net>, ctladdr=<a@b.example> (1000/1000),"
          + " delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120000, relay=mx.example.net. [192.0.2.1],"
          + " dsn=5.1.1, stat=User unknown"})
  void aDeliveryLineCutAtAnyLengthReadsOnlyWhatIsInTheCut(String line) {
    for (int length = 0; length <= line.length(); length++) {
      String cut = line.substring(0, length);
      MailLogEntry entry = MailLogReader.read(cut).orElse(null);
      if (entry == null) {
        continue;
      }
      assertThat(entry.recipients()).as("recipients of %s", cut).allSatisfy(r -> assertThat(cut).contains(r));
      entry.queueId().ifPresent(id -> assertThat(cut).as("queue id").contains(id));
      entry.text().ifPresent(text -> assertThat(cut).as("text").contains(text));
      entry.delay().ifPresent(delay -> assertThat(cut).as("delay").contains(delay));
      entry.sender().ifPresent(sender -> assertThat(cut).as("sender").contains(sender));
      entry.fields().forEach((key, value) -> assertThat(cut).as("field %s", key).contains(value));
    }
  }
}
