package io.github.smtpstatus.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.SmtpReply;
import org.junit.jupiter.api.Test;

/** Classifications and rules are values: equal when what they say is equal, so callers can count and compare them. */
class ClassificationValuesTest {

  private static Classification classify(String reply) {
    return Classifier.standard().classify(SmtpReply.parse(reply));
  }

  @Test
  void classificationsAreEqualWhenReasonPermanenceAndRuleAre() {
    Classification unknown = classify("550 5.1.1 User unknown");

    assertThat(unknown).isEqualTo(classify("550 5.1.1 No such user"))
        .hasSameHashCodeAs(classify("550 5.1.1 No such user"))
        .isNotEqualTo(classify("450 4.1.1 Try again later"))
        .isNotEqualTo(classify("552 5.2.2 Mailbox full"))
        .isNotEqualTo(unknown.reason());
    assertThat(unknown.hashCode()).isNotEqualTo(classify("552 5.2.2 Mailbox full").hashCode());
  }

  @Test
  void theSameReasonByAnotherRuleIsAnotherClassification() {
    Classifier classifier = Classifier.builder()
        .add(ClassificationRule.builder("mine:1").code("5.1.1").reason(BounceReason.USER_UNKNOWN).build())
        .add(ClassificationRule.builder("mine:2").code("5.1.2").reason(BounceReason.USER_UNKNOWN).build())
        .build();

    Classification first = classifier.classify(SmtpReply.parse("550 5.1.1 User unknown"));
    Classification second = classifier.classify(SmtpReply.parse("550 5.1.2 User unknown"));

    assertThat(first.reason()).isEqualTo(second.reason());
    assertThat(first.permanence()).isEqualTo(second.permanence());
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void rulesAreEqualWhenBuiltAlike() {
    ClassificationRule rule = ClassificationRule.builder("acme:throttle").phrase("acme throttle")
        .reason(BounceReason.RATE_LIMITED).label("acme-throttle").build();
    ClassificationRule same = ClassificationRule.builder("acme:throttle").phrase("acme throttle")
        .reason(BounceReason.RATE_LIMITED).label("acme-throttle").build();
    ClassificationRule other = ClassificationRule.builder("acme:throttle").phrase("acme throttle")
        .reason(BounceReason.RATE_LIMITED).label("acme-slow").build();

    ClassificationRule elsewhere = ClassificationRule.builder("acme:slow").phrase("acme throttle")
        .reason(BounceReason.RATE_LIMITED).label("acme-throttle").build();

    assertThat(rule).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other).isNotEqualTo(elsewhere);
    assertThat(rule.hashCode()).isNotEqualTo(elsewhere.hashCode());
  }
}
