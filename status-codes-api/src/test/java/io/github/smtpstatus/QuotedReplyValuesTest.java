package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedReplyValuesTest {

  @Test
  void equalQuotedRepliesHaveEqualHashCodes() {
    QuotedReply reply = QuotedReply.parse("550-5.7.1 First line 550 5.7.1 second line");

    assertThat(reply).isEqualTo(QuotedReply.parse("550-5.7.1 First line 550 5.7.1 second line"))
        .hasSameHashCodeAs(QuotedReply.parse("550-5.7.1 First line 550 5.7.1 second line"));
    assertThat(reply.hashCode()).isNotEqualTo(QuotedReply.parse("550-5.7.1 First line\r\n550 5.7.1 second line").hashCode());
  }
}
