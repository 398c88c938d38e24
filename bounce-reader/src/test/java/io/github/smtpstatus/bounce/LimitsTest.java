package io.github.smtpstatus.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every cap on hostile input: reached, the message read up to it, and reported. */
class LimitsTest {

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static String report(int recipients) {
    StringBuilder dsn = new StringBuilder("From: MAILER-DAEMON@mx.example.net\nMIME-Version: 1.0\n"
        + "Content-Type: multipart/report; boundary=\"b\"\n\n--b\nContent-Type: message/delivery-status\n\n"
        + "Reporting-MTA: dns; mx.example.net\n");
    for (int i = 0; i < recipients; i++) {
      dsn.append("\nFinal-Recipient: rfc822; r").append(i).append("@example.org\nAction: failed\nStatus: 5.1.1\n");
    }
    return dsn.append("\n--b--\n").toString();
  }

  @Test
  void theDefaultsAreDocumentedOnes() {
    BounceReader.Settings settings = BounceReader.builder().build().settings();

    assertThat(settings.maxMessageBytes()).isEqualTo(32 * 1024 * 1024);
    assertThat(settings.maxNestingDepth()).isEqualTo(16);
    assertThat(settings.maxParts()).isEqualTo(256);
    assertThat(settings.maxHeaderBytes()).isEqualTo(64 * 1024);
    assertThat(settings.maxRecipients()).isEqualTo(1000);
    assertThat(settings.maxReplies()).isEqualTo(4096);
  }

  @Test
  void repliesAndCodesBeyondTheCapAreNotReadAndReported() {
    StringBuilder message = new StringBuilder("From: MAILER-DAEMON@mx.example.net\nSubject: Undelivered Mail\n\n"
        + "<bob@example.org>: delivery failed\n");
    for (int i = 0; i < 4; i++) {
      message.append("host mx").append(i).append(".example.org said: 452 4.2.2 Mailbox full\n");
    }
    message.append("Status: 5.1.1\n");

    Bounce bounce = BounceReader.builder().maxReplies(3).build().read(ascii(message.toString()));

    assertThat(bounce.recipients()).singleElement().satisfies(recipient ->
        assertThat(recipient.candidates()).hasSize(3));
    assertThat(bounce.findings()).extracting(BounceFinding::toString).containsExactly("LIMIT_REACHED: the text"
        + " quotes at least 3 replies and status codes; those after the first 3 were not read");
  }

  @Test
  void aCapOnRepliesThatTheTextDoesNotReachChangesNothing() {
    String message = "From: MAILER-DAEMON@mx.example.net\nSubject: Undelivered Mail\n\n<bob@example.org>:\n"
        + "host mx.example.org said: 452 4.2.2 Mailbox full\nStatus: 5.1.1\n";

    Bounce capped = BounceReader.builder().maxReplies(2).build().read(ascii(message));

    assertThat(capped).isEqualTo(BounceReader.create().read(ascii(message)));
    assertThat(capped.findings()).isEmpty();
  }

  @Test
  void recipientsBeyondTheCapAreDroppedAndReported() {
    Bounce bounce = BounceReader.builder().maxRecipients(3).build().read(ascii(report(5)));

    assertThat(bounce.recipients()).extracting(RecipientResult::recipient)
        .containsExactly("r0@example.org", "r1@example.org", "r2@example.org");
    assertThat(bounce.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.limit()).contains(Limit.RECIPIENTS);
      assertThat(finding.message()).isEqualTo("the report has more than 3 recipients; the rest were not read");
    });
  }

  @Test
  void aMessageOverTheSizeCapIsReadUpToItFromBytesAndStreams() throws IOException {
    byte[] message = ascii(report(20));
    BounceReader reader = BounceReader.builder().maxMessageBytes(400).build();

    for (Bounce bounce : new Bounce[] {reader.read(message), reader.read(new ByteArrayInputStream(message))}) {
      assertThat(bounce.findings()).first().satisfies(finding -> {
        assertThat(finding.limit()).contains(Limit.MESSAGE_BYTES);
        assertThat(finding.message()).isEqualTo("the message is longer than 400 octets; only those were read");
      });
      assertThat(bounce.recipients()).hasSizeBetween(1, 19);
    }
  }

  @Test
  void partsBeyondTheCapAreNotRead() {
    StringBuilder message = new StringBuilder("From: a@example.org\nMIME-Version: 1.0\nContent-Type: multipart/mixed;"
        + " boundary=\"p\"\n\n");
    for (int i = 0; i < 10; i++) {
      message.append("--p\nContent-Type: text/plain\n\npart ").append(i).append('\n');
    }
    message.append("--p--\n");

    Bounce bounce = BounceReader.builder().maxParts(4).build().read(ascii(message.toString()));

    assertThat(bounce.findings()).extracting(BounceFinding::toString)
        .containsExactly("LIMIT_REACHED: the message has more than 4 MIME parts; the rest was not read");
  }

  @Test
  void multipartsNestedTooDeepAreSkipped() {
    StringBuilder open = new StringBuilder("From: a@example.org\nMIME-Version: 1.0\n");
    StringBuilder close = new StringBuilder();
    for (int level = 0; level < 6; level++) {
      open.append("Content-Type: multipart/mixed; boundary=\"n").append(level).append("\"\n\n--n").append(level)
          .append('\n');
      close.insert(0, "\n--n" + level + "--\n");
    }
    String message = open + "Content-Type: text/plain\n\nUndeliverable: 550 5.1.1 deep@example.org\n" + close;

    Bounce bounce = BounceReader.builder().maxNestingDepth(3).build().read(ascii(message));

    assertThat(bounce.findings()).extracting(BounceFinding::toString).containsExactly(
        "LIMIT_REACHED: multiparts nest deeper than 3 levels; the deeper ones were skipped");
    assertThat(bounce.recipients()).isEmpty();
    assertThat(BounceReader.create().read(ascii(message)).recipients()).extracting(RecipientResult::recipient)
        .containsExactly("deep@example.org");
  }

  @Test
  void aHeaderFieldOverTheCapStopsTheReadingThere() {
    String message = "From: MAILER-DAEMON@mx.example.net\nSubject: Undeliverable\nX-Long: " + "x".repeat(5000)
        + "\n\n<a@example.org>: 550 5.1.1 unknown\n";

    Bounce bounce = BounceReader.builder().maxHeaderBytes(1024).build().read(ascii(message));

    assertThat(bounce.findings()).extracting(BounceFinding::toString).containsExactly(
        "LIMIT_REACHED: a header field is longer than 1024 octets; the message was read up to it");
    assertThat(bounce.recipients()).isEmpty();
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> BounceReader.builder().maxParts(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxParts must be between 1 and 2147483646, was 0");
    assertThatThrownBy(() -> BounceReader.builder().maxMessageBytes(Integer.MAX_VALUE))
        .hasMessage("maxMessageBytes must be between 1 and 2147483646, was 2147483647");
  }

  @Test
  void findingsAreCappedWithACount() {
    StringBuilder dsn = new StringBuilder("From: MAILER-DAEMON@mx.example.net\nMIME-Version: 1.0\n"
        + "Content-Type: multipart/report; boundary=\"b\"\n\n--b\nContent-Type: message/delivery-status\n\n"
        + "Reporting-MTA: dns; mx\n\n");
    for (int i = 0; i < 100; i++) {
      dsn.append("Final-Recipient: rfc822; r").append(i).append("@example.org\n");
    }
    dsn.append("\n--b--\n");

    Bounce bounce = BounceReader.create().read(ascii(dsn.toString()));

    assertThat(bounce.recipients()).hasSize(100);
    assertThat(bounce.findings()).hasSize(64).last()
        .hasToString("UNREADABLE_STRUCTURE: 36 more findings were made and are not listed");
  }
}
