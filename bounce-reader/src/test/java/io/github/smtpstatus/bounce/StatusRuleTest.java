package io.github.smtpstatus.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.SmtpReply;
import io.github.smtpstatus.StatusCode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The rule that picks a recipient's status from its Status field, its diagnostic's reply and a reply nested in it. */
class StatusRuleTest {

  @ParameterizedTest(name = "Status {0}, reply {1}, nested {2}: {3} from {4}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // Status | diagnostic reply                 | nested reply         | chosen | evidence        | finding
      "5.1.1    | 550 5.1.1 User unknown             | -                    | 5.1.1  | STATUS_FIELD     | -",
      "5.0.0    | 550 5.1.1 User unknown             | -                    | 5.1.1  | DIAGNOSTIC_REPLY | STATUS_LESS_SPECIFIC_THAN_REPLY",
      "5.1.0    | 550 5.1.1 User unknown             | -                    | 5.1.1  | DIAGNOSTIC_REPLY | STATUS_LESS_SPECIFIC_THAN_REPLY",
      "5.1.1    | 550 5.0.0 Rejected                 | -                    | 5.1.1  | STATUS_FIELD     | -",
      "5.2.0    | 550 5.1.1 User unknown             | -                    | 5.1.1  | DIAGNOSTIC_REPLY | STATUS_DIFFERS_FROM_REPLY",
      "5.1.1    | 550 5.7.1 Blocked                  | -                    | 5.7.1  | DIAGNOSTIC_REPLY | STATUS_DIFFERS_FROM_REPLY",
      "5.4.7    | 451 4.4.1 No answer                | -                    | 5.4.7  | STATUS_FIELD     | STATUS_CONTRADICTS_REPLY",
      "4.0.0    | 550 5.1.1 User unknown             | -                    | 4.0.0  | STATUS_FIELD     | STATUS_CONTRADICTS_REPLY",
      "4.0.0    | 426 connection timed out           | -                    | 4.0.0  | STATUS_FIELD     | -",
      "-        | 550 5.1.1 User unknown             | -                    | 5.1.1  | DIAGNOSTIC_REPLY | -",
      "5.1.1    | -                                  | -                    | 5.1.1  | STATUS_FIELD     | -",
      "4.4.7    | 554 4.4.7 Message expired          | 421 4.4.2 Timed out  | 4.4.2  | NESTED_REPLY     | STATUS_DIFFERS_FROM_REPLY",
      "4.4.7    | 554 4.4.7 Message expired          | 421 Timed out        | 4.4.7  | STATUS_FIELD     | -",
      "-        | 554 4.4.7 Message expired          | 421 4.4.2 Timed out  | 4.4.2  | NESTED_REPLY     | NESTED_REPLY_USED",
      "-        | 550 Unknown user                   | -                    | -      | -                | -"})
  void picksTheStatusByTheStatedRule(String status, String diagnostic, String nested, String chosen,
      Evidence evidence, BounceFinding.Kind finding) {
    StatusRule.Choice choice = StatusRule.forReport(status == null ? null : statusField(status),
        diagnostic == null ? null : reply(Evidence.DIAGNOSTIC_REPLY, diagnostic),
        nested == null ? null : reply(Evidence.NESTED_REPLY, nested), List.of());

    assertThat(choice.chosen() == null ? null : choice.chosen().code().map(StatusCode::toString).orElse(null))
        .isEqualTo(chosen);
    assertThat(choice.chosen() == null ? null : choice.chosen().evidence()).isEqualTo(evidence);
    if (finding == null) {
      assertThat(choice.findings()).isEmpty();
    } else {
      assertThat(choice.findings()).extracting(BounceFinding::kind).contains(finding);
    }
  }

  @Test
  void theReplyIsTheInnermostOne() {
    StatusRule.Choice choice = StatusRule.forReport(statusField("4.4.7"),
        reply(Evidence.DIAGNOSTIC_REPLY, "554 4.4.7 Message expired"), reply(Evidence.NESTED_REPLY, "421 Timed out"),
        List.of());

    assertThat(choice.reply()).hasToString("421 Timed out");
  }

  @Test
  void contradictionFindingNamesBothCodesAndTheDecision() {
    StatusRule.Choice choice = StatusRule.forReport(statusField("5.4.7"),
        reply(Evidence.DIAGNOSTIC_REPLY, "451 4.4.1 No answer"), null, List.of());

    assertThat(choice.findings()).extracting(BounceFinding::message).containsExactly("the Status field 5.4.7 is"
        + " class 5 but the diagnostic's reply gives 4.4.1; the Status field, the reporting MTA's final verdict, is used");
  }

  @Test
  void proseEvidenceStandsInForAMissingDiagnostic() {
    StatusRule.Choice choice = StatusRule.forReport(statusField("5.0.0"), null, null,
        List.of(reply(Evidence.PROSE, "550 5.7.26 Unauthenticated email is not accepted")));

    assertThat(choice.chosen().code()).hasToString("Optional[5.7.26]");
    assertThat(choice.chosen().evidence()).isEqualTo(Evidence.PROSE);
    assertThat(choice.reply().code()).isEqualTo(550);
    assertThat(choice.findings()).extracting(BounceFinding::message).containsExactly("the Status field 5.0.0 is less"
        + " specific than 5.7.26 in the reply quoted in the bounce's text; 5.7.26 is used");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "first exact code wins over an earlier generic one | 554 5.0.0 Service unavailable,550 5.1.1 User unknown | 5.1.1 | 550",
      "the first of two exact codes                     | 550 5.1.1 User unknown,552 5.2.2 Full               | 5.1.1 | 550",
      "a generic code keeps the first reply             | 550 Denied,554 5.0.0 Service unavailable            | 5.0.0 | 550"})
  void proseTakesTheFirstExactCode(String name, String replies, String status, int replyCode) {
    List<StatusCandidate> candidates = java.util.Arrays.stream(replies.split(","))
        .map(text -> reply(Evidence.PROSE, text)).toList();

    StatusRule.Choice choice = StatusRule.forProse(candidates);

    assertThat(choice.chosen().code()).hasToString("Optional[" + status + "]");
    assertThat(choice.reply().code()).isEqualTo(replyCode);
  }

  @Test
  void aRecipientWithoutEvidenceHasNoStatus() {
    StatusRule.Choice choice = StatusRule.forProse(List.of());

    assertThat(choice.chosen()).isNull();
    assertThat(choice.reply()).isNull();
  }

  private static StatusCandidate statusField(String code) {
    return new StatusCandidate(Evidence.STATUS_FIELD, StatusCode.parse(code), null, code);
  }

  private static StatusCandidate reply(Evidence evidence, String text) {
    SmtpReply reply = SmtpReply.parse(text);
    return new StatusCandidate(evidence, reply.enhancedCode().orElse(null), reply, text);
  }
}
