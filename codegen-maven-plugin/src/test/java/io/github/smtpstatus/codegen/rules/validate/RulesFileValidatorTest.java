package io.github.smtpstatus.codegen.rules.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpstatus.codegen.RegistryFormatException;
import io.github.smtpstatus.codegen.Warnings;
import io.github.smtpstatus.codegen.rules.RulesFixtures;
import io.github.smtpstatus.codegen.rules.model.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulesFileValidatorTest {

  private static final String HEADER = "code,reply,phrase,host,reason,provider,meaning,label,source\n";

  private static List<Rule> read(String text) throws RegistryFormatException {
    return new RulesFileValidator(RulesFixtures.reasons(), Warnings.IGNORE).read(RulesFixtures.file("acme.csv", text));
  }

  @Test
  void readsEachColumnOfARow() throws RegistryFormatException {
    List<Rule> rules = read(HEADER
        + "5.7.606-649,5XX,Banned Sending IP,Protection.Outlook.com,BLOCKED,Microsoft 365,Banned.,acme-ban,https://x.example/doc\n");

    Rule rule = rules.get(0);
    assertThat(rule.origin()).isEqualTo("acme.csv:2");
    assertThat(rule.code()).hasToString("5.7.606-649");
    assertThat(rule.reply()).hasToString("5XX");
    assertThat(rule.phrases()).containsExactly("Banned Sending IP");
    assertThat(rule.normalizedPhrases()).containsExactly("\u0001banned\u0001 \u0001sending\u0001 \u0001ip\u0001");
    assertThat(rule.host()).isEqualTo("protection.outlook.com");
    assertThat(List.of(rule.reason(), rule.provider(), rule.meaning(), rule.label(), rule.source()))
        .containsExactly("BLOCKED", "Microsoft 365", "Banned.", "acme-ban", "https://x.example/doc");
  }

  @Test
  void onlyTheReasonColumnIsRequiredAndColumnsMayComeInAnyOrder() throws RegistryFormatException {
    List<Rule> rules = read("reason,phrase\nRATE_LIMITED,acme throttle\n");

    assertThat(rules).singleElement().satisfies(rule -> {
      assertThat(rule.phrases()).containsExactly("acme throttle");
      assertThat(rule.code()).isNull();
      assertThat(rule.source()).isNull();
    });
  }

  @Test
  void severalPhrasesJoinedByTwoAmpersandsAreAllRequired() throws RegistryFormatException {
    List<Rule> rules = read("reason,phrase\nFILTERED,user unknown && end of data command\n");

    assertThat(rules.get(0).phrases()).containsExactly("user unknown", "end of data command");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "'5.01.1,,,,BLOCKED,,,,'       | acme.csv:2: column \"code\": \"5.01.1\" has a leading zero in its subject",
      "'3.1.1,,,,BLOCKED,,,,'        | acme.csv:2: column \"code\": \"3.1.1\" has a class other than 2, 4, 5 or X",
      "'5.7.649-606,,,,BLOCKED,,,,'  | acme.csv:2: column \"code\": \"5.7.649-606\" has a detail range whose low end 649 is not below its high end 606",
      "'5.XXX.1,,,,BLOCKED,,,,'      | acme.csv:2: column \"code\": \"5.XXX.1\" has any subject (XXX) but a particular detail",
      "',650,,,BLOCKED,,,,'          | acme.csv:2: column \"reply\": \"650\" is not a reply code condition (three digits from 200 to 599, or a class such as 5XX)",
      "',,   ,,BLOCKED,,,,'          | acme.csv:2: column \"phrase\": \"   \" is blank",
      "',, user unknown,,BLOCKED,,,,' | acme.csv:2: column \"phrase\": \" user unknown\" starts or ends with whitespace",
      "',,...,,BLOCKED,,,,'          | acme.csv:2: column \"phrase\": \"...\" has no letter or digit",
      "',,caf\u00e9,,BLOCKED,,,,'    | acme.csv:2: column \"phrase\": \"caf\u00e9\" can never match: it contains U+00E9 at index 3, and text outside printable ASCII never matches a phrase character",
      "',,a && a,,BLOCKED,,,,'       | acme.csv:2: column \"phrase\": \"a\" appears twice in the row",
      "',,,goo_gle.com,BLOCKED,,,,'  | acme.csv:2: column \"host\": \"goo_gle.com\" is not a domain name (character U+005F; expected letters, digits, hyphens and dots)",
      "',,,.com,BLOCKED,,,,'         | acme.csv:2: column \"host\": \".com\" is not a domain name (an empty, over-long or hyphen-edged label)",
      "',,x,,,,,,'                   | acme.csv:2: column \"reason\": \"\" is required",
      "',,x,,BLOCKED,,Banned.,,'     | acme.csv:2: column \"meaning\": \"Banned.\" is a provider's meaning but the row names no provider",
      "',,x,,BLOCKED,,,-ban,'        | acme.csv:2: column \"label\": \"-ban\" is not a label (letters, digits and . _ : -, starting with a letter or digit)",
      "',,x,,BLOCKED,,,,ftp://x'     | acme.csv:2: column \"source\": \"ftp://x\" is not an http or https URL",
      "',,,,BLOCKED,,,,'             | acme.csv:2: has no condition (code, reply, phrase or host), so it would match every failure",
  })
  void aBadRowFailsNamingFileLineColumnAndValue(String row, String message) {
    assertThatThrownBy(() -> read(HEADER + row + "\n"))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessage(message);
  }

  @Test
  void anUnknownReasonNamesTheReasonsOfTheTaxonomy() {
    assertThatThrownBy(() -> read(HEADER + ",,x,,HARD,,,,\n"))
        .hasMessageStartingWith("acme.csv:2: column \"reason\": \"HARD\" is not a reason of the taxonomy (expected one of ")
        .hasMessageContaining("USER_UNKNOWN");
  }

  @Test
  void everyProblemOfTheFileIsReportedInLineOrder() {
    assertThatThrownBy(() -> read(HEADER + "5.1,,,,BLOCKED,,,,\n,,x,,BLOCKED,,,,\n,999,,,NOPE,,,,\n"))
        .hasMessage("acme.csv:2: column \"code\": \"5.1\" is not class.subject.detail (such as 5.1.1, X.7.XXX or 5.7.606-649)\n"
            + "acme.csv:4: column \"reply\": \"999\" is not a reply code condition (three digits from 200 to 599, or a class such as 5XX)\n"
            + "acme.csv:4: column \"reason\": \"NOPE\" is not a reason of the taxonomy (expected one of AUTH_FAILURE, "
            + "AUTO_REPLY, BAD_REPUTATION, BLOCKED, COMPLAINT, CONTENT_ERROR, DELIVERED, EXPIRED, FILTERED, HAS_MOVED, "
            + "HOST_UNKNOWN, MAILBOX_DISABLED, MAILBOX_FULL, MAILER_ERROR, MESSAGE_TOO_BIG, NETWORK_ERROR, "
            + "NOT_ACCEPTING_MAIL, NOT_RFC_COMPLIANT, NO_RELAYING, POLICY_VIOLATION, PROTOCOL_ERROR, RATE_LIMITED, "
            + "REQUIRE_PTR, SECURITY_ERROR, SENDER_REJECTED, SPAM_DETECTED, SYSTEM_ERROR, UNDETERMINED, USER_UNKNOWN, "
            + "VIRUS_DETECTED)");
  }

  @Test
  void aFileWithManyBadRowsReportsFiftyAndCountsTheRest() {
    String rows = ",,,,BLOCKED,,,,\n".repeat(60);

    assertThatThrownBy(() -> read(HEADER + rows))
        .isInstanceOfSatisfying(RegistryFormatException.class, e -> {
          assertThat(e.problems()).hasSize(51);
          assertThat(e.problems().get(50)).hasToString("acme.csv: has 10 more problems, not shown");
        });
  }

  @Test
  void aFileOverTheRuleLimitIsRefused() {
    String rows = ",,x,,BLOCKED,,,,\n".repeat(RulesFileValidator.MAX_RULES + 1);

    assertThatThrownBy(() -> read(HEADER + rows)).hasMessage("acme.csv: has 5001 rules, over the limit of 5000");
  }

  @Test
  void aMissingReasonColumnIsReportedOnTheHeaderLine() {
    assertThatThrownBy(() -> read("code,phrase\n5.1.1,x\n"))
        .hasMessage("acme.csv:1: missing column \"reason\" of the classification rules table");
  }

  @Test
  void anUnknownColumnIsReportedWithTheKnownOnes() {
    assertThatThrownBy(() -> read("reason,phrases\nBLOCKED,x\n"))
        .hasMessage("acme.csv:1: column \"phrases\": unknown column in the classification rules table (expected "
            + "reason, code, reply, phrase, host, provider, meaning, label, source)");
  }
}
