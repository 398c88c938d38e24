package io.github.smtpstatus.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.EnhancedStatusCode;
import io.github.smtpstatus.StatusClass;
import io.github.smtpstatus.StatusCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules shipped in registry-data, as the plugin compiled them into {@link StandardRules}. */
class StandardRulesTest {

  private static final Classifier STANDARD = Classifier.standard();

  @Test
  void theGeneratedAutomatonIsTheOneTheApiBuildsFromTheSameRules() {
    RuleSet generated = STANDARD.ruleSet();
    RuleSet rebuilt = RuleSet.compile(STANDARD.rules());

    assertThat(rebuilt.alphabet()).isEqualTo(generated.alphabet());
    assertThat(rebuilt.sparse()).isEqualTo(generated.sparse());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @EnumSource(EnhancedStatusCode.class)
  void everyRegisteredCodeHasARuleOfItsOwnCitingItsRfc(EnhancedStatusCode registered) {
    List<ClassificationRule> own = STANDARD.rules().stream()
        .filter(rule -> rule.code().equals(java.util.Optional.of(registered.code())) && rule.phrases().isEmpty()
            && rule.provider().isEmpty())
        .toList();

    assertThat(own).as("a rule for %s", registered.code()).isNotEmpty();
    assertThat(own.get(0).source().orElseThrow()).startsWith("https://");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @EnumSource(EnhancedStatusCode.class)
  void aRegisteredCodeAloneIsClassifiedByItsOwnRule(EnhancedStatusCode registered) {
    StatusCode code = StatusCode.of(StatusClass.PERMANENT_FAILURE, registered);

    Classification classification = STANDARD.classify(code, 0, null, null);

    assertThat(classification.rule().orElseThrow().code()).hasValue(registered.code());
    assertThat(classification.provider()).isEmpty();
  }

  @Test
  void everyShippedRuleCitesAPublicSourceAndEveryProviderRuleNamesItsProvider() {
    for (ClassificationRule rule : STANDARD.rules()) {
      assertThat(rule.source()).as(rule.origin()).hasValueSatisfying(source -> assertThat(source).startsWith("https://"));
      String file = rule.origin().substring(0, rule.origin().indexOf(':'));
      boolean providerFile = List.of("microsoft.csv", "google.csv", "yahoo.csv", "apple.csv", "providers.csv").contains(file);
      // Outside the provider files only a late fallback keyed on a provider's own domain names one (hints.csv).
      assertThat(rule.provider().isPresent()).as(rule.origin())
          .isEqualTo(providerFile || (file.equals("hints.csv") && rule.host().isPresent()));
    }
  }

  /** Documented replies of large providers and common MTA texts, each with what it must mean. */
  @ParameterizedTest(name = "[{index}] {2}")
  @CsvSource(delimiter = '|', value = {
      "5.7.606 | 550 | Access denied, banned sending IP [192.0.2.1]. To request removal... | | BLOCKED | Microsoft 365",
      "5.4.1 | 550 | Recipient address rejected: Access denied. AS(201806281) | | USER_UNKNOWN | Microsoft 365",
      "5.4.1 | 550 | Relay Access Denied | | NO_RELAYING | Microsoft 365",
      "5.1.10 | 550 | RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup | | USER_UNKNOWN | Microsoft 365",
      "5.1.10 | 550 | Recipient address has null MX | | NOT_ACCEPTING_MAIL | ",
      "5.2.2 | 554 | Submission quota exceeded | | RATE_LIMITED | Microsoft 365",
      "5.7.509 | 550 | Access denied, sending domain example.com does not pass DMARC verification | | AUTH_FAILURE | Microsoft 365",
      " | 550 | 550 SC-001 (BAY004-MC1F12) Unfortunately, messages from 192.0.2.1 weren't sent. | | BAD_REPUTATION | Outlook.com",
      "5.2.1 | 550 | The user you are trying to contact is receiving mail at a rate that prevents additional messages | | RATE_LIMITED | Google",
      "5.2.1 | 550 | The email account that you tried to reach is disabled. | | MAILBOX_DISABLED | ",
      "5.1.1 | 550 | The email account that you tried to reach does not exist. - gsmtp | | USER_UNKNOWN | ",
      "5.7.1 | 550 | This message is likely unsolicited mail. To reduce the amount of spam sent to Gmail | | SPAM_DETECTED | Google",
      "5.7.1 | 550 | The user or domain that you are sending to (or from) has a policy that prohibits the mail | | POLICY_VIOLATION | Google",
      "5.7.27 | 550 | This message was blocked because it didn't pass SPF authentication. | | AUTH_FAILURE | Google",
      "5.7.27 | 550 | Sender address has null MX | | SENDER_REJECTED | ",
      "4.7.0 | 421 | [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints | | BAD_REPUTATION | Yahoo",
      " | 421 | Service temporarily unavailable | mta5.am0.yahoodns.net | BAD_REPUTATION | Yahoo",
      " | 550 | 550 : User unknown | ezweb.ne.jp | FILTERED | au (KDDI)",
      " | 550 | 550 <x@ezweb.ne.jp>: User unknown | ezweb.ne.jp | USER_UNKNOWN | ",
      " | 554 | cmsmtp blocked. Refer to Error Codes section. AUP#CXBL | | BLOCKED | Cox",
      "5.2.0 | 550 | Mail rejete. Mail rejected. OFR_506 [506] | | SPAM_DETECTED | Orange",
      " | 0 | Your message to the group was not delivered: the group may not exist. | googlegroups.com | SENDER_REJECTED | Google Groups",
      "5.1.1 | 550 | The group you tried to contact does not exist | googlegroups.com | USER_UNKNOWN | ",
      " | 0 | Delivery failed 20 attempts: reader@example.com | | EXPIRED | ",
      "5.1.1 | 550 | 5.1.1 Rate limit exceeded, try again later | | RATE_LIMITED | ",
      "5.7.1 | 554 | Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org | | BLOCKED | ",
      "4.7.1 | 450 | Recipient address rejected: Greylisted, see https://example.com | | RATE_LIMITED | ",
      " | 550 | 550 Unknown user nobody@example.net (in reply to end of DATA command) | | FILTERED | ",
      " | 550 | Unknown user nobody@example.net (in reply to RCPT TO command) | | USER_UNKNOWN | ",
      "5.7.1 | 550 | Recipient address rejected: User unknown | | FILTERED       | ",
      "5.2.2 | 552 | Mailbox full | | MAILBOX_FULL | ",
      " | 552 | Requested mail action aborted: exceeded storage allocation | | MAILBOX_FULL | ",
      "5.3.4 | 552 | Message size exceeds fixed maximum message size | | MESSAGE_TOO_BIG | ",
      "5.7.26 | 550 | Unauthenticated email from example.com is not accepted due to domain's DMARC policy | | AUTH_FAILURE | ",
      "4.4.7 | 451 | Message expired | | EXPIRED | ",
      " | 0 | connect to mx.example.com[192.0.2.1]:25: Connection timed out | | NETWORK_ERROR | ",
      " | 0 | Host or domain name not found. Name service error for name=example.invalid type=A | | HOST_UNKNOWN | ",
      "2.0.0 | 250 | Ok: queued as 4B7D | | DELIVERED | ",
  })
  void documentedRepliesMeanWhatTheirSourcesSay(String code, int reply, String text, String host, BounceReason reason,
      String provider) {
    Classification classification = STANDARD.classify(code == null ? null : StatusCode.parse(code), reply, text, host);

    assertThat(classification.reason()).as(classification.toString()).isEqualTo(reason);
    assertThat(classification.provider().orElse(null)).as(classification.toString()).isEqualTo(provider);
  }

  @Test
  void aProvidersRuleCarriesItsMeaningAndItsSource() {
    Classification classification = STANDARD.classify(StatusCode.parse("5.7.606"), 550, "Access denied", null);

    assertThat(classification.providerMeaning()).hasValueSatisfying(meaning -> assertThat(meaning).contains("banned"));
    assertThat(classification.rule().orElseThrow().source().orElseThrow())
        .isEqualTo("https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online");
    assertThat(classification.decidedBy()).startsWith("microsoft.csv:");
  }

  @Test
  void aPolicyBlockIsNeverADeadAddressButAnUnknownUserIs() {
    assertThat(STANDARD.classify(StatusCode.parse("5.7.1"), 550, "Message rejected by policy", null).addressDead()).isFalse();
    assertThat(STANDARD.classify(StatusCode.parse("5.1.1"), 550, "No such user here", null).addressDead()).isTrue();
  }
}
