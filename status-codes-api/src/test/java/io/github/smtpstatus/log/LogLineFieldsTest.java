package io.github.smtpstatus.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.QuotedReply;
import io.github.smtpstatus.SmtpCommand;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The fields of each MTA's lines as written: values with commas, spaces and quotes in them, empty senders, caps. */
class LogLineFieldsTest {

  private static final String SENDMAIL = "Mar  1 12:00:00 mx3 sendmail[5150]: x21C0abc012345: ";
  private static final String POSTFIX_SMTPD = "Mar  1 12:00:00 mx1 postfix/smtpd[4243]: ";
  private static final String POSTFIX_QMGR = "Mar  1 12:00:00 mx1 postfix/qmgr[4200]: ";
  private static final String EXIM = "2024-03-01 12:00:00 ";

  private static MailLogEntry read(String line) {
    return MailLogReader.read(line).orElseThrow(() -> new AssertionError("no entry for " + line));
  }

  @Test
  void sendmailKeepsTheRecipientListAndTheStatusAsFields() {
    MailLogEntry entry = read(SENDMAIL + "to=<bob@example.net>,<carol@example.net>, delay=00:00:02, xdelay=00:00:01,"
        + " mailer=esmtp, pri=120434, relay=mx.example.net. [192.0.2.1], dsn=2.0.0, stat=Sent (Ok: queued as 4TxYz)");

    assertThat(entry.fields()).containsEntry("to", "<bob@example.net>,<carol@example.net>")
        .containsEntry("stat", "Sent (Ok: queued as 4TxYz)");
    assertThat(entry.fields().keySet()).containsExactly("to", "delay", "xdelay", "mailer", "pri", "relay", "dsn", "stat");
  }

  /** RFC 5321 allows a quoted local part: a comma, a space or a {@code >} in it does not end the field. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"<\"smith, john\"@example.net>", "<\"john smith\"@example.net>", "<\"a>b\"@example.net>"})
  void aQuotedLocalPartStaysInOneField(String address) {
    MailLogEntry entry = read("Mar  1 12:00:00 mx1 postfix/smtp[4242]: 2D3C41234: to=" + address + ", orig_to="
        + address + ", relay=mx.example.net[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1,"
        + " status=bounced (host mx.example.net[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))");

    String unbracketed = address.substring(1, address.length() - 1);
    assertThat(entry.recipients()).containsExactly(unbracketed);
    assertThat(entry.originalRecipient()).hasValue(unbracketed);
    assertThat(entry.fields()).containsEntry("orig_to", address).containsEntry("relay", "mx.example.net[192.0.2.1]:25");
  }

  @Test
  void anEmptyItemOfTheRecipientListIsSkipped() {
    MailLogEntry entry = read(SENDMAIL + "to=,<bob@example.net>,, delay=00:00:01, mailer=esmtp, pri=1, dsn=5.1.1,"
        + " stat=User unknown");

    assertThat(entry.recipients()).containsExactly("bob@example.net");
  }

  @Test
  void atMostTheCappedNumberOfRecipientsIsKept() {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      list.append(i == 0 ? "" : ",").append("<u").append(i).append("@example.net>");
    }
    MailLogEntry entry = read(SENDMAIL + "to=" + list + ", delay=00:00:01, mailer=esmtp, pri=1, dsn=4.2.2,"
        + " stat=Deferred: 452 Mailbox full");

    assertThat(entry.recipients()).hasSize(MailLogReader.MAX_FIELDS).startsWith("u0@example.net");
  }

  @Test
  void aSendmailQueueIdIsAtMost32Characters() {
    String rest = ": to=<bob@example.net>, delay=00:00:01, mailer=esmtp, pri=1, dsn=5.1.1, stat=User unknown";

    assertThat(MailLogReader.read("Mar  1 12:00:00 mx3 sendmail[5150]: " + "x".repeat(32) + rest)).isPresent();
    assertThat(MailLogReader.read("Mar  1 12:00:00 mx3 sendmail[5150]: " + "x".repeat(33) + rest)).isEmpty();
  }

  /** The field keys of the MTAs' documentation are ASCII letters, digits and underscores; anything else is no field. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      size      | true
      AZ        | true
      a09_      | true
      nrcpts    | true
      a-b       | false
      é         | false
      a.b       | false
      a@b       | false
      a[b       | false
      a`b       | false
      a{b       | false
      a/b       | false
      a:b       | false
      """)
  void sendmailReadsKeysOfLettersDigitsAndUnderscoresOnly(String key, boolean read) {
    var entry = MailLogReader.read(SENDMAIL + "to=<bob@example.net>, " + key + "=1, delay=00:00:01, mailer=esmtp,"
        + " pri=1, dsn=5.1.1, stat=User unknown");

    assertThat(entry.map(e -> e.fields().get(key))).isEqualTo(read ? Optional.of("1") : Optional.empty());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "to=<bob@example.net>, not a field, stat=Sent",
      "to=<bob@example.net>, delay=00:00:01, ",
      "to=<bob@example.net>, =1, stat=Sent",
      "to=<bob@example.net>, delay=00:00:01, mailer=esmtp"})
  void sendmailFieldsThatEndBeforeTheStatusGiveNoEntry(String message) {
    assertThat(MailLogReader.read(SENDMAIL + message)).isEmpty();
  }

  @Test
  void aSendmailStatusWithoutADsnIsReadFromItsWord() {
    MailLogEntry entry = read(SENDMAIL + "to=<bob@example.net>, delay=00:00:00, mailer=esmtp, pri=1, stat=queued");

    assertThat(entry.outcome()).isEqualTo(Outcome.DEFERRED);
    assertThat(entry.dsn()).isEmpty();
  }

  @Test
  void theReplyInASendmailSentStatusLosesItsParentheses() {
    MailLogEntry entry = read(SENDMAIL + "to=<bob@example.net>, delay=00:00:01, mailer=esmtp, pri=1,"
        + " relay=mx.example.net. [192.0.2.1], dsn=2.0.0, stat=Sent (250 2.0.0 r5SJZ5PX012345 Message accepted)");

    assertThat(entry.reply().map(reply -> reply.reply().text())).hasValue("r5SJZ5PX012345 Message accepted");
  }

  @Test
  void aSendmailRejectionKeepsTheReplyAsAField() {
    MailLogEntry entry = read(SENDMAIL + "ruleset=check_rcpt, arg1=<x@y.example>, relay=client.example [192.0.2.9],"
        + " reject=550 5.7.1 <x@y.example>... Relaying denied");

    assertThat(entry.fields()).containsEntry("reject", "550 5.7.1 <x@y.example>... Relaying denied")
        .containsEntry("ruleset", "check_rcpt").containsEntry("arg1", "<x@y.example>");
  }

  /** A refused null reverse-path ({@code MAIL FROM:<>}, as bounces are sent) has the empty sender. */
  @Test
  void sendmailsCheckMailRejectionGivesTheSenderAndMail() {
    MailLogEntry entry = read(SENDMAIL + "ruleset=check_mail, arg1=<>, relay=client.example [192.0.2.9],"
        + " reject=553 5.1.8 <>... Domain of sender address does not exist");

    assertThat(entry.command()).hasValue(SmtpCommand.MAIL);
    assertThat(entry.sender()).hasValue("");
    assertThat(entry.recipients()).isEmpty();
    assertThat(entry.reply().map(QuotedReply::code)).hasValue(553);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      550 Relaying denied               | 550
      421 Too many connections          | 421
      250                               | 250
      """)
  void aReplyWithoutAnEnhancedCodeIsStillTheReply(String reply, int code) {
    MailLogEntry entry = read(SENDMAIL + "ruleset=check_rcpt, arg1=<x@y.example>, relay=client.example [192.0.2.9],"
        + " reject=" + reply);

    assertThat(entry.reply().map(QuotedReply::code)).hasValue(code);
  }

  @Test
  void postfixRejectFieldsKeepAQuotedSenderWhole() {
    MailLogEntry entry = read(POSTFIX_SMTPD + "NOQUEUE: reject: RCPT from unknown[192.0.2.9]: 554 5.7.1"
        + " <x@y.example>: Relay access denied; from=<\"john smith\"@example.org> to=<x@y.example> proto=ESMTP"
        + " helo=<helo.example>");

    assertThat(entry.sender()).hasValue("\"john smith\"@example.org");
    assertThat(entry.recipients()).containsExactly("x@y.example");
    assertThat(entry.fields()).containsEntry("proto", "ESMTP").containsEntry("helo", "<helo.example>");
    assertThat(entry.text()).hasValue("554 5.7.1 <x@y.example>: Relay access denied");
  }

  @Test
  void postfixsNullSenderIsEmpty() {
    MailLogEntry entry = read(POSTFIX_SMTPD + "NOQUEUE: reject: RCPT from unknown[192.0.2.9]: 550 5.1.1"
        + " <x@y.example>: Recipient address rejected: User unknown; from=<> to=<x@y.example> proto=ESMTP helo=<h>");

    assertThat(entry.sender()).hasValue("");
  }

  @Test
  void anExpiryKeepsItsStatusSenderAndText() {
    MailLogEntry entry = read(POSTFIX_QMGR + "2D3C41234: from=<alice@example.org>, status=expired, returned to sender");

    assertThat(entry.outcome()).isEqualTo(Outcome.EXPIRED);
    assertThat(entry.sender()).hasValue("alice@example.org");
    assertThat(entry.fields()).containsEntry("status", "expired").containsEntry("from", "<alice@example.org>");
    assertThat(entry.text()).hasValue("returned to sender");
  }

  @Test
  void anExpiryOfTheNullSenderHasTheEmptySender() {
    MailLogEntry entry = read(POSTFIX_QMGR + "2D3C41234: from=<>, status=expired, returned to sender");

    assertThat(entry.sender()).hasValue("");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~status=expired~            | true
      ~status=expired returned~   | true
      ~status=expiredx~           | false
      ~status=expired:~           | false
      """)
  void onlyTheWordExpiredIsAnExpiry(String status, boolean read) {
    assertThat(MailLogReader.read(POSTFIX_QMGR + "2D3C41234: from=<alice@example.org>, " + status).isPresent())
        .isEqualTo(read);
  }

  @Test
  void aPostfixLineCutBeforeItsClosingParenthesisKeepsItsText() {
    MailLogEntry entry = read("Mar  1 12:00:00 mx1 postfix/smtp[4242]: 2D3C41234: to=<bob@example.net>,"
        + " relay=none, delay=30, delays=0/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.net[192.0.2.1]:25:"
        + " Connection timed out");

    assertThat(entry.text()).hasValue("connect to mx.example.net[192.0.2.1]:25: Connection timed out");
  }

  @Test
  void trailingSpacesAfterThePostfixStatusTextAreNotPartOfIt() {
    MailLogEntry entry = read("Mar  1 12:00:00 mx1 postfix/local[4242]: 2D3C41234: to=<bob@example.net>,"
        + " relay=local, delay=0, delays=0/0/0/0, dsn=2.0.0, status=sent (delivered to mailbox)   ");

    assertThat(entry.text()).hasValue("delivered to mailbox");
  }

  @Test
  void aLongPostfixNotificationIdIsRead() {
    MailLogEntry entry = read("Mar  1 12:00:00 mx1 postfix/bounce[4300]: 4Tq0Zz9Yb1zA8x: sender non-delivery"
        + " notification: 4Tq0Zz9Yb2zA9y");

    assertThat(entry.outcome()).isEqualTo(Outcome.NOTIFIED);
    assertThat(entry.queueId()).hasValue("4Tq0Zz9Yb1zA8x");
    assertThat(entry.notificationQueueId()).hasValue("4Tq0Zz9Yb2zA9y");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"4Tq0Zz9Yb2zA9y.", "4Tq0Zz9Yb2zA9y ", "4Tq-0Zz9", "@", "`", "[", "{", "/", ":"})
  void aNotificationIdIsLettersAndDigitsToTheEndOfTheLine(String id) {
    assertThat(MailLogReader.read("Mar  1 12:00:00 mx1 postfix/bounce[4300]: 4Tq0Zz9Yb1zA8x: sender non-delivery"
        + " notification: " + id)).isEmpty();
  }

  @Test
  void eximsErrorRightAfterTheAddressIsTheText() {
    MailLogEntry entry = read(EXIM + "1rAbCd-0001Xy-Zq ** bob@nowhere.example: Unrouteable address");

    assertThat(entry.outcome()).isEqualTo(Outcome.BOUNCED);
    assertThat(entry.recipients()).containsExactly("bob@nowhere.example");
    assertThat(entry.text()).hasValue("Unrouteable address");
  }

  @Test
  void eximsTransportBeforeTheErrorLosesItsColon() {
    MailLogEntry entry = read(EXIM + "1rAbCd-0001Xy-Zq ** bob@example.net R=dnslookup T=remote_smtp: SMTP error from"
        + " remote mail server after RCPT TO:<bob@example.net>: 550 5.1.1 User unknown");

    assertThat(entry.fields()).containsEntry("R", "dnslookup").containsEntry("T", "remote_smtp");
    assertThat(entry.reply().map(QuotedReply::toString)).hasValue("550 5.1.1 User unknown");
  }

  @Test
  void eximsDeferErrnoBeforeTheErrorIsAField() {
    MailLogEntry entry = read(EXIM + "1rAbCd-0001Xy-Zq == bob@example.net R=dnslookup T=remote_smtp defer (110):"
        + " Connection timed out");

    assertThat(entry.outcome()).isEqualTo(Outcome.DEFERRED);
    assertThat(entry.fields()).containsEntry("defer", "110");
    assertThat(entry.text()).hasValue("Connection timed out");
  }

  @Test
  void eximsConfirmationAtTheEndOfTheLineIsTheReply() {
    MailLogEntry entry = read(EXIM + "1rAbCd-0001Xy-Zq => bob@example.net R=dnslookup T=remote_smtp"
        + " H=mx.example.net [192.0.2.1] C=\"250 OK id=1rAbCe-0001Xz-Ab\"");

    assertThat(entry.fields()).containsEntry("C", "250 OK id=1rAbCe-0001Xz-Ab");
    assertThat(entry.reply().map(QuotedReply::code)).hasValue(250);
  }

  @Test
  void anEximRejectionKeepsItsHostAndSenderAsFields() {
    MailLogEntry entry = read(EXIM + "H=client.example [192.0.2.9] F=<a@b.example> rejected RCPT <x@y.example>:"
        + " relay not permitted");

    assertThat(entry.fields()).containsEntry("H", "client.example [192.0.2.9]").containsEntry("F", "<a@b.example>");
  }

  /** An ACL rejection may start with any of the fields Exim logs before {@code rejected}, or with no field at all. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      F=<a@b.example> rejected RCPT <x@y.example>: Unknown user                     | a@b.example
      U=alice F=<a@b.example> rejected RCPT <x@y.example>: Unknown user             | a@b.example
      I=[192.0.2.25]:25 F=<a@b.example> rejected RCPT <x@y.example>: Unknown user   | a@b.example
      rejected RCPT <x@y.example>: Unknown user                                     |
      temporarily rejected RCPT <x@y.example>: try later                            |
      F=<> rejected RCPT <x@y.example>: Unknown user                                | ''
      """)
  void anEximRejectionStartsWithAnyOfItsFields(String message, String sender) {
    MailLogEntry entry = read(EXIM + message);

    assertThat(entry.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(entry.recipients()).containsExactly("x@y.example");
    assertThat(entry.sender().orElse(null)).isEqualTo(sender);
  }

  @Test
  void eximsRejectionOfASenderGivesTheSender() {
    MailLogEntry entry = read(EXIM + "H=client.example [192.0.2.9] rejected MAIL <spam@bad.example>: sender blocked");

    assertThat(entry.command()).hasValue(SmtpCommand.MAIL);
    assertThat(entry.sender()).hasValue("spam@bad.example");
    assertThat(entry.text()).hasValue("sender blocked");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "1rAbCd-0001Xy-Zq- => bob@example.net R=dnslookup",
      "1rAbC-0001Xy-Zq => bob@example.net R=dnslookup",
      "1rAbCd-0001X-Zq => bob@example.net R=dnslookup",
      "1rAbCd-0001Xy-Z => bob@example.net R=dnslookup",
      "1rAbCd-0001Xy-Zqx => bob@example.net R=dnslookup",
      "H=client.example [192.0.2.9] F=<a@b.example> rejected DATA: no",
      "X=client.example rejected RCPT <x@y.example>: no"})
  void eximLinesWithABrokenIdOrNoKnownShapeGiveNothing(String message) {
    assertThat(MailLogReader.read(EXIM + message)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1rAbCd-0001Xy-Zq", "1rAbCd-000000005vi-0000", "1rAbCd-0001Xy-0000", "1rAbCd-000000005vi-Zq"})
  void eximsMessageIdsOfEachLengthAreRead(String id) {
    assertThat(read(EXIM + id + " => bob@example.net R=dnslookup T=remote_smtp").queueId()).hasValue(id);
  }

  @Test
  void aLineOfExactlyTheMaximumLengthIsRead() {
    String line = "Mar  1 12:00:00 mx1 postfix/local[77]: 2D3C41234: to=<bob@example.net>, relay=local, delay=0,"
        + " dsn=2.0.0, status=sent (delivered to mailbox ";
    String exact = line + "x".repeat(MailLogReader.MAX_LINE_LENGTH - line.length() - 1) + ")";

    assertThat(exact).hasSize(MailLogReader.MAX_LINE_LENGTH);
    assertThat(MailLogReader.read(exact)).isPresent();
    assertThat(MailLogReader.read(exact + " ")).isEmpty();
  }
}
