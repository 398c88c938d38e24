package io.github.smtpstatus.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.QuotedReply;
import io.github.smtpstatus.SmtpReply;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Replies in a bounce's prose: the API's lenient reading, cut at recipient lines, and the shapes only bounces have. */
class ProseRepliesTest {

  private static String describe(SmtpReply reply) {
    return reply.code() + " " + reply.enhancedCode().map(Object::toString).orElse("-") + " " + reply.text();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "host mx[192.0.2.1] said: 550 5.1.1 <a@b.example>: unknown (in reply to RCPT TO command) | 550 5.1.1 <a@b.example>: unknown",
      "<<< 550 5.1.1 <a@b.example>... User unknown                                            | 550 5.1.1 <a@b.example>... User unknown",
      "Remote host said: 554 Rejected                                                         | 554 - Rejected",
      "5.1.0 - Unknown address error 550-'5.7.1 <a@b.example>... Access denied'               | 550 5.7.1 <a@b.example>... Access denied",
      "<a@b.example>... 550 Host unknown                                                      | 550 - Host unknown",
      "mx.example.org[192.0.2.2] responded with failure: 552 sorry, over quota (#5.2.2)        | 552 - sorry, over quota (#5.2.2)",
      "550: : User unknown                                                                    | 550 - User unknown",
      "501: 5.1.8 Sender address rejected                                                     | 501 5.1.8 Sender address rejected",
      "550 - Requested action not taken: no such user here                                    | 550 - Requested action not taken: no such user here",
      "421 example.com (smtp)... Deferred: Connection timed out                               | 421 - example.com (smtp)... Deferred: Connection timed out"})
  void findsTheFirstReplyInProse(String text, String expected) {
    List<ProseReplies.Found> found = ProseReplies.findAll(text, Integer.MAX_VALUE);

    assertThat(describe(found.get(0).reply())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Received: by 10.70.22.98 with SMTP id c2mr2502018pdf.3.1405668662058",
      "Date: Thu, 29 Apr 2010 23:45:43 +0900",
      "we sent 250 messages today",
      "port 587 is closed",
      "Total: 250 500 1000",
      "1550 5.1.1 no"})
  void findsNoReplyInLookAlikes(String text) {
    assertThat(ProseReplies.findAll(text, Integer.MAX_VALUE)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "'  a@b.example\n    550 5.1.1 unknown\n  c@d.example\n    552 5.2.2 full' | 550 5.1.1 unknown;552 5.2.2 full",
      "'<a@b.example>:\n550 User unknown\n<c@d.example>:\n552 Mailbox full'      | 550 - User unknown;552 - Mailbox full",
      "'550-5.1.1 one\n550-5.1.1 two\n550 5.1.1 three\nnext'                      | 550 5.1.1 one two three",
      "'550-REJECTED - listed\n550-See the list\n550 Final line\nnext'            | 550 - REJECTED - listed See the list Final line",
      "'said: 550 5.1.1 <a@b.example>:\n    Recipient rejected\n\nnext'            | 550 5.1.1 <a@b.example>: Recipient rejected"})
  void aReplyExtendsOverItsOwnLinesAndStopsAtTheNextRecipient(String text, String expected) {
    List<String> replies = ProseReplies.findAll(text, Integer.MAX_VALUE).stream()
        .map(found -> describe(found.reply()).replace("\r\n", " ").replaceAll("\n *", " ")).toList();

    assertThat(String.join(";", replies)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out> | 421 4.4.2 Connection timed out",
      "554 <kijitora@example.org>... 550 Host unknown (Authoritative answer from name server)      | 550 - Host unknown (Authoritative answer from name server)",
      "550 5.7.1 550 Rejected: a@example.org                                                       | 550 - Rejected: a@example.org",
      "550 5.1.1 <a@example.org>: Recipient address rejected                                       | -",
      "452 4.5.3 250 recipients at most                                                            | -"})
  void findsTheRemoteReplyNestedInAReply(String text, String expected) {
    SmtpReply nested = ProseReplies.nested(QuotedReply.parse(text));

    assertThat(nested == null ? null : describe(nested)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "550 5.1.1 User unknown               | 5.1.1",
      "552 sorry, over quota (#5.2.2)       | 5.2.2",
      "550 550 5.2.2 mailbox full           | 5.2.2",
      "550 Host unknown                     | -"})
  void aReplysCodeIsItsOwnElseOneInItsText(String text, String expected) {
    Object code = ProseReplies.code(QuotedReply.parse(text).reply());

    assertThat(code == null ? null : code.toString()).isEqualTo(expected);
  }
}
