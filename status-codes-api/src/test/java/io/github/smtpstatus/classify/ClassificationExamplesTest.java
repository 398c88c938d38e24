package io.github.smtpstatus.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.SmtpReply;
import io.github.smtpstatus.StatusCode;
import org.junit.jupiter.api.Test;

/** The examples of README.md and docs/CLASSIFICATION.md, statement by statement, so the docs cannot drift. */
class ClassificationExamplesTest {

  private static final Classifier CLASSIFIER = Classifier.standard();

  @Test
  void aMicrosoftBan() {
    Classification c = CLASSIFIER.classify(SmtpReply.parse("550 5.7.606 Access denied, banned sending IP [192.0.2.1]"));

    assertThat(c.reason()).isEqualTo(BounceReason.BLOCKED);
    assertThat(c.action()).isEqualTo(SenderAction.FIX_SENDER);
    assertThat(c.addressDead()).isFalse();
    assertThat(c.provider()).hasValue("Microsoft 365");
    assertThat(c.providerMeaning()).hasValueSatisfying(meaning -> assertThat(meaning)
        .startsWith("The sending IP address is banned; removal can be requested"));
    assertThat(c.decidedBy()).isEqualTo("microsoft.csv:49");
    assertThat(c).hasToString("BLOCKED (fix sender), permanent; provider Microsoft 365; rule microsoft.csv:49 decided");
  }

  @Test
  void theTextOverridesTheCodeAlone() {
    assertThat(CLASSIFIER.classify(StatusCode.parse("5.1.1"), 550, "5.1.1 Rate limit exceeded, try again later",
        "mx.example.net").reason()).isEqualTo(BounceReason.RATE_LIMITED);
  }

  @Test
  void googleTellsOneCodeApartByTheText() {
    assertThat(CLASSIFIER.classify(StatusCode.parse("5.2.1"), 550,
        "The email account that you tried to reach is disabled.", null).reason()).isEqualTo(BounceReason.MAILBOX_DISABLED);
    Classification rate = CLASSIFIER.classify(StatusCode.parse("5.2.1"), 550,
        "The user you are trying to contact is receiving mail at a rate that prevents additional messages", null);
    assertThat(rate.reason()).isEqualTo(BounceReason.RATE_LIMITED);
    assertThat(rate.provider()).hasValue("Google");
  }

  @Test
  void anUnknownUserOfTheClassifierJavadoc() {
    assertThat(CLASSIFIER.classify(SmtpReply.parse("550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown")))
        .hasToString("USER_UNKNOWN (remove address), permanent, address dead; rule iana.csv:4 decided");
  }

  @Test
  void aBuilderOfOneRuleBeforeTheShippedOnes() {
    Classifier classifier = Classifier.builder()
        .add(ClassificationRule.builder("acme:throttle")
            .phrase("acme throttle").reason(BounceReason.RATE_LIMITED).label("acme-throttle").build())
        .addAll(Classifier.standard())
        .build();

    assertThat(classifier.classify(null, 451, "Acme throttle in effect", null))
        .hasToString("RATE_LIMITED (retry later), transient; label acme-throttle; rule acme:throttle decided");
  }

  @Test
  void theShippedSetHasTheSizeTheDocsGive() {
    assertThat(CLASSIFIER).hasToString(
        "Classifier(581 rules, 401 phrases, 5586 automaton states, alphabet [#, ', -, ., 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, :,"
            + " [, ], _, a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z, |])");
  }
}
