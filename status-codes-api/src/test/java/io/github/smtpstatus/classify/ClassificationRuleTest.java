package io.github.smtpstatus.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassificationRuleTest {

  @Test
  void aRuleKeepsItsConditionsInCanonicalFormAndItsOutcome() {
    ClassificationRule rule = ClassificationRule.builder("acme.csv:12")
        .code("x.7.606-649").replyCode("5xx").phrase("banned sending IP").host("Protection.Outlook.com")
        .reason(BounceReason.BLOCKED).provider("Microsoft 365").meaning("The sending IP address is banned.")
        .label("acme-banned").source("https://example.com/doc").build();

    assertThat(rule.origin()).isEqualTo("acme.csv:12");
    assertThat(rule.code()).hasValue("X.7.606-649");
    assertThat(rule.replyCode()).hasValue("5XX");
    assertThat(rule.phrases()).containsExactly("banned sending IP");
    assertThat(rule.host()).hasValue("protection.outlook.com");
    assertThat(rule.provider()).hasValue("Microsoft 365");
    assertThat(rule.meaning()).hasValue("The sending IP address is banned.");
    assertThat(rule.label()).hasValue("acme-banned");
    assertThat(rule.source()).hasValue("https://example.com/doc");
    assertThat(rule).hasToString("acme.csv:12: code X.7.606-649, reply 5XX, phrase \"banned sending IP\", "
        + "host protection.outlook.com -> BLOCKED");
  }

  @Test
  void aRuleWithoutAConditionIsRefused() {
    assertThatThrownBy(() -> ClassificationRule.builder("a:1").reason(BounceReason.BLOCKED).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rule a:1 has no condition, so it would match every failure");
  }

  @Test
  void aRuleWithoutAReasonIsRefused() {
    assertThatThrownBy(() -> ClassificationRule.builder("a:1").phrase("x").build())
        .isInstanceOf(IllegalStateException.class).hasMessage("rule a:1 has no reason");
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(delimiter = '|', value = {
      "'   '            | is blank",
      "' user unknown'  | starts or ends with whitespace",
      "'...'            | has no letter or digit",
      "'caf\u00e9'      | contains the character U+00E9 at index 3; phrases are printable ASCII, since text outside ASCII never matches a phrase character",
      "'a\tb'           | contains the character U+0009 at index 1; phrases are printable ASCII, since text outside ASCII never matches a phrase character",
  })
  void phrasesThatCouldNeverMatchAreRefused(String phrase, String reason) {
    assertThatThrownBy(() -> ClassificationRule.builder("a:1").phrase(phrase))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid phrase \"" + phrase + "\": " + reason);
  }

  @Test
  void aPhraseOfMoreThanTwoHundredCharactersIsRefused() {
    assertThatThrownBy(() -> ClassificationRule.builder("a:1").phrase("x".repeat(201)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(": is longer than 200 characters");
  }

  @Test
  void blankTextsAndOriginsAreRefused() {
    assertThatThrownBy(() -> ClassificationRule.builder(" ")).hasMessage("origin is blank");
    assertThatThrownBy(() -> ClassificationRule.builder("a:1").label(" ")).hasMessage("label is blank");
    assertThatThrownBy(() -> ClassificationRule.builder("a:1").provider(null)).hasMessage("provider == null");
  }

  @Test
  void rulesAreEqualWhenOriginConditionsAndOutcomeAre() {
    ClassificationRule a = ClassificationRule.builder("a:1").code("5.1.1").reason(BounceReason.USER_UNKNOWN).build();
    ClassificationRule b = ClassificationRule.builder("a:1").code("5.1.1").reason(BounceReason.USER_UNKNOWN).build();
    ClassificationRule c = ClassificationRule.builder("a:2").code("5.1.1").reason(BounceReason.USER_UNKNOWN).build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
  }
}
