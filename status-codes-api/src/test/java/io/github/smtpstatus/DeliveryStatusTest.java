package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryStatusTest {

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      5.1.1                                            | 5.1.1 |
      ~ 5.1.1~                                         | 5.1.1 |
      ~5.1.1  ~                                        | 5.1.1 |
      Status: 4.4.7                                    | 4.4.7 |
      status:5.0.0                                     | 5.0.0 |
      ~5.1.1 (bad destination mailbox address)~       | 5.1.1 | bad destination mailbox address
      ~5.1.1(user unknown)~                            | 5.1.1 | user unknown
      ~4.4.7 (delivery time expired (after 5 days))~   | 4.4.7 | delivery time expired (after 5 days)
      ~2.0.0 (\\(quoted\\) parens)~                     | 2.0.0 | \\(quoted\\) parens
      ~5.7.1\\r\\n (folded comment)~                    | 5.7.1 | folded comment
      ~\\r\\n 5.2.2~                                    | 5.2.2 |
      ~5.1.1 (multi\\r\\n\\tline comment)~              | 5.1.1 | multi\\tline comment
      ~5.1.1 (x\\r\\n y)~                             | 5.1.1 | x y
      ~5.1.1\\r\\n~                                    | 5.1.1 |
      ~Status: 4.4.7\\n~                               | 4.4.7 |
      ~5.1.1 (\\\\ )~                                  | 5.1.1 | \\\\
      """)
  void parsesStatusFieldValues(String value, String code, String comment) {
    DeliveryStatus.Status status = DeliveryStatus.parseStatus(unescape(value));

    assertThat(status.code()).isEqualTo(StatusCode.parse(code));
    assertThat(status.comment()).isEqualTo(Optional.ofNullable(comment).map(DeliveryStatusTest::unescape));
  }

  @ParameterizedTest(name = "\"{0}\": {3}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      5.1.1.                  | 1 | 5  | unexpected character '.' after the status code
      #5.1.1                  | 1 | 0  | expected the class digit 2, 4 or 5, found '#'
      ~5.1.1 user unknown~    | 1 | 6  | unexpected 'u' after the status code
      ~5.1.1 (open~           | 1 | 11 | comment opened at index 6 is not closed
      ~5.1.1 (ok) trailing~   | 1 | 11 | unexpected 't' after the comment
      5.01.1                  | 1 | 2  | leading zero in subject
      5.1.1000                | 1 | 7  | detail has more than 3 digits
      ~~                      | 1 | 0  | empty input
      Status:                 | 1 | 7  | empty input
      ~5.1.1\\r\\nX-Next: 1~  | 2 | 7  | line break not followed by a space or tab (not a folded header line)
      ~5.1.1\\rx~             | 1 | 5  | bare CR (a line must end with CRLF or LF)
      ~5.1.1 (a\\u0000b)~     | 1 | 8  | control character U+0000 in the comment
      ~\\u0665.1.1~           | 1 | 0  | expected the class digit 2, 4 or 5, found U+0665
      ~X.1.1~                 | 1 | 0  | expected the class digit 2, 4 or 5, found 'X'
      """)
  void refusesMalformedStatusValues(String value, int line, int index, String reason) {
    String input = unescape(value);

    DeliveryStatusFormatException e = catchThrowableOfType(DeliveryStatusFormatException.class,
        () -> DeliveryStatus.parseStatus(input));

    assertThat(e.getReason()).isEqualTo(reason);
    assertThat(e.getLine()).isEqualTo(line);
    assertThat(e.getIndex()).isEqualTo(index);
    assertThat(e.getField()).isEqualTo("Status");
    assertThat(e).hasMessageEndingWith(": " + reason + " at line " + line + ", index " + index);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~5.1.1 (  spaced out\t)~    | ~spaced out~
      ~5.1.1 (a\\ )~              | ~a\\\s~
      ~5.1.1 (a\\\t)~             | ~a\\\t~
      ~5.1.1 (a\\\\ )~           | ~a\\\\~
      ~5.1.1 (\u2003wide\u2003)~  | ~\u2003wide\u2003~
      ~5.1.1 ()~                  | ~~
      ~5.1.1 ( \t )~              | ~~
      """)
  void commentLosesOnlyUnescapedSpacesAndTabsAtItsEnds(String value, String comment) {
    DeliveryStatus.Status status = DeliveryStatus.parseStatus(unescape(value));

    assertThat(status.comment()).contains(unescape(comment));
    assertThat(DeliveryStatus.parseStatus(status.toString())).isEqualTo(status);
  }

  @Test
  void statusMessageNamesFieldAndQuotesValue() {
    assertThatThrownBy(() -> DeliveryStatus.parseStatus("5.1.1."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid Status field \"5.1.1.\": unexpected character '.' after the status code at line 1, index 5");
  }

  @Test
  void parsesAPostfixDiagnosticCode() {
    DeliveryStatus.DiagnosticCode diagnostic = DeliveryStatus.parseDiagnosticCode(
        "smtp; 550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table");

    assertThat(diagnostic.type()).isEqualTo("smtp");
    assertThat(diagnostic.isSmtp()).isTrue();
    assertThat(diagnostic.smtpReply()).hasValueSatisfying(reply -> {
      assertThat(reply.code()).isEqualTo(550);
      assertThat(reply.enhancedCode()).contains(StatusCode.parse("5.1.1"));
    });
  }

  @Test
  void parsesAnExchangeDiagnosticCodeWithoutSpaceAfterTheSemicolon() {
    DeliveryStatus.DiagnosticCode diagnostic = DeliveryStatus.parseDiagnosticCode(
        "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup");

    assertThat(diagnostic.text()).startsWith("550 5.1.10 RESOLVER");
    assertThat(diagnostic.smtpReply().flatMap(SmtpReply::enhancedCode)).contains(StatusCode.parse("5.1.10"));
  }

  @Test
  void splitsAGmailReplyThatPostfixFlattenedOntoOneLine() {
    DeliveryStatus.DiagnosticCode diagnostic = DeliveryStatus.parseDiagnosticCode(
        "smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 "
            + "double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. "
            + "Learn more at 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si123 - gsmtp");

    SmtpReply reply = diagnostic.smtpReply().orElseThrow();
    assertThat(reply.lines()).containsExactly(
        "The email account that you tried to reach does not exist. Please try",
        "double-checking the recipient's email address for typos or",
        "unnecessary spaces. Learn more at",
        "https://support.google.com/mail/?p=NoSuchUser a1si123 - gsmtp");
    assertThat(reply.findings()).isEmpty();
  }

  @Test
  void unfoldsAFoldedMultiLineReply() {
    DeliveryStatus.DiagnosticCode diagnostic = DeliveryStatus.parseDiagnosticCode(
        "smtp; 452-4.2.2 The recipient's inbox is out of storage space.\r\n"
            + "    452-4.2.2 Please direct the recipient to\r\n"
            + "    452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp");

    SmtpReply reply = diagnostic.smtpReply().orElseThrow();
    assertThat(reply.lines()).hasSize(3).first().isEqualTo("The recipient's inbox is out of storage space.");
    assertThat(reply.enhancedCode()).contains(StatusCode.parse("4.2.2"));
  }

  @Test
  void refusesAnUnindentedLineBreakInADiagnosticCodeInsteadOfJoiningTheNextLine() {
    assertThatThrownBy(() -> DeliveryStatus.parseDiagnosticCode("smtp; 550 5.1.1 first\nX-Other: 5.7.1 injected"))
        .isInstanceOf(DeliveryStatusFormatException.class)
        .hasMessage("Invalid Diagnostic-Code field \"smtp; 550 5.1.1 first\\nX-Other: 5.7.1 injected\": line break not"
            + " followed by a space or tab (not a folded header line) at line 2, index 22");
  }

  @Test
  void refusesABareCrInADiagnosticCodeInsteadOfDeletingIt() {
    assertThatThrownBy(() -> DeliveryStatus.parseDiagnosticCode("smtp; 550 5.1.1 <a@mx.e\rample.com>"))
        .isInstanceOf(DeliveryStatusFormatException.class)
        .hasMessage("Invalid Diagnostic-Code field \"smtp; 550 5.1.1 <a@mx.e\\rample.com>\": bare CR (a line must end"
            + " with CRLF or LF) at line 1, index 23");
  }

  @Test
  void refusesAMultiLineReplyWhoseLinesAreNotFolded() {
    assertThatThrownBy(() -> DeliveryStatus.parseDiagnosticCode("smtp; 550-5.1.1 line one\n550 5.1.1 line two"))
        .isInstanceOf(DeliveryStatusFormatException.class)
        .hasMessage("Invalid Diagnostic-Code field \"smtp; 550-5.1.1 line one\\n550 5.1.1 line two\": line break not"
            + " followed by a space or tab (not a folded header line) at line 2, index 25");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~smtp; 550 5.1.1 first\\r\\n second~    | ~550 5.1.1 first second~
      ~smtp; 550 5.1.1 first\\n\\tsecond~     | ~550 5.1.1 first\\tsecond~
      ~smtp;\\r\\n 550 5.1.1 x~               | ~550 5.1.1 x~
      ~smtp; 550 5.1.1 ok\\r\\n~              | ~550 5.1.1 ok~
      ~smtp; 550 5.1.1 ok\\n~                  | ~550 5.1.1 ok~
      ~smtp; 550 a\\r\\n \\r\\n\\tb~    | ~550 a \\tb~
      """)
  void unfoldsOnlyLineBreaksFollowedByASpaceOrTabAndOneAtTheEnd(String value, String text) {
    DeliveryStatus.DiagnosticCode diagnostic = DeliveryStatus.parseDiagnosticCode(unescape(value));

    assertThat(diagnostic.text()).isEqualTo(unescape(text));
  }

  @Test
  void keepsNonSmtpDiagnosticsAsText() {
    DeliveryStatus.DiagnosticCode diagnostic = DeliveryStatus.parseDiagnosticCode(
        "X-Postfix; host mx.example.com[203.0.113.5] said: 550 5.1.1 User unknown (in reply to RCPT TO command)");

    assertThat(diagnostic.type()).isEqualTo("X-Postfix");
    assertThat(diagnostic.isSmtp()).isFalse();
    assertThat(diagnostic.smtpReply()).isEmpty();
    assertThat(StatusCodes.findFirst(diagnostic.text())).contains(StatusCode.parse("5.1.1"));
  }

  @Test
  void keepsSmtpTextThatIsNotAReply() {
    DeliveryStatus.DiagnosticCode diagnostic = DeliveryStatus.parseDiagnosticCode("smtp; Host or domain name not found");

    assertThat(diagnostic.smtpReply()).isEmpty();
    assertThat(diagnostic.text()).isEqualTo("Host or domain name not found");
  }

  @ParameterizedTest(name = "\"{0}\": {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~550 5.1.1 User unknown~   | 4  | expected ';' after the diagnostic type, found '5'
      ~smtp 550 5.1.1~           | 5  | expected ';' after the diagnostic type, found '5'
      ~; 550 5.1.1~              | 0  | expected a diagnostic type such as smtp, found ';'
      ~~                         | 0  | missing diagnostic type
      ~smtp~                     | 4  | expected ';' after the diagnostic type, found end of input
      """)
  void refusesDiagnosticCodesWithoutTypeAndSemicolon(String value, int index, String reason) {
    DeliveryStatusFormatException e = catchThrowableOfType(DeliveryStatusFormatException.class,
        () -> DeliveryStatus.parseDiagnosticCode(value));

    assertThat(e.getReason()).isEqualTo(reason);
    assertThat(e.getIndex()).isEqualTo(index);
    assertThat(e.getField()).isEqualTo("Diagnostic-Code");
  }

  @Test
  void relinesOnlyRepliesThatStartWithAContinuation() {
    assertThat(DeliveryStatus.relineFlattenedReply("550 5.1.1 a 550-b")).isEqualTo("550 5.1.1 a 550-b");
    assertThat(DeliveryStatus.relineFlattenedReply("550-a 550-b 550 c 550 d")).isEqualTo("550-a\r\n550-b\r\n550 c 550 d");
    assertThat(DeliveryStatus.relineFlattenedReply("550-a 551 b")).isEqualTo("550-a 551 b");
    assertThat(DeliveryStatus.relineFlattenedReply("abc-x abc-y abc z")).isEqualTo("abc-x abc-y abc z");
    assertThat(DeliveryStatus.relineFlattenedReply("5x0-a 5x0 b")).isEqualTo("5x0-a 5x0 b");
  }

  @Test
  void relinesAFinalLineThatEndsRightAfterItsCode() {
    assertThat(DeliveryStatus.relineFlattenedReply("550-a 550 ")).isEqualTo("550-a\r\n550 ");
    assertThat(DeliveryStatus.relineFlattenedReply("550-a 550")).isEqualTo("550-a 550");
  }

  @Test
  void aDiagnosticTypeMayHoldLettersDigitsHyphenUnderscoreAndDot() {
    DeliveryStatus.DiagnosticCode diagnostic = DeliveryStatus.parseDiagnosticCode("azAZ09-_.; text");

    assertThat(diagnostic.type()).isEqualTo("azAZ09-_.");
    assertThat(diagnostic.text()).isEqualTo("text");
  }

  @Test
  void diagnosticCodesAreEqualByTypeAndTextAndPrintAsTheFieldValue() {
    DeliveryStatus.DiagnosticCode diagnostic = DeliveryStatus.parseDiagnosticCode("smtp;  550 5.1.1 unknown ");

    assertThat(diagnostic).hasToString("smtp; 550 5.1.1 unknown")
        .isEqualTo(DeliveryStatus.parseDiagnosticCode("Diagnostic-Code: smtp; 550 5.1.1 unknown"))
        .hasSameHashCodeAs(DeliveryStatus.parseDiagnosticCode("smtp;550 5.1.1 unknown"))
        .isNotEqualTo(DeliveryStatus.parseDiagnosticCode("SMTP; 550 5.1.1 unknown"))
        .isNotEqualTo(DeliveryStatus.parseDiagnosticCode("smtp; 550 5.1.1 gone"))
        .isNotEqualTo("smtp; 550 5.1.1 unknown");
    assertThat(diagnostic.hashCode()).isNotEqualTo(DeliveryStatus.parseDiagnosticCode("smtp; 550 5.1.1 gone").hashCode());
  }

  @Test
  void statusesAreEqualByCodeAndComment() {
    DeliveryStatus.Status status = DeliveryStatus.parseStatus("5.1.1 (unknown)");

    assertThat(status).isEqualTo(DeliveryStatus.parseStatus("Status: 5.1.1 ( unknown )"))
        .hasSameHashCodeAs(DeliveryStatus.parseStatus("5.1.1(unknown)"))
        .isNotEqualTo(DeliveryStatus.parseStatus("5.1.1 (gone)"))
        .isNotEqualTo(DeliveryStatus.parseStatus("5.1.1"))
        .isNotEqualTo(DeliveryStatus.parseStatus("4.1.1 (unknown)"))
        .isNotEqualTo("5.1.1 (unknown)");
    assertThat(status.hashCode()).isNotEqualTo(DeliveryStatus.parseStatus("5.1.1 (gone)").hashCode());
  }

  private static String unescape(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t").replace("\\u0000", "\u0000")
        .replace("\\u0665", "\u0665");
  }
}
