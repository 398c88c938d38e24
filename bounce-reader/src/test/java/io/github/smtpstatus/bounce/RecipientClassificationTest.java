package io.github.smtpstatus.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.classify.BounceReason;
import io.github.smtpstatus.classify.Classification;
import io.github.smtpstatus.classify.ClassificationRule;
import io.github.smtpstatus.classify.Classifier;
import io.github.smtpstatus.classify.SenderAction;
import org.junit.jupiter.api.Test;

/** Every recipient's {@link RecipientResult#classification()}: the reader's classifier on its evidence. */
class RecipientClassificationTest {

  private static final String DSN = "From: MAILER-DAEMON@mx.example.net\nSubject: Undelivered Mail\n"
      + "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
      + "--b\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n"
      + "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n"
      + "Final-Recipient: rfc822; gone@example.org\nAction: failed\nStatus: 5.0.0\n"
      + "Remote-MTA: dns; mx.example.org\nDiagnostic-Code: smtp; %s\n\n--b--\n";

  private static RecipientResult first(Bounce bounce) {
    return bounce.recipients().get(0);
  }

  @Test
  void aRecipientIsClassifiedByTheChosenStatusReplyAndDiagnostic() {
    Classification got = first(Fixtures.readText(String.format(DSN, "550 5.1.1 <gone@example.org>: User unknown")))
        .classification();

    assertThat(got.reason()).isEqualTo(BounceReason.USER_UNKNOWN);
    assertThat(got.addressDead()).isTrue();
  }

  @Test
  void theDiagnosticsTextOverridesWhatTheCodeAloneWouldSay() {
    Classification got = first(Fixtures.readText(String.format(DSN,
        "550 5.1.1 Rate limit exceeded, try again later"))).classification();

    assertThat(got.reason()).isEqualTo(BounceReason.RATE_LIMITED);
    assertThat(got.addressDead()).isFalse();
  }

  @Test
  void everyRecipientOfAReportHasItsOwnClassification() {
    Bounce bounce = Fixtures.read("rfc3464-multi.eml");

    assertThat(bounce.recipients()).allSatisfy(recipient -> assertThat(recipient.classification()).isNotNull());
    assertThat(bounce.recipients().get(2).classification().reason()).isEqualTo(BounceReason.USER_UNKNOWN);
  }

  @Test
  void theReaderUsesTheClassifierItWasBuiltWith() {
    Classifier own = Classifier.builder()
        .add(ClassificationRule.builder("test:1").phrase("user unknown").reason(BounceReason.MAILBOX_DISABLED)
            .label("acme-suspended").build())
        .addAll(Classifier.standard())
        .build();
    BounceReader reader = BounceReader.builder().classifier(own).build();

    Classification got = first(reader.read(String.format(DSN, "550 5.1.1 <gone@example.org>: User unknown")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8))).classification();

    assertThat(got.decidedBy()).isEqualTo("test:1");
    assertThat(got.label()).contains("acme-suspended");
  }

  @Test
  void theDefaultClassifierIsTheStandardOne() {
    RecipientResult recipient = first(Fixtures.readText(String.format(DSN, "550 5.7.606 Access denied, banned"
        + " sending IP [192.0.2.1]")));

    assertThat(recipient.classification()).isEqualTo(Classifier.standard().classify(recipient.status().orElseThrow(),
        550, recipient.diagnosticText(), "mx.example.org", "example.org"));
  }

  @Test
  void aProseBounceWithoutAReplyIsJudgedByWhatItsTextSaysOfTheRecipient() {
    Bounce bounce = Fixtures.readText("From: MAILER-DAEMON@mx.example.net\nSubject: Delivery failure\n\n"
        + "Your message to <lost@nowhere.example> could not be delivered:\n\n"
        + "The domain nowhere.example does not exist (host not found).\n");

    assertThat(bounce.kind()).isEqualTo(BounceKind.PROSE_BOUNCE);
    assertThat(first(bounce).reply()).isEmpty();
    assertThat(first(bounce).classification().reason()).isEqualTo(BounceReason.HOST_UNKNOWN);
  }

  private static final String REPORT = "From: MAILER-DAEMON@mx.example.net\nSubject: Undelivered Mail\n"
      + "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
      + "--b\nContent-Type: text/plain\n\n%s\n\n"
      + "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n"
      + "Final-Recipient: rfc822; gone@example.org\nAction: %s\nStatus: %s\n%s\n--b--\n";

  private static Classification ofReport(String prose, String action, String status, String diagnostic) {
    return first(Fixtures.readText(String.format(REPORT, prose, action, status, diagnostic))).classification();
  }

  @Test
  void aStatusWithoutTextIsJudgedWithWhatTheProseSaysOfTheRecipient() {
    Classification got = ofReport("Delivery to gone@example.org failed: the mailbox is full.", "failed", "5.0.0",
        "Diagnostic-Code: smtp; 5.0.0");

    assertThat(got.reason()).isEqualTo(BounceReason.MAILBOX_FULL);
  }

  @Test
  void anUndeterminedReplyIsJudgedWithWhatTheProseSaysOfTheRecipient() {
    Classification got = ofReport("** Address not found **\n\nYour message wasn't delivered to gone@example.org"
        + " because the address couldn't be found.", "failed", "5.1.0", "Diagnostic-Code: smtp; 550 #5.1.0 Address"
        + " rejected.");

    assertThat(got.reason()).isEqualTo(BounceReason.USER_UNKNOWN);
  }

  @Test
  void anExactStatusWithoutTextKeepsItsMeaningWhateverTheProseAdds() {
    Classification got = ofReport("We could not connect to the host of gone@example.org: connection timed out.",
        "failed", "4.4.7", "");

    assertThat(got.reason()).isEqualTo(BounceReason.EXPIRED);
  }

  @Test
  void aFinalFailureWithNoAnswerFromTheHostIsDeliveryTimeExpired() {
    String diagnostic = "Diagnostic-Code: X-Postfix; connect to mx.example.org[192.0.2.1]:25: Connection timed out";

    assertThat(ofReport("Delivery failed.", "failed", "4.4.1", diagnostic).reason()).isEqualTo(BounceReason.EXPIRED);
    assertThat(ofReport("Delivery delayed.", "delayed", "4.4.1", diagnostic).reason())
        .isEqualTo(BounceReason.NETWORK_ERROR);
  }

  @Test
  void aFinalReportOfATransientConnectionFailureIsDeliveryTimeExpired() {
    String diagnostic = "Diagnostic-Code: smtp; 426 connection timed out";

    assertThat(ofReport("Delivery failed.", "failed", "4.0.0", diagnostic).reason()).isEqualTo(BounceReason.EXPIRED);
  }

  @Test
  void aDelayNoticeOfATransientConnectionFailureStaysANetworkError() {
    String diagnostic = "Diagnostic-Code: smtp; 426 connection timed out";

    assertThat(ofReport("Delivery delayed.", "delayed", "4.0.0", diagnostic).reason())
        .isEqualTo(BounceReason.NETWORK_ERROR);
  }

  @Test
  void aFinalReportOfADnsFailureStaysANetworkError() {
    String diagnostic = "Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of example.org responded with code"
        + " SERVFAIL";

    Classification got = ofReport("Delivery failed.", "failed", "4.0.0", diagnostic);

    assertThat(got.reason()).isEqualTo(BounceReason.NETWORK_ERROR);
    assertThat(got.label()).contains(ResultClassifier.DNS_FAILURE);
  }

  @Test
  void aProseBounceThatGivesUpOnAnUnreachableHostIsDeliveryTimeExpired() {
    Bounce bounce = Fixtures.readText("From: MAILER-DAEMON@mx.example.net\nSubject: Delivery failure\n\n"
        + "Delivery to the following recipient failed permanently:\n\n     gone@example.org\n\n"
        + "Technical details of permanent failure:\nThe recipient server did not accept our requests to connect.\n");

    assertThat(bounce.kind()).isEqualTo(BounceKind.PROSE_BOUNCE);
    assertThat(first(bounce).classification().reason()).isEqualTo(BounceReason.EXPIRED);
  }

  @Test
  void aFinalReportWithAPermanentReplyKeepsItsNetworkVerdict() {
    String diagnostic = "Diagnostic-Code: smtp; 554 connection timed out";

    assertThat(ofReport("Delivery failed.", "failed", "5.4.0", diagnostic).reason())
        .isEqualTo(BounceReason.NETWORK_ERROR);
  }

  @Test
  void aProseReplyIsJudgedWithTheCommandItAnswered() {
    Bounce bounce = Fixtures.readText("From: MAILER-DAEMON@mx.example.net\nSubject: Undelivered Mail\n\n"
        + "<gone@example.org>: host mx.example.org[192.0.2.1] said: 550 User unknown (in reply to end of DATA"
        + " command)\n");

    assertThat(first(bounce).reply().orElseThrow().text()).isEqualTo("User unknown");
    assertThat(first(bounce).classification().reason()).isEqualTo(BounceReason.FILTERED);
  }

  @Test
  void aFeedbackReportIsAComplaint() {
    Classification got = first(Fixtures.read("arf.eml")).classification();

    assertThat(got.reason()).isEqualTo(BounceReason.COMPLAINT);
    assertThat(got.action()).isEqualTo(SenderAction.STOP_SENDING);
  }

  @Test
  void anAutomaticReplyIsAnAutoReply() {
    assertThat(first(Fixtures.read("autoreply.eml")).classification().reason()).isEqualTo(BounceReason.AUTO_REPLY);
  }

  @Test
  void anAutomaticReplyKnownOnlyByItsAutoSubmittedHeaderIsAnAutoReply() {
    Bounce bounce = Fixtures.readText("From: Dana <dana@partner.example>\nTo: sales@example.com\nSubject: Re: Quote\n"
        + "Auto-Submitted: auto-replied\n\nThanks, your request has been received.\n");

    assertThat(bounce.kind()).isEqualTo(BounceKind.AUTO_REPLY);
    assertThat(first(bounce).classification().reason()).isEqualTo(BounceReason.AUTO_REPLY);
  }

  @Test
  void aNullClassifierIsRefused() {
    assertThatThrownBy(() -> BounceReader.builder().classifier(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("classifier == null");
  }
}
