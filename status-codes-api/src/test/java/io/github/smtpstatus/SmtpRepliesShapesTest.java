package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a quoted reply starts and ends in bounce prose: line ends, folds, quotes, parentheses, markers. */
class SmtpRepliesShapesTest {

  private static QuotedReply only(String text) {
    List<QuotedReply> found = SmtpReplies.findAll(text);
    assertThat(found).as("replies in %s", text).hasSize(1);
    return found.get(0);
  }

  /** A line break followed by a space or tab folds the line (RFC 5322 section 2.2.3), with any line end. */
  @ParameterizedTest(name = "[{index}]")
  @ValueSource(strings = {"\n ", "\r\n ", "\r ", "\n\t", "\r\n\t"})
  void aFoldedLineContinuesTheReply(String fold) {
    QuotedReply reply = only("host mx.example.net[192.0.2.1] said: 550 5.1.1 User" + fold + "unknown");

    assertThat(reply.reply().text()).isEqualTo("User unknown");
    assertThat(reply.hasFinding(ReplyFinding.Kind.WRAPPED)).isTrue();
  }

  @ParameterizedTest(name = "[{index}]")
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void aLineBreakWithoutAFoldEndsTheReply(String lineEnd) {
    QuotedReply reply = only("host mx.example.net[192.0.2.1] said: 550 5.1.1 User unknown" + lineEnd
        + "Reporting-MTA: dns; mx1.example.org");

    assertThat(reply.reply().text()).isEqualTo("User unknown");
  }

  /** Exim's {@code SMTP error from remote mail server after} marks the replies of its own logical line only. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~\\n~         | 0
      ~\\r\\n~      | 0
      ~ ~           | 1
      ~\\n    ~     | 1
      ~\\n\\t~      | 1
      """)
  void eximsPhraseMarksRepliesOnItsLogicalLine(String between, int found) {
    String text = "SMTP error from remote mail server after end of data: host mx.example.net (192.0.2.1)"
        + between.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t") + "answer: 550 Message refused";

    assertThat(SmtpReplies.findAll(text)).hasSize(found);
  }

  @Test
  void eximsCommandPhraseMayBeFolded() {
    QuotedReply reply = only("SMTP error from remote mail server after RCPT\n TO:<bob@example.net>: 550 User unknown");

    assertThat(reply.command()).hasValue(SmtpCommand.RCPT);
  }

  /** Without {@code said:} or another marker, an enhanced code of the reply's class makes a reply. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~Sorry, no mailbox here by that name: 550 (#5.1.1) No such user~   | 550 | 5.1.1
      ~Sorry, no mailbox here by that name: 550 #5.1.1 No such user~     | 550 | 5.1.1
      ~The server answered 550 5.1.1~                                    | 550 | 5.1.1
      """)
  void anEnhancedCodeOfTheRepliesClassMakesAReply(String text, int code, String enhanced) {
    QuotedReply reply = only(text);

    assertThat(reply.code()).isEqualTo(code);
    assertThat(reply.enhancedCode().map(StatusCode::toString)).hasValue(enhanced);
  }

  /** Punctuation that ends a sentence may follow the enhanced code that marks a reply in prose. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~The server answered: 550 5.1.1.~                                  | 550
      ~The server answered 452 4.2.2- mailbox full~                      | 452
      ~The server answered 452 4.2.2, mailbox full~                      | 452
      """)
  void punctuationAfterTheMarkingCodeStillMakesAReply(String text, int code) {
    assertThat(only(text).code()).isEqualTo(code);
  }

  /** The markers that stand for "here comes the server's reply" make a reply of a code without an enhanced code. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~host mx.example.net [192.0.2.1]: 550 User unknown~                 | User unknown
      ~SMTP error after RCPT TO:<bob@example.net>: 550 User unknown~      | User unknown
      ~host mx.example.net[192.0.2.1] refused to talk to me: 554 Go away~ | Go away
      ~<<< 550 User unknown~                                              | User unknown
      ~Diagnostic-Code: SMTP; 550 User unknown~                           | User unknown
      """)
  void eachMarkerMakesAReply(String text, String replyText) {
    assertThat(only(text).reply().text()).isEqualTo(replyText);
  }

  /** The marker may stand up to 16 characters of white space before the reply code, no further. */
  @Test
  void aMarkerCountsOverAtMostSixteenSpaces() {
    assertThat(SmtpReplies.findAll("Remote host said:" + " ".repeat(16) + "550 User unknown")).hasSize(1);
    assertThat(SmtpReplies.findAll("Remote host said:" + " ".repeat(17) + "550 User unknown")).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "note: 550 User unknown",
      "failed: 550 '",
      "failed: 550 (#",
      "550",
      "The server answered 550 4.1.1 User unknown",
      "The server answered 550 5.1.1x",
      "The server answered 550 5.1.1.x",
      "The server answered 550 5.1.1_x"})
  void withoutAMarkerOrAStrongCodeThereIsNoReply(String text) {
    assertThat(SmtpReplies.findAll(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~the reply was '550 5.1.1 User unknown' from mx.example.net~        | User unknown
      ~the reply was "550 5.1.1 User unknown" from mx.example.net~        | User unknown
      ~the reply was <550 5.1.1 User unknown> from mx.example.net~        | User unknown
      """)
  void aReplyInQuotesOrAngleBracketsEndsAtTheClosingOne(String text, String replyText) {
    assertThat(only(text).reply().text()).isEqualTo(replyText);
  }

  @Test
  void repliesInQuotesOnTheirOwnLinesAreEachFound() {
    List<QuotedReply> found = SmtpReplies.findAll("first <550 5.1.1 User unknown>\nthen '452 4.2.2 Mailbox full'");

    assertThat(found).extracting(reply -> reply.reply().text()).containsExactly("User unknown", "Mailbox full");
  }

  @Test
  void findFirstGivesTheFirstOfSeveralReplies() {
    String text = "bob: host a said: 550 5.1.1 User unknown\ncarol: host b said: 452 4.2.2 Mailbox full";

    assertThat(SmtpReplies.findFirst(text).map(QuotedReply::code)).hasValue(550);
    assertThat(SmtpReplies.findAll(text)).extracting(QuotedReply::code).containsExactly(550, 452);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~status=bounced (host mx said: 550 5.1.1 Gone)~                                    | Gone         |
      ~status=bounced (host mx said: 550 5.1.1 Gone)   ~                                 | Gone         |
      ~x (y (host mx said: 550 5.1.1 Gone))~                                             | Gone         |
      ~(host mx said: 550 5.1.1 Gone (see https://example.net/why))~                     | Gone (see https://example.net/why) |
      ~(host mx said: 550 5.1.1 User unknown (in reply to RCPT TO command)) ~            | User unknown | RCPT
      ~host mx said: 550 5.1.1 User unknown (in reply to end of\\n    DATA command)~      | User unknown | END_OF_DATA
      """)
  void closingParenthesesOfTheQuotingTextAreNotPartOfTheReply(String text, String replyText, SmtpCommand command) {
    QuotedReply reply = only(text.replace("\\n", "\n"));

    assertThat(reply.reply().text()).isEqualTo(replyText);
    assertThat(reply.command()).isEqualTo(Optional.ofNullable(command));
  }
}
