package io.github.smtpstatus.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.SmtpReply;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Replies as MTAs quote them, read through the seam to lenient reply reading. */
class ReplyTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "550 5.1.1 User unknown                                 | 550 5.1.1 User unknown",
      "550-5.1.1 first 550-5.1.1 second 550 5.1.1 third        | 550 5.1.1 first second third",
      "552-5.7.0 This message was blocked because its content  | 552 5.7.0 This message was blocked because its content",
      "550 #5.1.0 Address rejected                             | 550 5.1.0 Address rejected",
      "550 550 5.2.2 mailbox full                              | 550 5.2.2 mailbox full",
      "550: : User unknown                                     | 550 User unknown",
      "550 - Requested action not taken                        | 550 Requested action not taken",
      "'550 5.7.1 Access denied'                               | 550 5.7.1 Access denied",
      "5.1.0 - Unknown address error                           | -",
      "Connection timed out                                    | -",
      "1550 5.1.1 no                                           | -"})
  void readsARepliesAtTheStartOfATextLeniently(String text, String expected) {
    SmtpReply reply = ReplyText.lenient(text);

    assertThat(reply == null ? null : reply.code() + " " + reply.enhancedCode().map(code -> code + " ").orElse("")
        + reply.text()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out> | 421 4.4.2",
      "550 5.7.1 550 User Unknown: a@example.org                                                    | 550 -",
      "550 5.1.1 <a@example.org>: Recipient address rejected                                         | -"})
  void findsTheReplyNestedInAReply(String text, String expected) {
    SmtpReply nested = ReplyText.nested(ReplyText.lenient(text));

    assertThat(nested == null ? null : nested.code() + " " + nested.enhancedCode().map(Object::toString).orElse("-"))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "host mx[192.0.2.1] said: 550 5.1.1 <a@b.example>: unknown (in reply to RCPT TO command) | 550 5.1.1",
      "<<< 550 5.1.1 <a@b.example>... User unknown                                            | 550 5.1.1",
      "Remote host said: 554 Rejected                                                         | 554 -",
      "5.1.0 - Unknown address error 550-'5.7.1 <a@b.example>... Access denied'               | 550 5.7.1",
      "Received: by 10.70.22.98 with SMTP id c2mr2502018pdf.3.1405668662058                   | -",
      "Date: Thu, 29 Apr 2010 23:45:43 +0900                                                  | -",
      "we sent 250 messages today                                                             | -",
      "port 587 is closed                                                                     | -"})
  void findsRepliesInProseAndNotLookAlikes(String text, String expected) {
    ReplyText.Quoted quoted = ReplyText.firstQuoted(text);

    assertThat(quoted == null ? null : quoted.reply().code() + " "
        + quoted.reply().enhancedCode().map(Object::toString).orElse("-")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "'550-5.1.1 one\n550-5.1.1 two\n550 5.1.1 three\nnext'                  | 550 5.1.1 one two three",
      "'said: 550 5.1.1 <a@b.example>:\n    Recipient rejected\n\nnext'        | 550 5.1.1 <a@b.example>: Recipient rejected",
      "'  a@b.example\n    550 5.1.1 unknown\n  c@d.example\n    552 full'     | 550 5.1.1 unknown",
      "'<<< 550 5.1.1 <a@b.example>... unknown\n550 5.1.1 <a@b.example>... unknown' | 550 5.1.1 <a@b.example>... unknown"})
  void aQuotedReplyExtendsOverItsOwnLinesOnly(String text, String expected) {
    SmtpReply reply = ReplyText.scan(text).get(0).reply();

    assertThat(reply.code() + " " + reply.enhancedCode().orElseThrow() + " " + reply.text()).isEqualTo(expected);
  }
}
