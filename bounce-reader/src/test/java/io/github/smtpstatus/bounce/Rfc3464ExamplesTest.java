package io.github.smtpstatus.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.StatusCode;
import org.junit.jupiter.api.Test;

/** The examples of RFC 3464 section 10 (the simple DSN of 10.1, the multi-recipient DSN of 10.2). */
class Rfc3464ExamplesTest {

  private final Bounce simple = Fixtures.read("rfc3464-simple.eml");
  private final Bounce multi = Fixtures.read("rfc3464-multi.eml");

  @Test
  void simpleDsnIsADeliveryStatusNotificationFromItsReportingMta() {
    assertThat(simple.kind()).isEqualTo(BounceKind.DELIVERY_STATUS_NOTIFICATION);
    assertThat(simple.reportingMta()).contains("cs.utk.edu");
    assertThat(simple.arrivalDate()).isEmpty();
    assertThat(simple.findings()).isEmpty();
  }

  @Test
  void simpleDsnGivesTheRecipientWithEveryField() {
    assertThat(simple.recipients()).singleElement().satisfies(recipient -> {
      assertThat(recipient.recipient()).isEqualTo("louisl@larry.slip.umd.edu");
      assertThat(recipient.addressType()).isEqualTo("rfc822");
      assertThat(recipient.originalRecipient()).contains("louisl@larry.slip.umd.edu");
      assertThat(recipient.action()).contains(Action.FAILED);
      assertThat(recipient.lastAttemptDate()).contains("Thu, 7 Jul 1994 17:15:49 -0400");
      assertThat(recipient.remoteMta()).isEmpty();
      assertThat(recipient.diagnostic()).hasValueSatisfying(diagnostic -> {
        assertThat(diagnostic.type()).isEqualTo("smtp");
        assertThat(diagnostic.text()).isEqualTo("426 connection timed out");
      });
    });
  }

  @Test
  void simpleDsnTakesTheStatusFieldWhenTheReplyHasNoEnhancedCode() {
    RecipientResult recipient = simple.recipients().get(0);
    assertThat(recipient.status()).contains(StatusCode.parse("4.0.0"));
    assertThat(recipient.statusEvidence()).contains(Evidence.STATUS_FIELD);
    assertThat(recipient.replyCode()).hasValue(426);
    assertThat(recipient.candidates()).extracting(StatusCandidate::toString)
        .containsExactly("STATUS_FIELD 4.0.0: 4.0.0", "DIAGNOSTIC_REPLY -: 426 connection timed out");
    assertThat(recipient.findings()).isEmpty();
  }

  @Test
  void simpleDsnReturnsAMessageWithoutHeadersSoNoOriginalIsReported() {
    // "[original message goes here]" is a body line, not a header: nothing identifies the original.
    assertThat(simple.original()).isEmpty();
  }

  @Test
  void multiRecipientDsnGivesTheThreeRecipientsInReportOrder() {
    assertThat(multi.recipients()).extracting(RecipientResult::recipient)
        .containsExactly("arathib@vnet.ibm.com", "johnh@hpnjld.njd.hp.com", "wsnell@sdcc13.ucsd.edu");
    assertThat(multi.recipients()).extracting(result -> result.action().orElseThrow())
        .containsExactly(Action.FAILED, Action.DELAYED, Action.FAILED);
    assertThat(multi.recipients()).extracting(result -> result.status().orElseThrow().toString())
        .containsExactly("5.0.0", "4.0.0", "5.0.0");
  }

  @Test
  void multiRecipientDsnUnfoldsTheDiagnosticAndReadsItsReply() {
    RecipientResult first = multi.recipients().get(0);
    assertThat(first.diagnostic().orElseThrow().text())
        .isEqualTo("550 'arathib@vnet.IBM.COM' is not a  registered gateway user");
    assertThat(first.replyCode()).hasValue(550);
    assertThat(first.remoteMta()).contains("vnet.ibm.com");
  }

  @Test
  void multiRecipientDsnKeepsTheStatusCommentOutOfTheCode() {
    RecipientResult delayed = multi.recipients().get(1);
    assertThat(delayed.candidates()).singleElement()
        .satisfies(candidate -> assertThat(candidate.text()).isEqualTo("4.0.0 (hpnjld.njd.jp.com: host name lookup failure)"));
    assertThat(delayed.diagnostic()).isEmpty();
    assertThat(delayed.reply()).isEmpty();
  }
}
