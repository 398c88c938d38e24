package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmtpRepliesTest {

  /** A reply found in a large text is copied out of it: a caller who keeps the reply does not keep the text. */
  @Test
  void aReplyFoundInALargeTextDoesNotHoldTheText() {
    String text = "x ".repeat(512 * 1024) + "said: 550 5.1.1 User unknown\n" + "y ".repeat(512 * 1024);

    QuotedReply found = SmtpReplies.findAll(text).get(0);

    assertThat(found.reply().text()).isEqualTo("User unknown");
    assertThat(found.reply().sourceLength()).isLessThanOrEqualTo(LenientReplies.IN_PLACE_LIMIT);
  }

  /** The shapes in which bounces and logs quote a remote server's reply: prose, reply code, enhanced code, text, command. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~<bob@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command)~ | 550 | 5.1.1 | <bob@example.net>: Recipient address rejected: User unknown | RCPT
      ~host mx.example.net[192.0.2.1] said: 554 Transaction failed (in reply to end of DATA command)~ | 554 | | Transaction failed | END_OF_DATA
      ~host mx.example.net[192.0.2.1] refused to talk to me: 554 mx.example.net ESMTP not accepting messages~ | 554 | | mx.example.net ESMTP not accepting messages |
      ~Remote host said: 550 Requested action not taken: mailbox unavailable~ | 550 | | Requested action not taken: mailbox unavailable |
      ~<<< 550 5.1.1 <bob@example.net>... User unknown~ | 550 | 5.1.1 | <bob@example.net>... User unknown |
      ~<<< 452 Too many recipients~ | 452 | | Too many recipients |
      ~SMTP error from remote mail server after RCPT TO:<bob@example.net>: 550 User unknown~ | 550 | | User unknown | RCPT
      ~SMTP error from remote mail server after pipelined MAIL FROM:<a@example.org> SIZE=2048: 452 Insufficient storage~ | 452 | | Insufficient storage | MAIL
      ~SMTP error from remote mail server after end of data: 554 5.7.1 Message rejected~ | 554 | 5.7.1 | Message rejected | END_OF_DATA
      ~SMTP error from remote mail server after initial connection: 421 Service not available~ | 421 | | Service not available | CONNECT
      ~SMTP error from remote mailer after RCPT TO:<ace400@pb.example>: host pbmail3.py.example [192.168.63.111]: 553 5.3.0 <ace400@pb.example>...Addressee unknown~ | 553 | 5.3.0 | <ace400@pb.example>...Addressee unknown | RCPT
      ~Diagnostic-Code: smtp; 550 Unrouteable address~ | 550 | | Unrouteable address |
      ~The mail server answered 550 5.7.606 Access denied, banned sending IP [192.0.2.1]. Contact support.~ | 550 | 5.7.606 | Access denied, banned sending IP [192.0.2.1]. Contact support. |
      ~C="250 2.0.0 OK 1700000000 d2e1a72fcca58-1234si567.89 - gsmtp" QT=1s~ | 250 | 2.0.0 | OK 1700000000 d2e1a72fcca58-1234si567.89 - gsmtp |
      ~Sorry, no mailbox here by that name: 550 #5.1.1 (qmail)~ | 550 | 5.1.1 | (qmail) |
      ~status=deferred (host mx.example.net[192.0.2.1] said: 451 4.7.1 Greylisted, try later)~ | 451 | 4.7.1 | Greylisted, try later |
      ~Serveur distant : 550 5.1.1 Adresse inconnue, réessayez~ | 550 | 5.1.1 | Adresse inconnue, réessayez |
      """)
  void findsTheReplyInEachShapeOfQuotingProse(String text, int code, String enhanced, String replyText, String command) {
    List<QuotedReply> found = SmtpReplies.findAll(text);

    assertThat(found).hasSize(1);
    QuotedReply reply = found.get(0);
    assertThat(reply.code()).isEqualTo(code);
    assertThat(reply.enhancedCode().map(StatusCode::toString)).isEqualTo(Optional.ofNullable(enhanced));
    assertThat(reply.reply().text()).isEqualTo(replyText);
    assertThat(reply.command()).isEqualTo(Optional.ofNullable(command).map(SmtpCommand::valueOf));
    assertThat(text.substring(reply.start(), reply.end())).startsWith(String.valueOf(code));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "unable to deliver in 840 minutes", "connect to mx.example.net[192.0.2.1]:25: Connection timed out",
      "Date: Mon, 1 Jan 2024 12:00:00 +0000", "2024-03-01 12:00:00 450 messages", "port 465 is closed",
      "<550@example.com>", "[2001:db8::250]", "user550 5.1.1 unknown", "version 550-5.1.1.4 build",
      "X-Mailman-Version: 2.0.8", "size=552 bytes", "250 cents", "in 250 5.0.0x cases", "ref 550-1234 ticket",
      "delivered 450 4.2.2.1 items", "code 350 3.0.0 odd", "the 554 5.1.1st rule"})
  void neverTakesANumberADateOrAnAddressForAReply(String text) {
    assertThat(SmtpReplies.findAll(text)).isEmpty();
    assertThat(SmtpReplies.findFirst(text)).isEmpty();
  }

  @Test
  void aPostfixBounceWrappedOverIndentedLinesIsOneReplyWithItsCommand() {
    String text = "<bob@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.27] said:\n"
        + "    550-5.1.1 The email account that you tried to reach does not exist. Please try\n"
        + "    550-5.1.1 double-checking the recipient's email address for typos or\n"
        + "    550-5.1.1 unnecessary spaces. Learn more at 550 5.1.1\n"
        + "    https://support.google.com/mail/?p=NoSuchUser d2e1a72fcca58 - gsmtp (in reply to RCPT\n"
        + "    TO command)\n"
        + "\n"
        + "<carol@example.org>: host mx.example.org[192.0.2.9] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)\n";

    List<QuotedReply> found = SmtpReplies.findAll(text);

    assertThat(found).hasSize(2);
    assertThat(found.get(0).reply().lines()).containsExactly(
        "The email account that you tried to reach does not exist. Please try",
        "double-checking the recipient's email address for typos or",
        "unnecessary spaces. Learn more at",
        "https://support.google.com/mail/?p=NoSuchUser d2e1a72fcca58 - gsmtp");
    assertThat(found.get(0).command()).hasValue(SmtpCommand.RCPT);
    assertThat(found.get(0).repairs()).extracting(ReplyFinding::kind)
        .containsExactly(ReplyFinding.Kind.FLATTENED, ReplyFinding.Kind.WRAPPED);
    assertThat(found.get(1).enhancedCode()).hasValue(StatusCode.parse("4.2.2"));
    assertThat(text.substring(found.get(1).start(), found.get(1).end())).isEqualTo("452 4.2.2 Mailbox full");
  }

  @Test
  void aSendmailTranscriptGivesEachReplyLineAndItsSummary() {
    String text = "... while talking to mx.example.net.:\n>>> RCPT To:<bob@example.net>\n"
        + "<<< 550 5.1.1 <bob@example.net>... User unknown\n550 5.1.1 bob@example.net... User unknown\n";

    assertThat(SmtpReplies.findAll(text)).extracting(QuotedReply::toString).containsExactly(
        "550 5.1.1 <bob@example.net>... User unknown", "550 5.1.1 bob@example.net... User unknown");
  }

  @Test
  void anExchangeDiagnosticWithAQuotedRemoteReplyGivesTheRemoteReply() {
    List<QuotedReply> found = SmtpReplies.findAll("5.1.0 - Unknown address error 550-'5.7.1 <bob@example.net>... Access denied'");

    assertThat(found).singleElement().satisfies(reply -> {
      assertThat(reply.code()).isEqualTo(550);
      assertThat(reply.enhancedCode()).hasValue(StatusCode.parse("5.7.1"));
      assertThat(reply.reply().text()).isEqualTo("<bob@example.net>... Access denied");
    });
  }

  @Test
  void anAmazonSesDiagnosticWithAQuotedReplyAndATrailerGivesTheReply() {
    List<QuotedReply> found = SmtpReplies.findAll("5.3.0 - Other mail system problem 550-'Unknown user"
        + " nobody@example.jp' (delivery attempts: 0)");

    assertThat(found).singleElement().satisfies(reply -> {
      assertThat(reply.code()).isEqualTo(550);
      assertThat(reply.enhancedCode()).isEmpty();
      assertThat(reply.reply().text()).isEqualTo("'Unknown user nobody@example.jp' (delivery attempts: 0)");
      assertThat(reply.hasFinding(ReplyFinding.Kind.TRUNCATED)).isTrue();
    });
  }

  @Test
  void aReplyQuotedInsideAnotherIsItsNestedReplyNotASecondMatch() {
    String text = "host relay.example.net[192.0.2.5] said: 554 4.4.7 Message expired: unable to deliver in 840"
        + " minutes.<421 4.4.2 Connection timed out> (in reply to end of DATA command)";

    List<QuotedReply> found = SmtpReplies.findAll(text);

    assertThat(found).singleElement().satisfies(reply -> {
      assertThat(reply.enhancedCode()).hasValue(StatusCode.parse("4.4.7"));
      assertThat(reply.command()).hasValue(SmtpCommand.END_OF_DATA);
      assertThat(reply.innermost().enhancedCode()).hasValue(StatusCode.parse("4.4.2"));
    });
  }

  @Test
  void aReplyEndsAtALineBreakThatNoSpaceFollowsAndAtAControlCharacter() {
    List<QuotedReply> found = SmtpReplies.findAll("said: 550 5.1.1 first\nnext line\u0000said: 451 4.3.0 second\u0007tail");

    assertThat(found).extracting(QuotedReply::toString).containsExactly("550 5.1.1 first", "451 4.3.0 second");
  }

  @Test
  void spansPointIntoTheScannedText() {
    String text = "a said: 550 5.1.1 one; b said: 451 4.7.1 two";

    List<QuotedReply> found = SmtpReplies.findAll(text);

    assertThat(found).extracting(reply -> text.substring(reply.start(), reply.end()))
        .containsExactly("550 5.1.1 one; b said: 451 4.7.1 two");
    assertThat(SmtpReplies.findAll(new StringBuilder(text))).isEqualTo(found);
  }

  @Test
  void theFirstIsTheFirstOfAll() {
    String text = "x said: 550 5.1.1 a\ny said: 452 4.2.2 b\n";

    assertThat(SmtpReplies.findFirst(text)).isEqualTo(SmtpReplies.findAll(text).stream().findFirst());
    assertThat(SmtpReplies.findAll(text)).hasSize(2);
  }

  @Test
  void anEmptyTextHoldsNoReply() {
    assertThat(SmtpReplies.findAll("")).isEmpty();
    assertThat(SmtpReplies.findFirst("55")).isEmpty();
  }

  @ParameterizedTest(name = "limit {0}")
  @ValueSource(ints = {1, 2, 3, 4})
  void aLimitGivesTheFirstRepliesOfAll(int limit) {
    String text = "x said: 550 5.1.1 a\ny said: 452 4.2.2 b\nz said: 554 5.7.1 c\n";
    List<QuotedReply> all = SmtpReplies.findAll(text);

    assertThat(SmtpReplies.findAll(text, limit)).isEqualTo(all.subList(0, Math.min(limit, all.size())));
  }

  @ParameterizedTest(name = "limit {0}")
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void aLimitBelowOneIsRefused(int limit) {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> SmtpReplies.findAll("x said: 550 5.1.1 a", limit))
        .withMessage("limit must be at least 1, was " + limit);
  }
}
