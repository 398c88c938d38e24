package io.github.smtpstatus.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Bounces without a report part, in the shapes qmail, Exim, Sendmail, Postfix and providers write. */
class ProseBouncesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "qmail.eml               | clerk@shop.example: - 5.1.1 (PROSE) 550 <clerk@shop.example>: Recipient address rejected: User unknown;"
          + "archive@shop.example: - 5.4.6 (PROSE)",
      "exim.eml                | ana@far.example: - 5.2.1 (PROSE) 550 Mailbox disabled for this recipient;"
          + "bo@near.example: - 5.3.4 (PROSE) 552 Message size exceeds fixed limit",
      "sendmail-transcript.eml | student@campus.example: - 5.1.1 (PROSE) 550 <student@campus.example>... User unknown;"
          + "ta@campus.example: - 5.2.2 (PROSE) 552 <ta@campus.example>... Mailbox full",
      "postfix-prose.eml       | accounts@client.example: - 5.7.1 (PROSE) 554 <accounts@client.example>: Relay access denied;"
          + "invoices@client.example: - 4.2.2 (PROSE) 452 <invoices@client.example>: Mailbox over quota",
      "provider-prose.eml      | pen.pal@faraway.example: - 5.2.2 (PROSE) 550 The user's mailbox is full (state 13)."})
  void eachRecipientIsPairedWithItsOwnReply(String fixture, String expected) {
    Bounce bounce = Fixtures.read(fixture);

    assertThat(bounce.kind()).isEqualTo(BounceKind.PROSE_BOUNCE);
    assertThat(bounce.recipients()).extracting(RecipientResult::toString).containsExactly(expected.split(";"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "qmail.eml               | <order-99@example.com>",
      "exim.eml                | <E1tAbCd-000123-AB@mx.example.org>",
      "sendmail-transcript.eml | <202612011759.lecture@example.edu>",
      "provider-prose.eml      | <hello-1@example.com>"})
  void theInlinedOriginalGivesItsHeaderAndNoEvidence(String fixture, String messageId) {
    Bounce bounce = Fixtures.read(fixture);

    assertThat(bounce.original()).hasValueSatisfying(original -> {
      assertThat(original.source()).isEqualTo(OriginalMessage.Source.INLINED);
      assertThat(original.messageId()).contains(messageId);
    });
    // The originals quote "550 5.7.1 other@...", "451 4.7.1 carol@...", "5.0.0 of 5", "2.0.8": none counts.
    assertThat(bounce.recipients()).flatExtracting(RecipientResult::candidates)
        .allSatisfy(candidate -> assertThat(candidate.text()).doesNotContain("other@", "carol@", "of 5", "2.0.8"));
  }

  @Test
  void postfixsNoticeSentenceEndingInReturnedBelowDoesNotCutTheBounce() {
    // Postfix's notice wraps "You can / delete your own text from the message returned below." over two lines;
    // the second line looks like a marker but continues a sentence, so the recipient after it still counts.
    Bounce bounce = Fixtures.readText("From: MAILER-DAEMON@relay.example.net\nSubject: Undelivered Mail Returned to"
        + " Sender\n\nThis is the mail system at host relay.example.net.\n\n"
        + "For further assistance, please contact <postmaster@relay.example.net>\n\n"
        + "If you do so, please include this problem report. You can\n"
        + "delete your own text from the attached returned message below.\n\n"
        + "<reader@far.example>: host mx.far.example[192.0.2.7] said: 550 5.1.1 No such user (in reply to RCPT TO"
        + " command)\n");

    assertThat(bounce.recipients()).extracting(RecipientResult::recipient).containsExactly("reader@far.example");
    assertThat(bounce.recipients().get(0).status()).hasValueSatisfying(code -> assertThat(code).hasToString("5.1.1"));
  }

  @Test
  void aMarkerLineAfterAFinishedSentenceStillCutsTheBounce() {
    Bounce bounce = Fixtures.readText("From: MAILER-DAEMON@relay.example.net\nSubject: Delivery failure\n\n"
        + "<reader@far.example>: 550 5.1.1 No such user\nYour message was not delivered.\n"
        + "Original message follows.\nReceived: from a.example\nTo: <other@else.example>\n\n"
        + "550 5.7.1 <other@else.example> quoted in the original\n");

    assertThat(bounce.recipients()).extracting(RecipientResult::recipient).containsExactly("reader@far.example");
  }

  @Test
  void qmailsCodeInItsTextIsTheStatus() {
    RecipientResult archive = Fixtures.read("qmail.eml").recipients().get(1);

    assertThat(archive.candidates()).singleElement().satisfies(candidate -> {
      assertThat(candidate.reply()).isEmpty();
      assertThat(candidate.text()).isEqualTo("This message is looping: it already has my Delivered-To line. (#5.4.6)");
    });
  }

  @Test
  void sendmailTranscriptRepliesAreNamedByTheirRecipient() {
    RecipientResult ta = Fixtures.read("sendmail-transcript.eml").recipients().get(1);

    assertThat(ta.candidates()).extracting(candidate -> candidate.reply().orElseThrow().text())
        .allSatisfy(text -> assertThat(text).contains("<ta@campus.example>"));
  }

  @Test
  void eximsFailedRecipientsHeaderNamesTheRecipients() {
    String message = "From: Mail Delivery System <Mailer-Daemon@mx.example.org>\nX-Failed-Recipients: only@far.example\n"
        + "Subject: Mail delivery failed\n\n  other@far.example\n    550 5.1.1 No such user\n";

    Bounce bounce = Fixtures.readText(message);

    assertThat(bounce.recipients()).extracting(RecipientResult::toString)
        .containsExactly("only@far.example: - 5.1.1 (PROSE) 550 No such user");
  }

  @Test
  void theBouncesOwnAddressesAreNotRecipientsOfRunningText() {
    String message = "From: postmaster@mx.example.org\nTo: sender@example.com\nSubject: Undeliverable\n\n"
        + "Hello sender@example.com, your message to dest@far.example was refused: 550 5.7.1 Blocked.\n"
        + "Questions: write to help@mx.example.org.\n";

    Bounce bounce = Fixtures.readText(message);

    assertThat(bounce.recipients()).extracting(RecipientResult::toString)
        .containsExactly("dest@far.example: - 5.7.1 (PROSE) 550 Blocked.");
  }

  @Test
  void aBounceNamingNoRecipientFallsBackToTheReturnedTo() {
    String message = "From: Mail Delivery Subsystem <MAILER-DAEMON@old.example.com>\nSubject: Returned mail\n\n"
        + "   ----- Transcript of session follows -----\n421 far.example (smtp)... Deferred: Connection timed out\n\n"
        + "   ----- Unsent message follows -----\nReceived: by old.example.com\nFrom: me@example.com\n"
        + "To: you@far.example\nSubject: Hi\n\nHi\n";

    Bounce bounce = Fixtures.readText(message);

    assertThat(bounce.recipients()).singleElement().satisfies(recipient -> {
      assertThat(recipient.recipient()).isEqualTo("you@far.example");
      assertThat(recipient.replyCode()).hasValue(421);
      assertThat(recipient.findings()).extracting(BounceFinding::kind).containsExactly(BounceFinding.Kind.RECIPIENT_INFERRED);
    });
  }

  @Test
  void aPersonForwardingABounceQuotesItAndItIsStillRead() {
    String message = "From: Ada <ada@example.com>\nTo: it@example.com\nSubject: Fwd: Returned mail\n\nSee below.\n\n"
        + "> From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.com>\n> Subject: Returned mail\n>\n"
        + ">    ----- The following addresses had permanent fatal errors -----\n> <gone@far.example>\n"
        + ">     (reason: 550 5.1.1 <gone@far.example>... User unknown)\n";

    Bounce bounce = Fixtures.readText(message);

    assertThat(bounce.kind()).isEqualTo(BounceKind.PROSE_BOUNCE);
    assertThat(bounce.recipients()).extracting(result -> result.recipient() + " " + result.status().orElseThrow())
        .containsExactly("gone@far.example 5.1.1");
  }

  @Test
  void htmlOnlyBouncesAreReadAsText() {
    String message = "From: MAILER-DAEMON@provider.example\nSubject: Undeliverable\nContent-Type: text/html\n\n"
        + "<html><body><p>Delivery to <b>dest@far.example</b> failed:</p><p>550&nbsp;5.1.1 &lt;dest@far.example&gt;"
        + " unknown</p></body></html>\n";

    Bounce bounce = Fixtures.readText(message);

    assertThat(bounce.recipients()).extracting(result -> result.recipient() + " " + result.status().orElseThrow())
        .containsExactly("dest@far.example 5.1.1");
  }
}
