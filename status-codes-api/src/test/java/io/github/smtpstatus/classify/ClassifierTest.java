package io.github.smtpstatus.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.SmtpReply;
import io.github.smtpstatus.StatusCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ClassifierTest {

  private static ClassificationRule.Builder rule(String origin) {
    return ClassificationRule.builder(origin);
  }

  private static Classifier of(ClassificationRule... rules) {
    Classifier.Builder builder = Classifier.builder();
    for (ClassificationRule rule : rules) {
      builder.add(rule);
    }
    return builder.build();
  }

  private static StatusCode code(String text) {
    return text == null ? null : StatusCode.parse(text);
  }

  @Test
  void theFirstRuleWhoseConditionsAllHoldDecides() {
    Classifier classifier = of(
        rule("a:1").phrase("rate limit").reason(BounceReason.RATE_LIMITED).build(),
        rule("a:2").code("X.1.1").reason(BounceReason.USER_UNKNOWN).build());

    assertThat(classifier.classify(code("5.1.1"), 550, "Rate limit exceeded, try later", null).decidedBy()).isEqualTo("a:1");
    assertThat(classifier.classify(code("5.1.1"), 550, "No such user", null).decidedBy()).isEqualTo("a:2");
  }

  @Test
  void anEarlierRuleWinsOverALaterOneWhateverTheTextOrderOfTheirPhrases() {
    Classifier classifier = of(
        rule("a:1").phrase("blocked").reason(BounceReason.BLOCKED).build(),
        rule("a:2").phrase("user unknown").reason(BounceReason.USER_UNKNOWN).build());

    assertThat(classifier.classify(null, 0, "user unknown, and blocked", null).decidedBy()).isEqualTo("a:1");
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" matches: {1}")
  @CsvSource(delimiter = '|', value = {
      "550 5.1.1 <a@b>: User unknown       | true",
      "USER UNKNOWN                        | true",
      "<User  Unknown>                     | true",
      "user\tunknown.                      | true",
      "user\u00a0unknown                   | true",
      "superuser unknown                   | false",
      "user unknowns                       | false",
      "user_unknown                        | false",
      "useR-unknown                        | false",
      "\u00fcser unknown                   | false",
      "user unknown\u00e9                  | false",
      "user unknow                         | false",
  })
  void phrasesMatchWithoutCaseOnWordBoundariesWithAnyWhitespaceRun(String text, boolean matches) {
    Classifier classifier = of(rule("a:1").phrase("user unknown").reason(BounceReason.USER_UNKNOWN).build());

    assertThat(classifier.classify(null, 0, text.strip(), null).rule().isPresent()).isEqualTo(matches);
  }

  @Test
  void aLineBreakAndItsIndentationAreOneWhitespaceRun() {
    Classifier classifier = of(rule("a:1").phrase("user unknown").reason(BounceReason.USER_UNKNOWN).build());

    assertThat(classifier.classify(null, 0, "550 user\r\n    unknown", null).decidedBy()).isEqualTo("a:1");
  }

  @ParameterizedTest(name = "[{index}] phrase \"{0}\" in \"{1}\": {2}")
  @CsvSource(delimiter = ';', value = {
      "[TSS04]          ; 421 4.7.0 [TSS04] Messages deferred ; true",
      "[TSS04]          ; 421 4.7.0 [TSS044] deferred         ; false",
      "550 : user unknown ; 550 : User unknown                ; true",
      "550 : user unknown ; 550 <x>: User unknown             ; false",
      "pipe to |        ; pipe to |/usr/bin/procmail          ; true",
      "5.7.1            ; 550 5.7.1 refused                   ; true",
      "5.7.1            ; 550 5.7.10 refused                  ; false",
      "can't            ; I can't deliver                     ; true",
  })
  void phrasesWithPunctuationMatchTheirPunctuationExactly(String phrase, String text, boolean matches) {
    Classifier classifier = of(rule("a:1").phrase(phrase).reason(BounceReason.BLOCKED).build());

    assertThat(classifier.classify(null, 0, text, null).rule().isPresent()).isEqualTo(matches);
  }

  @Test
  void aRuleWithSeveralPhrasesNeedsAllOfThemInAnyOrder() {
    Classifier classifier = of(
        rule("a:1").phrase("user unknown").phrase("end of data").reason(BounceReason.FILTERED).build(),
        rule("a:2").phrase("user unknown").reason(BounceReason.USER_UNKNOWN).build());

    assertThat(classifier.classify(null, 550, "550 User unknown (in reply to end of DATA command)", null).reason())
        .isEqualTo(BounceReason.FILTERED);
    assertThat(classifier.classify(null, 550, "after end of data: 550 user unknown", null).reason())
        .isEqualTo(BounceReason.FILTERED);
    assertThat(classifier.classify(null, 550, "550 User unknown (in reply to RCPT TO command)", null).reason())
        .isEqualTo(BounceReason.USER_UNKNOWN);
  }

  @ParameterizedTest(name = "[{index}] {0} against {1}: {2}")
  @CsvSource({
      "X.1.1, 5.1.1, true",
      "X.1.1, 4.1.1, true",
      "X.1.1, 2.1.1, true",
      "5.1.1, 4.1.1, false",
      "X.1.1, 5.1.10, false",
      "5.7.606-649, 5.7.606, true",
      "5.7.606-649, 5.7.649, true",
      "5.7.606-649, 5.7.650, false",
      "5.7.606-649, 5.7.605, false",
      "X.7.XXX, 4.7.999, true",
      "X.7.XXX, 5.6.0, false",
      "5.XXX.XXX, 5.123.4, true",
      "5.XXX.XXX, 4.1.1, false",
      "X.1.1, , false",
  })
  void codeConditionsMatchClassSubjectAndDetail(String condition, String code, boolean matches) {
    Classifier classifier = of(rule("a:1").code(condition).reason(BounceReason.BLOCKED).build());

    assertThat(classifier.classify(code(code), 0, null, null).rule().isPresent()).isEqualTo(matches);
  }

  @ParameterizedTest(name = "[{index}] {0} against {1}: {2}")
  @CsvSource({"550, 550, true", "550, 551, false", "5XX, 599, true", "5XX, 421, false", "550, 0, false"})
  void replyConditionsMatchOneCodeOrAClass(String condition, int reply, boolean matches) {
    Classifier classifier = of(rule("a:1").replyCode(condition).reason(BounceReason.BLOCKED).build());

    assertThat(classifier.classify(null, reply, null, null).rule().isPresent()).isEqualTo(matches);
  }

  @ParameterizedTest(name = "[{index}] {0}: {1}")
  @CsvSource({
      "google.com, true",
      "GOOGLE.COM., true",
      "aspmx.l.google.com, true",
      "notgoogle.com, false",
      "google.com.evil.example, false",
      "com, false",
  })
  void hostConditionsMatchDomainSuffixesOnLabelBoundaries(String host, boolean matches) {
    Classifier classifier = of(rule("a:1").host("google.com").reason(BounceReason.BLOCKED).build());

    assertThat(classifier.classify(null, 0, null, host).rule().isPresent()).isEqualTo(matches);
  }

  @Test
  void hostConditionsMatchTheRemoteHostOrTheRecipientDomain() {
    Classifier classifier = of(rule("a:1").host("ezweb.ne.jp").reason(BounceReason.FILTERED).build());

    assertThat(classifier.classify(null, 550, "x", "mx.example.net", "ezweb.ne.jp").decidedBy()).isEqualTo("a:1");
    assertThat(classifier.classify(null, 550, "x", "lsean.ezweb.ne.jp", null).decidedBy()).isEqualTo("a:1");
    assertThat(classifier.classify(null, 550, "x", "mx.example.net", "example.org").rule()).isEmpty();
  }

  @Test
  void withoutAMatchingRuleAFailureIsUndeterminedAndASuccessDelivered() {
    Classifier classifier = of(rule("a:1").phrase("never here").reason(BounceReason.BLOCKED).build());

    assertThat(classifier.classify(code("5.9.9"), 550, "x", null).toString())
        .isEqualTo("UNDETERMINED (investigate), permanent; no rule matched");
    assertThat(classifier.classify(null, 250, "ok", null).reason()).isEqualTo(BounceReason.DELIVERED);
  }

  @ParameterizedTest(name = "[{index}] code {0}, reply {1}: {2}")
  @CsvSource({
      "5.1.1, 550, PERMANENT",
      "4.1.1, 550, TRANSIENT",
      "2.1.5, 250, SUCCESS",
      ", 451, TRANSIENT",
      ", 554, PERMANENT",
      ", 250, SUCCESS",
      ", 354, UNKNOWN",
      ", 0, UNKNOWN",
  })
  void permanenceComesFromTheCodesClassElseTheReplyCode(String code, int reply, Permanence permanence) {
    assertThat(of(rule("a:1").phrase("x").reason(BounceReason.BLOCKED).build())
        .classify(code(code), reply, null, null).permanence()).isEqualTo(permanence);
  }

  @ParameterizedTest(name = "[{index}] {0} {1}: {2}")
  @CsvSource({
      "USER_UNKNOWN, 5.1.1, true",
      "USER_UNKNOWN, 4.1.1, false",
      "USER_UNKNOWN, , true",
      "HOST_UNKNOWN, 5.1.2, true",
      "MAILBOX_FULL, 5.2.2, false",
      "BLOCKED, 5.7.1, false",
      "DELIVERED, 2.0.0, false",
  })
  void anAddressIsDeadWhenItsReasonSaysSoAndTheFailureIsNotTransient(BounceReason reason, String code, boolean dead) {
    Classifier classifier = of(rule("a:1").phrase("x").reason(reason).build());

    assertThat(classifier.classify(code(code), 0, "x", null).addressDead()).isEqualTo(dead);
  }

  @Test
  void theSameRuleAndPermanenceGiveTheSameInstance() {
    Classifier classifier = of(rule("a:1").phrase("x").reason(BounceReason.BLOCKED).build());

    assertThat(classifier.classify(code("5.7.1"), 550, "x", null)).isSameAs(classifier.classify(null, 554, "x y", null));
  }

  @Test
  void anSmtpReplyIsClassifiedByItsReplyCodeEnhancedCodeAndText() {
    Classifier classifier = of(
        rule("a:1").code("X.2.1").phrase("receiving mail at a rate").reason(BounceReason.RATE_LIMITED).build(),
        rule("a:2").code("X.2.1").reason(BounceReason.MAILBOX_DISABLED).build());
    SmtpReply rate = SmtpReply.parse("550-5.2.1 The user you are trying to contact is receiving mail at a rate that\r\n"
        + "550 5.2.1 prevents additional messages from being delivered.");
    SmtpReply disabled = SmtpReply.parse("550 5.2.1 The email account that you tried to reach is disabled.");

    assertThat(classifier.classify(rate).reason()).isEqualTo(BounceReason.RATE_LIMITED);
    assertThat(classifier.classify(disabled, "gmail-smtp-in.l.google.com").reason()).isEqualTo(BounceReason.MAILBOX_DISABLED);
  }

  @Test
  void replyCodesOutsideTwoHundredToFiveNinetyNineAreRefused() {
    assertThatThrownBy(() -> Classifier.standard().classify(null, 999, "x", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reply code 999 is not between 200 and 599");
  }

  @Test
  void rulesAddedBeforeTheStandardOnesOverrideThemAndSayWhichRuleDecided() {
    Classifier classifier = Classifier.builder()
        .add(rule("acme.csv:12").code("5.7.606-649").reason(BounceReason.RATE_LIMITED).label("acme-slow-down").build())
        .addAll(Classifier.standard())
        .build();

    Classification overridden = classifier.classify(code("5.7.606"), 550, "Access denied, banned sending IP", null);
    Classification standard = classifier.classify(code("5.1.1"), 550, "No such user", null);

    assertThat(overridden.toString()).isEqualTo("RATE_LIMITED (retry later), permanent; label acme-slow-down; "
        + "rule acme.csv:12 decided");
    assertThat(standard.reason()).isEqualTo(BounceReason.USER_UNKNOWN);
    assertThat(classifier.rules()).hasSize(Classifier.standard().rules().size() + 1);
  }

  @Test
  void aTextOfOnlyPhrasesOverlappingThemselvesIsScannedToTheEnd() {
    Classifier classifier = of(
        rule("a:1").phrase("a a a a b").reason(BounceReason.BLOCKED).build(),
        rule("a:2").phrase("a a").reason(BounceReason.SPAM_DETECTED).build());

    assertThat(classifier.classify(null, 0, "a ".repeat(10_000) + "b", null).decidedBy()).isEqualTo("a:1");
    assertThat(classifier.classify(null, 0, "a ".repeat(10_000), null).decidedBy()).isEqualTo("a:2");
  }
}
