package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SmtpReplyTest {

  /** The server side of the dialogue in RFC 2034 section 6. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      220 dbc.mtview.ca.us SMTP service ready                               | 220 |       | dbc.mtview.ca.us SMTP service ready
      ~250-dbc.mtview.ca.us says hello\\r\\n250 ENHANCEDSTATUSCODES~         | 250 |       | dbc.mtview.ca.us says hello ENHANCEDSTATUSCODES
      ~250 2.1.0 Originator <ned@ymir.claremont.edu> ok~                     | 250 | 2.1.0 | Originator <ned@ymir.claremont.edu> ok
      ~250 2.1.5 Recipient <mrose@dbc.mtview.ca.us> ok~                      | 250 | 2.1.5 | Recipient <mrose@dbc.mtview.ca.us> ok
      ~550 5.1.1 Mailbox "nosuchuser" does not exist~                        | 550 | 5.1.1 | Mailbox "nosuchuser" does not exist
      ~551-5.7.1 Forwarding to remote hosts disabled\\r\\n551 5.7.1 Select another host to act as your forwarder~ | 551 | 5.7.1 | Forwarding to remote hosts disabled Select another host to act as your forwarder
      ~354 Send message, ending in CRLF.CRLF.~                               | 354 |       | Send message, ending in CRLF.CRLF.
      250 2.6.0 Message accepted                                             | 250 | 2.6.0 | Message accepted
      221 2.0.0 Goodbye                                                      | 221 | 2.0.0 | Goodbye
      """)
  void parsesTheRfc2034Dialogue(String wire, int code, String enhanced, String text) {
    SmtpReply reply = SmtpReply.parse(wire.replace("\\r\\n", "\r\n"));

    assertThat(reply.code()).isEqualTo(code);
    assertThat(reply.enhancedCode().map(StatusCode::toString)).isEqualTo(Optional.ofNullable(enhanced));
    assertThat(reply.text()).isEqualTo(text);
    assertThat(reply.findings()).isEmpty();
  }

  @Test
  void linesAreMadeOnceAndTheSameListComesBackEachTime() {
    SmtpReply reply = SmtpReply.parse("550-5.1.1 first\r\n550 5.1.1 second");
    List<String> lines = reply.lines();
    assertThat(reply.lines()).isSameAs(lines).containsExactly("first", "second");
  }

  @Test
  void linesAskedForByManyThreadsAtOnceAreEqualForAll() throws Exception {
    SmtpReply reply = SmtpReply.parse("451-4.7.1 Greylisted\r\n451-4.7.1 try again\r\n451 4.7.1 later");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(reply::lines));
      }
      for (Future<List<String>> result : results) {
        assertThat(result.get()).containsExactly("Greylisted", "try again", "later");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void parsesTheRfc5321MultilineExampleWithAValidCode() {
    SmtpReply reply = SmtpReply.parse(
        "250-First line\r\n250-Second line\r\n250-234 Text beginning with numbers\r\n250 The last line\r\n");

    assertThat(reply.lines()).containsExactly("First line", "Second line", "234 Text beginning with numbers", "The last line");
    assertThat(reply.enhancedCode()).isEmpty();
    assertThat(reply.isMultiline()).isTrue();
  }

  @Test
  void refusesTheRfc5321ExampleCode123BecauseRepliesStartWith2To5() {
    assertThatThrownBy(() -> SmtpReply.parse("123-First line\r\n123 The last line"))
        .hasMessage("Invalid SMTP reply \"123-First line\\r\\n123 The last line\": reply code must start with 2, 3, 4 "
            + "or 5 at line 1, index 0");
  }

  @Test
  void parsesAnEhloResponse() {
    SmtpReply reply = SmtpReply.parse("250-foo.com greets bar.com\n250-8BITMIME\n250-SIZE\n250-DSN\n250 HELP");

    assertThat(reply.lines()).containsExactly("foo.com greets bar.com", "8BITMIME", "SIZE", "DSN", "HELP");
  }

  @Test
  void parsesGmailsFourLineNoSuchUser() {
    SmtpReply reply = SmtpReply.parse(
        "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n"
            + "550-5.1.1 double-checking the recipient's email address for typos or\r\n"
            + "550-5.1.1 unnecessary spaces. For more information, go to\r\n"
            + "550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-5d8b3e4d9a1si1234567a12.123 - gsmtp\r\n");

    assertThat(reply.code()).isEqualTo(550);
    assertThat(reply.enhancedCode()).contains(StatusCode.parse("5.1.1"));
    assertThat(reply.lines()).hasSize(4).last().isEqualTo(
        "https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-5d8b3e4d9a1si1234567a12.123 - gsmtp");
    assertThat(reply.text()).startsWith("The email account that you tried to reach does not exist. Please try double-checking");
    assertThat(reply.findings()).isEmpty();
  }

  static Stream<Arguments> realWorldReplies() {
    return Stream.of(
        reply("Gmail over quota: 452 with X.2.2, which the registry pairs with 552",
            "452-4.2.2 The recipient's inbox is out of storage space. Please direct the\r\n"
                + "452-4.2.2 recipient to\r\n452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp a1si123 - gsmtp",
            452, "4.2.2", ReplyFinding.Kind.REPLY_CODE_NOT_ASSOCIATED),
        reply("Gmail rate limit with a bracketed IP",
            "421-4.7.0 [203.0.113.9      15] Our system has detected an unusual rate of\r\n"
                + "421-4.7.0 unsolicited mail originating from your IP address. To protect our\r\n"
                + "421 4.7.0 users from spam, mail sent from your IP address has been temporarily rate limited.",
            421, "4.7.0", ReplyFinding.Kind.REPLY_CODE_NOT_ASSOCIATED),
        reply("Gmail DMARC rejection",
            "550-5.7.26 This mail has been blocked because the sender is unauthenticated.\r\n"
                + "550 5.7.26  Gmail requires all senders to authenticate with either SPF or DKIM.",
            550, "5.7.26"),
        reply("Microsoft 365 banned IP: an unregistered code",
            "550 5.7.606 Access denied, banned sending IP [203.0.113.4]. To request removal from this list please "
                + "visit https://sender.office.com/ and follow the directions. AS(1430)",
            550, "5.7.606", ReplyFinding.Kind.UNREGISTERED),
        reply("Microsoft 365 unknown recipient",
            "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
            550, "5.1.10", ReplyFinding.Kind.REPLY_CODE_NOT_ASSOCIATED),
        reply("Postfix client host rejected",
            "554 5.7.1 <unknown[203.0.113.7]>: Client host rejected: Access denied", 554, "5.7.1",
            ReplyFinding.Kind.REPLY_CODE_NOT_ASSOCIATED),
        reply("Postfix greylisting", "450 4.7.1 <a@example.net>: Recipient address rejected: Greylisted for 300 seconds",
            450, "4.7.1", ReplyFinding.Kind.REPLY_CODE_NOT_ASSOCIATED),
        reply("Postfix unknown user", "550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in "
            + "virtual mailbox table", 550, "5.1.1"),
        reply("Exim sender verify without enhanced codes",
            "550-Verification failed for <a@example.org>\r\n550-Unrouteable address\r\n550 Sender verify failed",
            550, null),
        reply("Exim temporary problem", "451 Temporary local problem - please try later", 451, null),
        reply("Yahoo deferral with a dotted number in the text",
            "421 4.7.0 [TSS04] Messages from 203.0.113.8 temporarily deferred due to unexpected volume or user "
                + "complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes", 421, "4.7.0",
            ReplyFinding.Kind.REPLY_CODE_NOT_ASSOCIATED),
        reply("Yahoo policy rejection", "554 5.7.9 Message not accepted for policy reasons.  See "
            + "https://help.yahoo.com/kb/postmaster/SLN7253.html", 554, "5.7.9",
            ReplyFinding.Kind.REPLY_CODE_NOT_ASSOCIATED),
        reply("a successful DATA", "250 2.0.0 OK  1732788062 d2-20020a05600c4c0200b0043123456si1234567wmq.123 - gsmtp",
            250, "2.0.0"),
        reply("a code alone on the last line", "550 5.1.1", 550, "5.1.1"),
        reply("a code alone with trailing spaces", "550 5.1.1   ", 550, "5.1.1"),
        reply("a code glued to text is not a code", "550 5.1.1User unknown", 550, null),
        reply("a code with a trailing dot is not a code", "550 5.1.1. User unknown", 550, null),
        reply("UTF-8 text (RFC 6531)", "550 5.1.1 Benutzer unbekannt: m\u00fcller@example.de", 550, "5.1.1"));
  }

  private static Arguments reply(String description, String wire, int code, String enhanced,
      ReplyFinding.Kind... findings) {
    return Arguments.of(description, wire, code, enhanced, List.of(findings));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realWorldReplies")
  void parsesRealWorldReplies(String description, String wire, int code, String enhanced,
      List<ReplyFinding.Kind> findings) {
    SmtpReply reply = SmtpReply.parse(wire);

    assertThat(reply.code()).isEqualTo(code);
    assertThat(reply.enhancedCode().map(StatusCode::toString)).isEqualTo(Optional.ofNullable(enhanced));
    assertThat(reply.findings()).extracting(ReplyFinding::kind).isEqualTo(findings);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realWorldReplies")
  void toStringParsesBackToAnEqualReply(String description, String wire) {
    SmtpReply reply = SmtpReply.parse(wire);

    assertThat(SmtpReply.parse(reply.toString())).isEqualTo(reply).hasSameHashCodeAs(reply);
  }

  @Test
  void acceptsCrlfBareLfAndNoFinalLineEndAlike() {
    SmtpReply crlf = SmtpReply.parse("550-5.1.1 a\r\n550 5.1.1 b\r\n");

    assertThat(SmtpReply.parse("550-5.1.1 a\n550 5.1.1 b\n")).isEqualTo(crlf);
    assertThat(SmtpReply.parse("550-5.1.1 a\r\n550 5.1.1 b")).isEqualTo(crlf);
    assertThat(crlf).hasToString("550-5.1.1 a\r\n550 5.1.1 b");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~550 4.1.1 No such user~ | CLASS_MISMATCH: the enhanced status code 4.1.1 is class 4 but the reply code 550 is 5yz; RFC 2034 requires them to agree
      ~550-5.1.1 a\\r\\n550-5.1.2 b\\r\\n550 5.1.1 c~ | INCONSISTENT_LINES: the lines carry different enhanced status codes (5.1.1 on line 1, 5.1.2 on line 2, 5.1.1 on line 3); RFC 2034 wants the same on every line, so the last line's 5.1.1 is used
      ~550-5.1.1 a\\r\\n550-b\\r\\n550 5.1.1 c~ | MISSING_ON_SOME_LINES: 2 of 3 lines carry an enhanced status code (missing on line 2); RFC 2034 wants it on every line, so the last line's 5.1.1 is used
      ~550-5.1.1 a\\r\\n550 b~ | MISSING_ON_SOME_LINES: 1 of 2 lines carry an enhanced status code (missing on line 2); RFC 2034 wants it on every line, and the last line has none
      ~354 2.0.0 Start mail input~ | CODE_ON_INTERMEDIATE_REPLY: the intermediate reply 354 carries an enhanced status code; RFC 2034 gives 3yz replies none
      ~553 5.6.10 UTF-8 reply required~ | DEPRECATED: 5.6.10 is deprecated in the IANA registry; use 5.6.8 instead
      ~550 5.7.606 Access denied~ | UNREGISTERED: 5.7.606 is not in the IANA registry; a receiver falls back to 5.7.606: Other or undefined security status (subject X.7.0, detail 606 unregistered)
      ~550 5.9.1 Local policy~ | UNREGISTERED: 5.9.1 is not in the IANA registry; a receiver falls back to 5.9.1: Permanent Failure (class only, subject 9 unregistered)
      ~550 5.2.2 Mailbox full~ | REPLY_CODE_NOT_ASSOCIATED: the IANA registry associates X.2.2 with reply codes 552, not 550
      ~451 4.7.24 SPF error~ | ~~
      ~451 4.7.15 Priority too low~ | ~~
      ~554 5.7.17 Mailbox owner has changed~ | ~~
      ~221 2.0.0 Bye~ | ~~
      ~550 5.7.28 Mail flood~ | ~~
      ~421 4.0.0 Any code goes with X.0.0~ | ~~
      """)
  void reportsWhatACarefulReceiverNotices(String wire, String finding) {
    SmtpReply reply = SmtpReply.parse(wire.replace("\\r\\n", "\r\n"));

    assertThat(reply.findings()).extracting(ReplyFinding::toString)
        .isEqualTo(finding == null || finding.isEmpty() ? List.of() : List.of(finding));
  }

  @Test
  void linesThatDisagreeAreInconsistentAlsoWhenTheLastLineHasNoCode() {
    SmtpReply reply = SmtpReply.parse("550-5.1.1 a\r\n550-5.1.2 b\r\n550 c");

    assertThat(reply.enhancedCode()).isEmpty();
    assertThat(reply.findings()).extracting(ReplyFinding::toString).containsExactly(
        "MISSING_ON_SOME_LINES: 2 of 3 lines carry an enhanced status code (missing on line 3); RFC 2034 wants it on "
            + "every line, and the last line has none",
        "INCONSISTENT_LINES: the lines carry different enhanced status codes (5.1.1 on line 1, 5.1.2 on line 2); "
            + "RFC 2034 wants the same on every line");
  }

  @Test
  void aLineWithoutACodeBeforeLinesThatDisagreeIsNotNamedAmongTheCodes() {
    SmtpReply reply = SmtpReply.parse("550-first\r\n550-5.1.1 a\r\n550 5.1.2 b");

    assertThat(reply.findings()).extracting(ReplyFinding::message).containsExactly(
        "2 of 3 lines carry an enhanced status code (missing on line 1); RFC 2034 wants it on every line, so the"
            + " last line's 5.1.2 is used",
        "the lines carry different enhanced status codes (5.1.1 on line 2, 5.1.2 on line 3); RFC 2034 wants the"
            + " same on every line, so the last line's 5.1.2 is used");
  }

  @Test
  void theSameCodeOnTheLinesThatHaveOneIsNotInconsistent() {
    SmtpReply reply = SmtpReply.parse("550-5.1.1 a\r\n550-5.1.1 b\r\n550 c");

    assertThat(reply.findings()).extracting(ReplyFinding::kind).containsExactly(ReplyFinding.Kind.MISSING_ON_SOME_LINES);
  }

  @Test
  void namesEveryLineWithoutACode() {
    SmtpReply reply = SmtpReply.parse("550-5.1.1 a\r\n550-b\r\n550-c\r\n550 5.1.1 d");

    assertThat(reply.findings()).extracting(ReplyFinding::message).containsExactly("2 of 4 lines carry an enhanced "
        + "status code (missing on lines 2, 3); RFC 2034 wants it on every line, so the last line's 5.1.1 is used");
  }

  @ParameterizedTest(name = "{0} octets of text")
  @CsvSource({"506, false", "507, true"})
  void aLineMayHaveFiveHundredTwelveOctetsWithItsCodeAndCrlf(int textOctets, boolean tooLong) {
    SmtpReply reply = SmtpReply.parse("250 " + "t".repeat(textOctets));

    assertThat(reply.hasFinding(ReplyFinding.Kind.LINE_TOO_LONG)).isEqualTo(tooLong);
  }

  /** A character of CJK text is 3 octets in UTF-8, so 169 of them fit (513 octets with code and CRLF do not). */
  @ParameterizedTest(name = "{0} three-octet characters")
  @CsvSource({"168, false", "169, true", "170, true"})
  void aLineOfThreeOctetCharactersIsMeasuredInOctets(int characters, boolean tooLong) {
    SmtpReply reply = SmtpReply.parse("250 " + "\u4e2d".repeat(characters));

    assertThat(reply.hasFinding(ReplyFinding.Kind.LINE_TOO_LONG)).isEqualTo(tooLong);
  }

  @Test
  void textLeavesOutEmptyLines() {
    assertThat(SmtpReply.parse("250-first\r\n250-\r\n250 last").text()).isEqualTo("first last");
  }

  @Test
  void fourLineRepliesParsedFromTwoStringsAreEqualAndHashAlike() {
    String wire = "250-mx.example.com\r\n250-PIPELINING\r\n250-8BITMIME\r\n250 SMTPUTF8";
    SmtpReply first = SmtpReply.parse(wire);
    SmtpReply second = SmtpReply.parse(new StringBuilder(wire));

    assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
    assertThat(first).isNotEqualTo(SmtpReply.parse(wire.replace("SMTPUTF8", "SMTPUTF9")));
  }

  /** 600 octets of text in each case, so that the finding states the count: 606 with code, space and CRLF. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      U+0080, two octets              | \u0080       | 300
      U+07FF, two octets              | \u07ff       | 300
      U+0800, three octets            | \u0800       | 200
      a surrogate pair, four octets   | \ud83d\ude00 | 150
      a lone high surrogate, three    | \ud83d       | 200
      a lone low surrogate, three     | \ude00       | 200
      """)
  void countsTheUtf8OctetsOfEachCharacter(String description, String character, int repeat) {
    SmtpReply reply = SmtpReply.parse("250 " + character.repeat(repeat));

    assertThat(reply.findings()).extracting(ReplyFinding::message)
        .containsExactly("line 1 is 606 octets with its CRLF; RFC 5321 allows 512");
  }

  @Test
  void repliesWithAnotherCodeOrOtherLinesAreNotEqual() {
    SmtpReply reply = SmtpReply.parse("550 5.1.1 unknown");

    assertThat(reply).isNotEqualTo(SmtpReply.parse("551 5.1.1 unknown")).isNotEqualTo(SmtpReply.parse("550 5.1.1 gone"))
        .isNotEqualTo(SmtpReply.parse("550-5.1.1 unknown\r\n550 5.1.1 unknown")).isNotEqualTo("550 5.1.1 unknown");
    assertThat(reply.hashCode()).isNotEqualTo(SmtpReply.parse("551 5.1.1 unknown").hashCode())
        .isNotEqualTo(SmtpReply.parse("550 5.1.1 gone").hashCode());
  }

  @Test
  void aReplyMayBeItsCodeAlone() {
    SmtpReply reply = SmtpReply.parse("550");

    assertThat(reply.code()).isEqualTo(550);
    assertThat(reply.lines()).containsExactly("");
    assertThat(reply.enhancedCode()).isEmpty();
    assertThat(reply).hasToString("550");
    assertThat(SmtpReply.parse("250-a\r\n250").lines()).containsExactly("a", "");
  }

  @Test
  void onlyAReplyOfSeveralLinesIsMultiline() {
    assertThat(SmtpReply.parse("250 ok").isMultiline()).isFalse();
    assertThat(SmtpReply.parse("250-a\r\n250 b").isMultiline()).isTrue();
  }

  @Test
  void hasFindingIsFalseForAKindNotFound() {
    SmtpReply reply = SmtpReply.parse("550 5.2.2 Mailbox full");

    assertThat(reply.hasFinding(ReplyFinding.Kind.REPLY_CODE_NOT_ASSOCIATED)).isTrue();
    assertThat(reply.hasFinding(ReplyFinding.Kind.CLASS_MISMATCH)).isFalse();
    assertThat(SmtpReply.parse("250 ok").hasFinding(ReplyFinding.Kind.LINE_TOO_LONG)).isFalse();
  }

  @Test
  void aClassMismatchIsReportedTogetherWithTheRegistryAssociation() {
    SmtpReply reply = SmtpReply.parse("550 4.2.2 Mailbox full");

    assertThat(reply.findings()).extracting(ReplyFinding::kind)
        .containsExactly(ReplyFinding.Kind.CLASS_MISMATCH, ReplyFinding.Kind.REPLY_CODE_NOT_ASSOCIATED);
  }

  @Test
  void aLineOverFiveHundredTwelveOctetsIsNoticed() {
    SmtpReply reply = SmtpReply.parse("550 5.1.1 " + "x".repeat(600));

    assertThat(reply.findings()).extracting(ReplyFinding::toString)
        .containsExactly("LINE_TOO_LONG: line 1 is 612 octets with its CRLF; RFC 5321 allows 512");
  }

  @Test
  void aHundredKilobyteLineParses() {
    SmtpReply reply = SmtpReply.parse("250 2.0.0 " + "y".repeat(100_000));

    assertThat(reply.lines().get(0)).hasSize(100_000);
    assertThat(reply.hasFinding(ReplyFinding.Kind.LINE_TOO_LONG)).isTrue();
  }

  @ParameterizedTest(name = "{0}: {3}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~~                                 | 1 | 0  | empty reply
      ~said: 550 5.1.1 x~                | 1 | 0  | expected a three-digit reply code, found 's'
      ~55 5.1.1~                         | 1 | 2  | expected a three-digit reply code, found ' '
      ~\\r\\n550 ok~                     | 1 | 0  | expected a three-digit reply code, found line end
      ~650 no~                           | 1 | 0  | reply code must start with 2, 3, 4 or 5
      ~160 no~                           | 1 | 0  | reply code must start with 2, 3, 4 or 5
      ~560 no~                           | 1 | 1  | second digit of the reply code must be 0 to 5
      ~550-5.1.1 a\\r\\n451 4.3.0 b~     | 2 | 13 | reply code 451 differs from 550 on line 1
      ~550-5.1.1 a\\r\\n550-5.1.1 b\\r\\n~ | 2 | 26 | the reply ends after a continuation line (550-); the final line (550 ...) is missing
      ~550-5.1.1 a~                      | 1 | 11 | the reply ends after a continuation line (550-); the final line (550 ...) is missing
      ~550 ok\\r\\n550 again~            | 2 | 8  | text after the final line of the reply
      ~550 ok\\r\\n\\r\\n~               | 2 | 8  | text after the final line of the reply
      ~550 ok\\rmore~                    | 1 | 6  | bare CR (a line must end with CRLF or LF)
      ~550 ok\\u0000~                    | 1 | 6  | control character U+0000 in the text
      ~550 ok\\u001b[31m~                | 1 | 6  | control character U+001B in the text
      ~550x ok~                          | 1 | 3  | expected ' ', '-' or line end after the reply code, found 'x'
      ~550\\t5.1.1 tab~                  | 1 | 3  | expected ' ', '-' or line end after the reply code, found U+0009
      ~5505.1.1~                         | 1 | 3  | expected ' ', '-' or line end after the reply code, found '5'
      ~\\uff15\\uff15\\uff10 x~          | 1 | 0  | expected a three-digit reply code, found U+FF15
      ~550-a\\n550-b\\nfoo~              | 3 | 12 | expected a three-digit reply code, found 'f'
      """)
  void refusesWhatIsNotAReplyWithLineAndIndex(String wire, int line, int index, String reason) {
    String input = unescape(wire);

    SmtpReplyFormatException e = catchThrowableOfType(SmtpReplyFormatException.class, () -> SmtpReply.parse(input));

    assertThat(e.getReason()).isEqualTo(reason);
    assertThat(e.getLine()).isEqualTo(line);
    assertThat(e.getIndex()).isEqualTo(index);
    assertThat(e).hasMessageEndingWith(": " + reason + " at line " + line + ", index " + index);
    assertThat(SmtpReply.tryParse(input)).isEmpty();
  }

  @Test
  void messageQuotesTheInput() {
    assertThatThrownBy(() -> SmtpReply.parse("550-5.1.1 a\r\n451 4.3.0 b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid SMTP reply \"550-5.1.1 a\\r\\n451 4.3.0 b\": reply code 451 differs from 550 on line 1 "
            + "at line 2, index 13");
  }

  @Test
  void aNulAfterAHundredKilobytesIsFoundAtItsIndex() {
    String input = "550 " + "z".repeat(100_000) + "\u0000";

    SmtpReplyFormatException e = catchThrowableOfType(SmtpReplyFormatException.class, () -> SmtpReply.parse(input));

    assertThat(e.getIndex()).isEqualTo(100_004);
    assertThat(e.getMessage()).hasSizeLessThan(250);
  }

  @Test
  void linesAndFindingsAreImmutable() {
    SmtpReply reply = SmtpReply.parse("550 5.2.2 full");

    assertThatThrownBy(() -> reply.lines().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> reply.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  private static String unescape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        switch (next) {
          case 'r' -> out.append('\r');
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'u' -> {
            out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> out.append(next);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
