package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.acme.bounces.AcmeRules;
import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.classify.BounceReason;
import io.github.smtpstatus.classify.Classification;
import io.github.smtpstatus.classify.Classifier;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcmeRulesTest {

  private static final Classifier ACME = AcmeRules.classifier();

  @Test
  void anOwnRuleOverridesTheShippedMicrosoftRuleAndSaysSo() {
    Classification classification = ACME.classify(StatusCode.parse("5.7.606"), 550,
        "Access denied, banned sending IP [192.0.2.1]", null);

    assertEquals(BounceReason.RATE_LIMITED, classification.reason());
    assertEquals("acme.csv:2", classification.decidedBy());
    assertEquals(Optional.of("acme-ms-ban-is-temporary"), classification.label());
    assertEquals(BounceReason.BLOCKED,
        Classifier.standard().classify(StatusCode.parse("5.7.606"), 550, "Access denied", null).reason());
  }

  @Test
  void anOwnPhraseAddsAReasonTheShippedRulesDoNotKnow() {
    assertEquals("acme.csv:3", ACME.classify(null, 451, "451 Acme Throttle in effect", null).decidedBy());
  }

  @Test
  void theShippedRulesDecideWhereNoOwnRuleMatches() {
    Classification classification = ACME.classify(StatusCode.parse("5.1.1"), 550, "No such user", null);

    assertEquals(BounceReason.USER_UNKNOWN, classification.reason());
    assertEquals(true, classification.addressDead());
    assertEquals(Classifier.standard().rules().size() + 2, ACME.rules().size());
  }
}
