package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyFindingTest {

  private final ReplyFinding finding = SmtpReply.parse("550 5.2.2 Mailbox full").findings().get(0);

  @Test
  void hasAKindAndASentence() {
    assertThat(finding.kind()).isEqualTo(ReplyFinding.Kind.REPLY_CODE_NOT_ASSOCIATED);
    assertThat(finding.message()).isEqualTo("the IANA registry associates X.2.2 with reply codes 552, not 550");
    assertThat(finding).hasToString("REPLY_CODE_NOT_ASSOCIATED: " + finding.message());
  }

  @Test
  void findingsAreEqualByKindAndMessage() {
    ReplyFinding same = new ReplyFinding(ReplyFinding.Kind.REPLY_CODE_NOT_ASSOCIATED, finding.message());

    assertThat(finding).isEqualTo(same).hasSameHashCodeAs(same)
        .isNotEqualTo(new ReplyFinding(ReplyFinding.Kind.CLASS_MISMATCH, finding.message()))
        .isNotEqualTo(new ReplyFinding(ReplyFinding.Kind.REPLY_CODE_NOT_ASSOCIATED, "other"))
        .isNotEqualTo(finding.toString());
    assertThat(finding.hashCode())
        .isNotEqualTo(new ReplyFinding(ReplyFinding.Kind.CLASS_MISMATCH, finding.message()).hashCode())
        .isNotEqualTo(new ReplyFinding(ReplyFinding.Kind.REPLY_CODE_NOT_ASSOCIATED, "other").hashCode());
  }
}
