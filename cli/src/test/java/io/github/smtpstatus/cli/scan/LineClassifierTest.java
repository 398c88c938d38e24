package io.github.smtpstatus.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.classify.Classification;
import io.github.smtpstatus.classify.Classifier;
import io.github.smtpstatus.cli.input.Chunk;
import io.github.smtpstatus.log.MailLogReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineClassifierTest {

  private static List<ScanResult> classify(String text) {
    List<ScanResult> results = new ArrayList<>();
    new LineClassifier().classify("test.log", new Chunk.Line(7, text, false), results::add);
    return results;
  }

  private static final String POSTFIX = "Mar  3 09:14:03 mx1 postfix/smtp[4110]: 3F2A01C0042: to=<bob@example.com>, "
      + "relay=mx.example.com[192.0.2.10]:25, delay=1.3, delays=0.1/0.01/0.6/0.6, dsn=%s, status=bounced (host "
      + "mx.example.com[192.0.2.10] said: %s (in reply to RCPT TO command))";

  @Test
  void aPostfixDeliveryLineGivesItsRecipientOutcomeRelayReplyAndCommand() {
    ScanResult result = classify(String.format(POSTFIX, "5.1.1", "550 5.1.1 <bob@example.com>: User unknown"))
        .get(0);
    assertThat(result.evidence()).isEqualTo("log");
    assertThat(result.mta()).isEqualTo("postfix");
    assertThat(result.queueId()).isEqualTo("3F2A01C0042");
    assertThat(result.recipient()).isEqualTo("bob@example.com");
    assertThat(result.outcome()).isEqualTo("bounced");
    assertThat(result.relay()).isEqualTo("mx.example.com");
    assertThat(result.relayAddress()).isEqualTo("192.0.2.10");
    assertThat(result.replyCode()).isEqualTo(550);
    assertThat(result.command()).isEqualTo("RCPT");
    assertThat(result.text()).isEqualTo("<bob@example.com>: User unknown");
    assertThat(result.line()).isEqualTo(7);
  }

  @ParameterizedTest(name = "dsn={0}, reply {1}: {2} from {3}")
  @CsvSource(delimiter = '|', textBlock = """
      5.1.1 | 550 5.1.1 User unknown       | 5.1.1 | dsn
      5.0.0 | 550 5.1.1 User unknown       | 5.1.1 | reply
      5.0.0 | 550 User unknown             | 5.0.0 | dsn
      5.7.1 | 550 5.7.606 Access denied    | 5.7.1 | dsn
      """)
  void theDsnDecidesUnlessItIsGenericAndTheReplyIsExact(String dsn, String reply, String code, String source) {
    ScanResult result = classify(String.format(POSTFIX, dsn, reply)).get(0);
    assertThat(result.code()).hasToString(code);
    assertThat(result.codeSource()).isEqualTo(source);
    assertThat(result.dsn()).hasToString(dsn);
  }

  @Test
  void eximGivesTheRemoteReplysCode() {
    ScanResult result = classify("2025-03-03 10:02:13 1tP3aB-000Kx1-7Q ** leo@example.net R=dnslookup T=remote_smtp "
        + "H=mx2.example.net [2001:db8::25]: SMTP error from remote mail server after RCPT TO:<leo@example.net>: "
        + "550 5.1.1 <leo@example.net>: Recipient address rejected: User unknown").get(0);
    assertThat(result.mta()).isEqualTo("exim");
    assertThat(result.outcome()).isEqualTo("bounced");
    assertThat(result.code()).hasToString("5.1.1");
    assertThat(result.codeSource()).isEqualTo("reply");
    assertThat(result.relay()).isEqualTo("mx2.example.net");
  }

  @Test
  void aSendmailLineNamingSeveralRecipientsGivesOneResultEach() {
    List<ScanResult> results = classify("Mar  3 11:05:34 relay sendmail[7014]: 52NB5Uq7007012: to=<a@example.net>,"
        + "<b@example.org>, delay=00:00:03, xdelay=00:00:02, mailer=esmtp, pri=122231, relay=mx2.example.net. "
        + "[2001:db8::25], dsn=5.1.1, stat=User unknown");
    assertThat(results).extracting(ScanResult::recipient).containsExactly("a@example.net", "b@example.org");
    assertThat(results).extracting(ScanResult::code).extracting(Object::toString).containsExactly("5.1.1", "5.1.1");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Mar  3 11:05:34 relay sendmail[7014]: 52NB5Uq7007012: to=<a@example.net>,<b@outlook.com>, delay=00:00:03, mailer=esmtp, pri=122231, relay=mx2.example.net. [2001:db8::25], dsn=5.7.1, stat=Service unavailable
      Mar  3 09:14:03 mx1 postfix/smtp[4110]: 3F2A01C0042: to=<bob@example.com>, relay=mx.example.com[192.0.2.10]:25, delay=1.3, dsn=5.0.0, status=bounced (host mx.example.com[192.0.2.10] said: 550 5.1.1 <bob@example.com>: User unknown (in reply to RCPT TO command))
      2025-03-03 10:02:13 1tP3aB-000Kx1-7Q == leo@example.net R=dnslookup T=remote_smtp defer (-44) H=mx2.example.net [2001:db8::25]: SMTP error from remote mail server after RCPT TO:<leo@example.net>: 452 4.2.2 Mailbox full
      """)
  void everyResultOfALogLineHasTheApisVerdictOnTheLine(String line) {
    Classification expected = Classifier.standard().classify(MailLogReader.read(line).orElseThrow());
    assertThat(classify(line)).isNotEmpty().extracting(ScanResult::classification).containsOnly(expected);
  }

  @Test
  void aPostfixNotificationLineIsNoDelivery() {
    assertThat(classify("Mar  3 09:31:40 mx1 postfix/bounce[4170]: 0A77B1C0054: sender non-delivery notification: "
        + "1B88C1C0055")).isEmpty();
  }

  @Test
  void aReplyQuotedInProseIsReadLeniently() {
    ScanResult result = classify("Remote host said: 550-5.7.1 Blocked by policy 550 5.7.1 see the link").get(0);
    assertThat(result.evidence()).isEqualTo("reply");
    assertThat(result.replyCode()).isEqualTo(550);
    assertThat(result.code()).hasToString("5.7.1");
    assertThat(result.findings()).extracting(f -> f.kind().name()).contains("FLATTENED");
  }

  @Test
  void codesInFreeTextGiveOneResultTheFirstCodeDeciding() {
    List<ScanResult> results = classify("ticket 42: customer reports dsn 4.4.7 then 5.4.7 again 5.4.7");
    assertThat(results).singleElement().satisfies(result -> {
      assertThat(result.evidence()).isEqualTo("text");
      assertThat(result.code()).hasToString("4.4.7");
      assertThat(result.codeSource()).isEqualTo("text");
    });
  }

  @Test
  void aLineWithoutReplyOrCodeGivesNothing() {
    assertThat(classify("Mar  3 09:14:01 mx1 postfix/smtpd[4101]: connect from client.example.net[198.51.100.20]"))
        .isEmpty();
    assertThat(classify("")).isEmpty();
  }
}
