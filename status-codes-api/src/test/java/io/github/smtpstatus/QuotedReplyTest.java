package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuotedReplyTest {

  private static final String GMAIL_FLATTENED = "550-5.7.1 [192.0.2.1] Our system has detected that this message is"
      + " 550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail, 550-5.7.1 this message"
      + " has been blocked. Please visit 550 5.7.1 https://support.google.com/mail/?p=UnsolicitedMessageError"
      + " d2e1a72fcca58-1234si567.89 - gsmtp";

  @Test
  void aFlattenedGmailReplyIsSplitIntoItsFourLines() {
    QuotedReply quoted = QuotedReply.parse(GMAIL_FLATTENED);

    assertThat(quoted.code()).isEqualTo(550);
    assertThat(quoted.enhancedCode()).hasValue(StatusCode.parse("5.7.1"));
    assertThat(quoted.reply().lines()).containsExactly(
        "[192.0.2.1] Our system has detected that this message is",
        "likely unsolicited mail. To reduce the amount of spam sent to Gmail,",
        "this message has been blocked. Please visit",
        "https://support.google.com/mail/?p=UnsolicitedMessageError d2e1a72fcca58-1234si567.89 - gsmtp");
    assertThat(quoted.repairs()).extracting(ReplyFinding::kind).containsExactly(ReplyFinding.Kind.FLATTENED);
    assertThat(quoted.repairs().get(0).message()).isEqualTo("the lines of a multi-line reply were joined with"
        + " white space; read again as 4 lines, split where 550 repeats as a line prefix");
    assertThat(quoted.reply().findings()).isEmpty();
  }

  /** What splits and what does not, for a reply whose first line is {@code 550-5.7.1 first}. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      550-5.7.1 first 550 5.7.1 last                    | first;last
      550-5.7.1 first 550-5.7.1 middle 550 5.7.1 last   | first;middle;last
      550-5.7.1 first\t550 5.7.1 last                   | first;last
      550-5.7.1 first    550 5.7.1 last                 | first;last
      550-5.7.1 first 550 5.7.1                         | first;
      550-5.7.1 first 550-5.7.2 look-alike              | first 550-5.7.2 look-alike
      550-5.7.1 first 551-5.7.1 look-alike              | first 551-5.7.1 look-alike
      550-5.7.1 first550-5.7.1 look-alike               | first550-5.7.1 look-alike
      550-5.7.1 first 550-5.7.10 look-alike             | first 550-5.7.10 look-alike
      550-5.7.1 first 550-5.7.1x look-alike             | first 550-5.7.1x look-alike
      550-5.7.1 first 5500-5.7.1 look-alike             | first 5500-5.7.1 look-alike
      550-5.7.1 first 550:5.7.1 look-alike              | first 550:5.7.1 look-alike
      550-5.7.1 first 550 5.7.1 last 550-5.7.1 after    | first;last 550-5.7.1 after
      550 5.7.1 one line 550-5.7.1 not split            | one line 550-5.7.1 not split
      250-First line 250-Second line 250 Last line      | First line;Second line;Last line
      250-First line 250-5.0.0 any code 250 Last        | First line;any code;Last
      250-First line 251 other code                     | First line 251 other code
      """)
  void flattenedRepliesSplitOnlyWhereTheOwnLinePrefixRepeats(String text, String lines) {
    QuotedReply quoted = QuotedReply.parse(text);

    List<String> expected = List.of(lines.split(";", -1));
    assertThat(quoted.reply().lines()).containsExactlyElementsOf(expected);
    assertThat(quoted.hasFinding(ReplyFinding.Kind.FLATTENED)).isEqualTo(expected.size() > 1);
  }

  @Test
  void aSendmailFirstLineIsReadAsTheFinalLineAndReportedTruncated() {
    QuotedReply quoted = QuotedReply.parse("552-5.7.0 This message was blocked because its content presents a potential");

    assertThat(quoted.reply().isMultiline()).isFalse();
    assertThat(quoted.reply().text()).isEqualTo("This message was blocked because its content presents a potential");
    assertThat(quoted.enhancedCode()).hasValue(StatusCode.parse("5.7.0"));
    assertThat(quoted.repairs()).containsExactly(new ReplyFinding(ReplyFinding.Kind.TRUNCATED,
        "the reply ends on a continuation line (552-) at index 0; that line was read as the final line"));
  }

  @Test
  void aFlattenedReplyCutBeforeItsFinalLineIsFlattenedAndTruncated() {
    QuotedReply quoted = QuotedReply.parse("451-4.7.1 Greylisted 451-4.7.1 try again");

    assertThat(quoted.reply().lines()).containsExactly("Greylisted", "try again");
    assertThat(quoted.repairs()).extracting(ReplyFinding::kind)
        .containsExactly(ReplyFinding.Kind.FLATTENED, ReplyFinding.Kind.TRUNCATED);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      550 #5.1.0 Address rejected.             | 5.1.0 | Address rejected.       | #5.1.0
      550 (#5.1.1) Sorry, no mailbox here      | 5.1.1 | Sorry, no mailbox here  | (#5.1.1)
      554 #5.3.0                               | 5.3.0 | ''                      | #5.3.0
      """)
  void aCodeWrittenWithAHashIsReadAsTheEnhancedCode(String text, String code, String rest, String written) {
    QuotedReply quoted = QuotedReply.parse(text);

    assertThat(quoted.enhancedCode()).hasValue(StatusCode.parse(code));
    assertThat(quoted.reply().text()).isEqualTo(rest);
    assertThat(quoted.repairs()).containsExactly(new ReplyFinding(ReplyFinding.Kind.NONSTANDARD_CODE_FORM,
        "the enhanced code at index 4 is written \"" + written + "\"; read as a plain code (RFC 2034)"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"550 #5.1.0x rejected", "550 (#5.1.1 no close", "550 #hashtag", "550 (#5.1.1)x"})
  void aHashThatIsNotACodeFormStaysText(String text) {
    QuotedReply quoted = QuotedReply.parse(text);

    assertThat(quoted.enhancedCode()).isEmpty();
    assertThat(quoted.isRepaired()).isFalse();
    assertThat(quoted.reply()).isEqualTo(SmtpReply.parse(text));
  }

  @Test
  void surroundingWhiteSpaceIsDroppedAndTheSpanSaysWhere() {
    QuotedReply quoted = QuotedReply.parse(" \t550 5.1.1 User unknown\r\n\r\n");

    assertThat(quoted.reply()).isEqualTo(SmtpReply.parse("550 5.1.1 User unknown"));
    assertThat(quoted.start()).isEqualTo(2);
    assertThat(quoted.end()).isEqualTo(24);
    assertThat(quoted.repairs()).containsExactly(new ReplyFinding(ReplyFinding.Kind.SURROUNDING_SPACE,
        "white space around the reply was dropped; the reply is the text from index 2 to 24"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"550 5.1.1 User unknown\"", "'550 5.1.1 User unknown'", "\"'550 5.1.1 User unknown'\""})
  void aReplyBetweenQuotesLosesItsQuotes(String text) {
    QuotedReply quoted = QuotedReply.parse(text);

    assertThat(quoted.reply()).isEqualTo(SmtpReply.parse("550 5.1.1 User unknown"));
    assertThat(quoted.repairs()).extracting(ReplyFinding::kind).containsExactly(ReplyFinding.Kind.QUOTED);
  }

  @Test
  void aLineTextBetweenQuotesThatStartsWithACodeLosesItsQuotes() {
    QuotedReply quoted = QuotedReply.parse("550-'5.7.1 <bob@example.net>... Access denied'");

    assertThat(quoted.enhancedCode()).hasValue(StatusCode.parse("5.7.1"));
    assertThat(quoted.reply().text()).isEqualTo("<bob@example.net>... Access denied");
    assertThat(quoted.repairs()).extracting(ReplyFinding::kind)
        .containsExactly(ReplyFinding.Kind.TRUNCATED, ReplyFinding.Kind.QUOTED);
  }

  @Test
  void aQuotedLineTextFollowedByATrailerLosesItsQuotesAndKeepsTheTrailer() {
    QuotedReply quoted = QuotedReply.parse("550-'5.7.1 <bob@example.net>... Access denied' (delivery attempts: 0)");

    assertThat(quoted.enhancedCode()).hasValue(StatusCode.parse("5.7.1"));
    assertThat(quoted.reply().text()).isEqualTo("<bob@example.net>... Access denied (delivery attempts: 0)");
    assertThat(quoted.hasFinding(ReplyFinding.Kind.QUOTED)).isTrue();
  }

  @Test
  void wrappedTextIsUnwrappedAtEachFold() {
    QuotedReply quoted = QuotedReply.parse("550 5.1.1 <bob@example.net>: Recipient address\n    rejected: User unknown");

    assertThat(quoted.reply().text()).isEqualTo("<bob@example.net>: Recipient address rejected: User unknown");
    assertThat(quoted.repairs()).containsExactly(new ReplyFinding(ReplyFinding.Kind.WRAPPED, "the text was wrapped;"
        + " each line break followed by white space, from index 46 on, was read as one space"));
  }

  @Test
  void aStrictlyValidReplyComesBackUnrepairedAndEqualToTheStrictParse() {
    String wire = "550-5.1.1 The email account that you tried to reach does not exist.\r\n550 5.1.1 Try again.";

    QuotedReply quoted = QuotedReply.parse(wire);

    assertThat(quoted.reply()).isEqualTo(SmtpReply.parse(wire));
    assertThat(quoted.repairs()).isEmpty();
    assertThat(quoted.findings()).isEqualTo(SmtpReply.parse(wire).findings());
    assertThat(quoted.start()).isZero();
    assertThat(quoted.end()).isEqualTo(wire.length());
  }

  @Test
  void realLineBreaksOfATruncatedReplySplitWithoutTheEnhancedCodeRule() {
    QuotedReply quoted = QuotedReply.parse("550-5.1.1 first\r\n550-5.1.2 second");

    assertThat(quoted.reply().lines()).containsExactly("first", "second");
    assertThat(quoted.repairs()).extracting(ReplyFinding::kind).containsExactly(ReplyFinding.Kind.TRUNCATED);
  }

  @Test
  void theReplysOwnFindingsFollowTheRepairs() {
    QuotedReply quoted = QuotedReply.parse("  550 5.7.606 Access denied, banned sending IP [192.0.2.1]");

    assertThat(quoted.findings()).extracting(ReplyFinding::kind)
        .containsExactly(ReplyFinding.Kind.SURROUNDING_SPACE, ReplyFinding.Kind.UNREGISTERED);
    assertThat(quoted.hasFinding(ReplyFinding.Kind.UNREGISTERED)).isTrue();
    assertThat(quoted.hasFinding(ReplyFinding.Kind.FLATTENED)).isFalse();
  }

  @Test
  void strictReadingRefusesWhatNeedsARepairAndNamesIt() {
    assertThatThrownBy(() -> QuotedReply.parse(GMAIL_FLATTENED, Set.of()))
        .isInstanceOf(SmtpReplyFormatException.class)
        .hasMessage("Invalid SMTP reply " + InputText.quote(GMAIL_FLATTENED)
            + ": not a strict reply, and the repair FLATTENED is not allowed at line 1, index 67");
    assertThat(QuotedReply.tryParse("  550 5.1.1 x", Set.of())).isEmpty();
  }

  @Test
  void strictReadingAcceptsExactlyWhatTheStrictParserAccepts() {
    String hashed = "550 #5.1.0 Address rejected.";

    QuotedReply quoted = QuotedReply.parse(hashed, Set.of());

    assertThat(quoted.reply()).isEqualTo(SmtpReply.parse(hashed));
    assertThat(quoted.enhancedCode()).isEmpty();
  }

  @Test
  void onlyTheAllowedRepairsAreMade() {
    Set<ReplyFinding.Kind> allowed = Set.of(ReplyFinding.Kind.SURROUNDING_SPACE);

    assertThat(QuotedReply.tryParse(" 550 5.1.1 x ", allowed)).isPresent();
    assertThat(QuotedReply.tryParse(" 550-5.1.1 x", allowed)).isEmpty();
  }

  @Test
  void aKindThatIsNotARepairIsRefusedAsAnAllowedRepair() {
    assertThatThrownBy(() -> QuotedReply.tryParse("550 x", Set.of(ReplyFinding.Kind.CLASS_MISMATCH)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("CLASS_MISMATCH is not a repair kind; repair kinds are [FLATTENED, WRAPPED,");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      hello                            | 1 | 0  | expected a three-digit reply code, found 'h'
      ~   ~                            | 1 | 3  | empty reply
      650 5.1.1 x                      | 1 | 0  | reply code must start with 2, 3, 4 or 5
      590 x                            | 1 | 1  | second digit of the reply code must be 0 to 5
      55                               | 1 | 2  | expected a three-digit reply code, found the end
      550x                             | 1 | 3  | expected ' ', '-' or the end after the reply code, found 'x'
      ~550 5.1.1 a\\nb~                | 2 | 12 | line break not followed by white space or by the reply code 550
      ~550 5.1.1 a\\u0007b~            | 1 | 11 | control character U+0007 in the text
      """)
  void textThatIsNotAReplyEvenLenientlyIsRefusedWithIndexAndReason(String text, int line, int index, String reason) {
    String input = text.replace("\\n", "\n").replace("\\u0007", "\u0007");

    assertThatThrownBy(() -> QuotedReply.parse(input))
        .isInstanceOfSatisfying(SmtpReplyFormatException.class, e -> {
          assertThat(e.getReason()).isEqualTo(reason);
          assertThat(e.getIndex()).isEqualTo(index);
          assertThat(e.getLine()).isEqualTo(line);
        });
    assertThat(QuotedReply.tryParse(input)).isEmpty();
  }

  @Test
  void aReplyNestedInAngleBracketsIsExposedAndTheOuterCodeStays() {
    QuotedReply quoted = QuotedReply.parse(
        "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>");

    assertThat(quoted.enhancedCode()).hasValue(StatusCode.parse("4.4.7"));
    QuotedReply nested = quoted.nested().orElseThrow();
    assertThat(nested.code()).isEqualTo(421);
    assertThat(nested.enhancedCode()).hasValue(StatusCode.parse("4.4.2"));
    assertThat(nested.reply().text()).isEqualTo("Connection timed out");
    assertThat(quoted.reply().text().substring(nested.start(), nested.end())).isEqualTo("421 4.4.2 Connection timed out");
    assertThat(quoted.innermost()).isSameAs(nested);
    assertThat(quoted.nested()).isSameAs(quoted.nested());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      554 5.0.0 Service unavailable; host mx.example.net[192.0.2.1] said: 550 User unknown | 550 | User unknown
      451 4.4.0 Relay failed: 452 4.2.2 Mailbox full                                       | 452 | Mailbox full
      550 5.0.0 Remote said "550 5.1.1 No such user" here                                  | 550 | No such user
      550 5.0.0 Remote said '250 ok' oddly                                                 | 250 | ok
      """)
  void aReplyQuotedAfterAColonOrInQuotesIsNested(String text, int code, String nestedText) {
    QuotedReply nested = QuotedReply.parse(text).nested().orElseThrow();

    assertThat(nested.code()).isEqualTo(code);
    assertThat(nested.reply().text()).isEqualTo(nestedText);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "550 5.1.1 User unknown: 450 messages queued", "550 5.7.1 Blocked, see 550 5.7.1 on our page",
      "421 4.7.0 Try again in 450 seconds", "550 5.1.1 <550@example.com>: no such user"})
  void numbersInAReplysTextAreNotNestedReplies(String text) {
    assertThat(QuotedReply.parse(text).nested()).isEmpty();
    assertThat(QuotedReply.parse(text).innermost().reply()).isEqualTo(SmtpReply.parse(text));
  }

  @Test
  void innermostFollowsNestingButNoDeeperThanTheCap() {
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      deep.append("554 5.0.0 relay <");
    }
    deep.append("550 5.1.1 end");
    deep.append(">".repeat(40));

    QuotedReply inner = QuotedReply.parse(deep).innermost();

    assertThat(inner.reply().text()).startsWith("relay <");
    int depth = 0;
    for (Optional<QuotedReply> at = QuotedReply.parse(deep).nested(); at.isPresent(); at = at.get().nested()) {
      depth++;
    }
    assertThat(depth).isEqualTo(40);
  }

  @Test
  void equalWhenReplyRepairsSpanAndCommandAreEqual() {
    QuotedReply one = QuotedReply.parse(" 550 5.1.1 x");
    QuotedReply same = QuotedReply.parse(" 550 5.1.1 x");

    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).hasToString("550 5.1.1 x")
        .isNotEqualTo(QuotedReply.parse("550 5.1.1 x"))
        .isNotEqualTo(QuotedReply.parse("  550 5.1.1 x"))
        .isNotEqualTo(QuotedReply.parse(" 550 5.1.1 y"))
        .isNotEqualTo(SmtpReplies.findFirst("said: 550 5.1.1 x (in reply to RCPT TO command)").orElseThrow())
        .isNotEqualTo("550 5.1.1 x");
  }

  @Test
  void theRepairKindsAreTheLenientReadingsOwn() {
    assertThat(QuotedReply.ALL_REPAIRS).containsExactly(ReplyFinding.Kind.FLATTENED, ReplyFinding.Kind.WRAPPED,
        ReplyFinding.Kind.TRUNCATED, ReplyFinding.Kind.NONSTANDARD_CODE_FORM, ReplyFinding.Kind.SURROUNDING_SPACE,
        ReplyFinding.Kind.QUOTED);
    assertThat(ReplyFinding.Kind.LINE_TOO_LONG.isRepair()).isFalse();
  }
}
