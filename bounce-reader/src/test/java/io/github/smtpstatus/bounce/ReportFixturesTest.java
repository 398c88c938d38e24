package io.github.smtpstatus.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Delivery status notifications in the styles of Postfix, Exchange and a relaying MTA. */
class ReportFixturesTest {

  @Test
  void postfixFlattenedGmailReplyIsReadWhole() {
    RecipientResult recipient = Fixtures.read("postfix-dsn-flattened.eml").recipients().get(0);

    assertThat(recipient.status()).hasToString("Optional[5.1.1]");
    assertThat(recipient.statusEvidence()).contains(Evidence.STATUS_FIELD);
    assertThat(recipient.reply()).hasValueSatisfying(reply -> {
      assertThat(reply.code()).isEqualTo(550);
      assertThat(reply.enhancedCode()).hasToString("Optional[5.1.1]");
      assertThat(reply.text()).startsWith("The email account that you tried to reach does").endsWith("- gsmtp");
    });
    assertThat(recipient.remoteMta()).contains("gmail-smtp-in.l.google.example");
  }

  @Test
  void theReturnedMessageGivesItsHeadersAndNothingElse() {
    Bounce bounce = Fixtures.read("postfix-dsn-flattened.eml");

    assertThat(bounce.original()).hasValueSatisfying(original -> {
      assertThat(original.source()).isEqualTo(OriginalMessage.Source.ATTACHED);
      assertThat(original.messageId()).contains("<issue-42.7@example.com>");
      assertThat(original.from()).contains("Example News <newsletter@example.com>");
      assertThat(original.to()).contains("nobody@gmail.example");
      assertThat(original.subject()).contains("Issue 42 — what's new");
      assertThat(original.date()).contains("Tue, 1 Dec 2026 08:59:57 +0000");
    });
    // Its "550 5.7.1", "Status: 4.2.2", "2.0.8" and unsubscribe@ address count for nothing.
    assertThat(bounce.recipients()).extracting(RecipientResult::recipient).containsExactly("nobody@gmail.example");
    assertThat(bounce.recipients().get(0).candidates()).extracting(StatusCandidate::evidence)
        .containsExactly(Evidence.STATUS_FIELD, Evidence.DIAGNOSTIC_REPLY);
  }

  @Test
  void genericStatusYieldsToTheExactReplyAndAGenericReplyToTheExactStatus() {
    Bounce bounce = Fixtures.read("exchange-generic-status.eml");

    assertThat(bounce.recipients()).extracting(result -> result.recipient() + " " + result.status().orElseThrow()
        + " " + result.statusEvidence().orElseThrow()).containsExactly(
            "ghost@contoso.example 5.1.10 DIAGNOSTIC_REPLY",
            "full@contoso.example 5.2.2 STATUS_FIELD",
            "moved@contoso.example 5.1.6 DIAGNOSTIC_REPLY");
    assertThat(bounce.recipients().get(0).findings()).extracting(BounceFinding::kind)
        .containsExactly(BounceFinding.Kind.STATUS_LESS_SPECIFIC_THAN_REPLY);
    assertThat(bounce.recipients().get(1).findings()).isEmpty();
    assertThat(bounce.recipients().get(2).findings()).extracting(BounceFinding::kind)
        .containsExactly(BounceFinding.Kind.STATUS_DIFFERS_FROM_REPLY);
    assertThat(bounce.original()).map(OriginalMessage::source).contains(OriginalMessage.Source.HEADERS);
  }

  @Test
  void aRelaysNestedRemoteReplyIsTheEvidence() {
    RecipientResult recipient = Fixtures.read("relay-nested-and-contradiction.eml").recipients().get(0);

    assertThat(recipient.status()).hasToString("Optional[4.4.2]");
    assertThat(recipient.statusEvidence()).contains(Evidence.NESTED_REPLY);
    assertThat(recipient.reply()).hasValueSatisfying(reply -> assertThat(reply).hasToString("421 4.4.2 Connection timed out"));
    assertThat(recipient.replyCode()).hasValue(421);
    assertThat(recipient.candidates()).extracting(StatusCandidate::evidence)
        .containsExactly(Evidence.STATUS_FIELD, Evidence.DIAGNOSTIC_REPLY, Evidence.NESTED_REPLY);
    assertThat(recipient.findings()).extracting(BounceFinding::kind)
        .containsExactly(BounceFinding.Kind.STATUS_DIFFERS_FROM_REPLY, BounceFinding.Kind.NESTED_REPLY_USED);
  }

  @Test
  void classDisagreementIsReportedAndTheStatusFieldDecides() {
    RecipientResult recipient = Fixtures.read("relay-nested-and-contradiction.eml").recipients().get(1);

    assertThat(recipient.status()).hasToString("Optional[5.4.7]");
    assertThat(recipient.replyCode()).hasValue(451);
    assertThat(recipient.lastAttemptDate()).contains("Tue, 1 Dec 2026 11:00:00 +0000");
    assertThat(recipient.hasFinding(BounceFinding.Kind.STATUS_CONTRADICTS_REPLY)).isTrue();
  }
}
