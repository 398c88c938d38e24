package io.github.smtpstatus.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a message is: feedback report, automatic reply, or not a bounce. */
class MessageKindTest {

  @Test
  void feedbackReportNamesItsOriginalRecipient() {
    Bounce bounce = Fixtures.read("arf.eml");

    assertThat(bounce.kind()).isEqualTo(BounceKind.FEEDBACK_REPORT);
    assertThat(bounce.reportingMta()).contains("mail.isp.example");
    assertThat(bounce.arrivalDate()).contains("Tue, 1 Dec 2026 12:00:00 +0000");
    assertThat(bounce.recipients()).singleElement().satisfies(recipient -> {
      assertThat(recipient.recipient()).isEqualTo("complainer@isp.example");
      assertThat(recipient.status()).isEmpty();
      assertThat(recipient.findings()).isEmpty();
    });
    assertThat(bounce.original()).map(original -> original.messageId().orElseThrow()).contains("<campaign-1@example.com>");
  }

  @Test
  void feedbackReportWithoutOriginalRcptToTakesTheReportedMessagesTo() {
    String message = new String(Fixtures.bytes("arf.eml"), java.nio.charset.StandardCharsets.US_ASCII)
        .replace("Original-Rcpt-To: <complainer@isp.example>\n", "");

    Bounce bounce = Fixtures.readText(message);

    assertThat(bounce.recipients()).singleElement().satisfies(recipient -> {
      assertThat(recipient.recipient()).isEqualTo("complainer@isp.example");
      assertThat(recipient.findings()).extracting(BounceFinding::message).containsExactly("the report names no"
          + " Original-Rcpt-To; the recipient is the reported message's To header");
    });
  }

  @Test
  void automaticReplysRecipientIsItsSender() {
    Bounce bounce = Fixtures.read("autoreply.eml");

    assertThat(bounce.kind()).isEqualTo(BounceKind.AUTO_REPLY);
    assertThat(bounce.recipients()).extracting(RecipientResult::recipient).containsExactly("dana@partner.example");
  }

  @Test
  void anOrdinaryMessageIsNotABounce() {
    Bounce bounce = Fixtures.read("not-a-bounce.eml");

    assertThat(bounce.kind()).isEqualTo(BounceKind.NOT_A_BOUNCE);
    assertThat(bounce.recipients()).isEmpty();
    assertThat(bounce.findings()).isEmpty();
  }

  @Test
  void emptyInputIsNotABounce() {
    Bounce bounce = BounceReader.create().read(new byte[0]);

    assertThat(bounce.kind()).isEqualTo(BounceKind.NOT_A_BOUNCE);
    assertThat(bounce.recipients()).isEmpty();
  }

  @Test
  void aBounceSubjectMakesProseABounceEvenWithoutAReply() {
    String message = "From: system@provider.example\nSubject: Undelivered Mail\n\nThe mailbox of <x@far.example> is gone.\n";

    Bounce bounce = Fixtures.readText(message);

    assertThat(bounce.kind()).isEqualTo(BounceKind.PROSE_BOUNCE);
    assertThat(bounce.recipients()).extracting(RecipientResult::toString).containsExactly("x@far.example: - - (no evidence)");
  }
}
