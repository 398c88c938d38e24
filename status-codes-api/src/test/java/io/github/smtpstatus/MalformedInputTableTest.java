package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and malformed replies and DSN fields, each refused with its exact exception type, reason,
 * line and index, and a message that quotes the input escaped and cut short. Complements the smaller
 * tables of {@link SmtpReplyTest} and {@link DeliveryStatusTest} without repeating their rows.
 */
class MalformedInputTableTest {

  private static final String KB100 = "x".repeat(100_000);

  static Stream<Arguments> malformedReplies() {
    return Stream.of(
        // Wrong codes.
        row("an enhanced code where the reply code belongs", "5.1.1 User unknown", 1, 1,
            "expected a three-digit reply code, found '.'"),
        row("#5.1.1 where the reply code belongs", "#5.1.1 User unknown", 1, 0,
            "expected a three-digit reply code, found '#'"),
        row("a leading space", " 550 ok", 1, 0, "expected a three-digit reply code, found ' '"),
        row("a two-digit reply code alone", "55", 1, 2, "expected a three-digit reply code, found line end"),
        row("a four-digit reply code", "2500 ok", 1, 3, "expected ' ', '-' or line end after the reply code, found '0'"),
        row("a letter inside the reply code", "5x0 ok", 1, 1, "expected a three-digit reply code, found 'x'"),
        row("second digit 7", "570 ok", 1, 1, "second digit of the reply code must be 0 to 5"),
        row("class 1 on a continuation", "150-a\r\n150 b", 1, 0, "reply code must start with 2, 3, 4 or 5"),
        // Mixed codes across lines.
        row("a different class on the last line", "250-2.0.0 ok\r\n550 5.0.0 no", 2, 14,
            "reply code 550 differs from 250 on line 1"),
        row("a different code on the third line", "550-5.1.1 a\r\n550-5.1.1 b\r\n551 5.1.1 c", 3, 26,
            "reply code 551 differs from 550 on line 1"),
        row("a different code after a bare LF", "451-4.7.1 a\n452 4.2.2 b", 2, 12,
            "reply code 452 differs from 451 on line 1"),
        row("a second complete reply", "550-5.1.1 a\r\n550 5.1.1 b\r\n550 5.1.1 c", 3, 26,
            "text after the final line of the reply"),
        row("an enhanced code alone on a line after the reply", "550 5.1.1 ok\r\n5.1.1 again", 2, 14,
            "text after the final line of the reply"),
        row("an empty line between continuation and final line", "550-a\r\n\r\n550 b", 2, 7,
            "expected a three-digit reply code, found line end"),
        // Missing final line.
        row("an EHLO reply cut after its continuations", "250-PIPELINING\r\n250-8BITMIME\r\n", 2, 30,
            "the reply ends after a continuation line (250-); the final line (250 ...) is missing"),
        row("a continuation ended by a bare LF", "250-SIZE\n", 1, 9,
            "the reply ends after a continuation line (250-); the final line (250 ...) is missing"),
        row("a lone continuation marker", "550-", 1, 4,
            "the reply ends after a continuation line (550-); the final line (550 ...) is missing"),
        // Bare CR.
        row("a bare CR between the lines", "550-a\r550 b", 1, 5, "bare CR (a line must end with CRLF or LF)"),
        row("a bare CR at the end", "550 ok\r", 1, 6, "bare CR (a line must end with CRLF or LF)"),
        row("CR CR LF", "550 ok\r\r\n", 1, 6, "bare CR (a line must end with CRLF or LF)"),
        row("a bare CR inside the second line", "550-a\r\n550-b\rc\r\n550 d", 2, 12,
            "bare CR (a line must end with CRLF or LF)"),
        // NUL bytes and other control characters.
        row("NUL at the start", "\u0000550 ok", 1, 0, "expected a three-digit reply code, found U+0000"),
        row("NUL inside the reply code", "5\u000050 ok", 1, 1, "expected a three-digit reply code, found U+0000"),
        row("NUL right after the reply code", "550\u0000", 1, 3,
            "expected ' ', '-' or line end after the reply code, found U+0000"),
        row("NUL in the text of the last line", "550-a\r\n550 b\u0000", 2, 12, "control character U+0000 in the text"),
        row("DEL in the text", "550 ok\u007f", 1, 6, "control character U+007F in the text"),
        // 100 KB lines.
        row("a bare CR after a 100 KB line", "550 " + KB100 + "\r", 1, 100_004, "bare CR (a line must end with CRLF or LF)"),
        row("a 100 KB continuation line and no final line", "550-" + KB100, 1, 100_004,
            "the reply ends after a continuation line (550-); the final line (550 ...) is missing"),
        row("a different code after a 100 KB line", "550-" + KB100 + "\r\n450 z", 2, 100_006,
            "reply code 450 differs from 550 on line 1"),
        // Non-ASCII digits.
        row("an Arabic-Indic digit in the reply code", "55\u0661 ok", 1, 2,
            "expected a three-digit reply code, found U+0661"),
        row("Arabic-Indic digits as the whole reply code", "\u0665\u0665\u0660 x", 1, 0,
            "expected a three-digit reply code, found U+0665"),
        row("a Devanagari digit in the second line's code", "550-a\r\n55\u0966 b", 2, 9,
            "expected a three-digit reply code, found U+0966"));
  }

  static Stream<Arguments> malformedStatusFields() {
    return Stream.of(
        row("5.1.1. after the field name", "Status: 5.1.1.", 1, 13, "unexpected character '.' after the status code"),
        row("#5.1.1 after the field name", "Status: #5.1.1", 1, 8, "expected the class digit 2, 4 or 5, found '#'"),
        row("(#5.1.1) as qmail writes it", "(#5.1.1)", 1, 0, "expected the class digit 2, 4 or 5, found '('"),
        row("four parts", "5.1.1.0", 1, 5, "unexpected character '.' after the status code"),
        row("a semicolon after the code", "5.1.1;", 1, 5, "unexpected character ';' after the status code"),
        row("NUL after the code", "Status: 4.4.7\u0000", 1, 13, "unexpected character U+0000 after the status code"),
        row("a no-break space after the code", "4.4.7\u00a0", 1, 5, "unexpected character U+00A0 after the status code"),
        row("an Arabic-Indic digit as subject", "5.\u0661.1", 1, 2, "non-ASCII digit U+0661 in subject"),
        row("a fullwidth digit as detail", "5.1.\uff11", 1, 4, "non-ASCII digit U+FF11 in detail"),
        row("a space before the colon", "Status : 5.1.1", 1, 0, "expected the class digit 2, 4 or 5, found 'S'"),
        row("a bare CR at the end", "5.1.1\r", 1, 5, "bare CR (a line must end with CRLF or LF)"),
        row("the next header line inside the comment", "5.1.1 (comment\r\nStatus: 4.4.7)", 2, 16,
            "line break not followed by a space or tab (not a folded header line)"),
        row("an empty line after the value", "Status: 5.1.1\n\n", 2, 14,
            "line break not followed by a space or tab (not a folded header line)"),
        row("a second comment", "Status: 5.1.1 (ok) (again)", 1, 19, "unexpected '(' after the comment"),
        row("an extra closing parenthesis", "5.1.1 (a))", 1, 9, "unexpected ')' after the comment"),
        row("a 100 KB comment never closed", "5.1.1 (" + KB100, 1, 100_007, "comment opened at index 6 is not closed"),
        row("100 KB of text after the code", "5.1.1 " + KB100, 1, 6, "unexpected 'x' after the status code"),
        row("a backslash quoting a CR in the comment (found by fuzzing)", " 5.4.4 (0\\\r)", 1, 10,
            "control character U+000D after '\\' in the comment"),
        row("a backslash quoting NUL in the comment", "5.1.1 (a\\\u0000b)", 1, 9,
            "control character U+0000 after '\\' in the comment"),
        row("a backslash quoting the line break of a fold", "5.1.1 (a\\\r\n b)", 1, 9,
            "control character U+000D after '\\' in the comment"),
        row("a backslash as the last character", "5.1.1 (a\\", 1, 9, "comment opened at index 6 is not closed"));
  }

  static Stream<Arguments> malformedDiagnosticCodes() {
    return Stream.of(
        row("no semicolon after the field name and type", "Diagnostic-Code: smtp 550 5.1.1", 1, 22,
            "expected ';' after the diagnostic type, found '5'"),
        row("the field name alone", "Diagnostic-Code:", 1, 16, "missing diagnostic type"),
        row("NUL after the type", "smtp\u0000; 550", 1, 4, "expected ';' after the diagnostic type, found U+0000"),
        row("a non-ASCII digit inside the type", "sm\u0661tp; 550", 1, 2,
            "expected ';' after the diagnostic type, found U+0661"),
        row("a bare CR after the type", "smtp\r; 550", 1, 4, "bare CR (a line must end with CRLF or LF)"),
        row("a line break that is not a fold", "smtp\r\n; 550", 2, 6,
            "line break not followed by a space or tab (not a folded header line)"),
        row("#smtp", "#smtp; 550 5.1.1", 1, 0, "expected a diagnostic type such as smtp, found '#'"),
        row("a colon instead of the semicolon", "smtp:550 5.1.1", 1, 4, "expected ';' after the diagnostic type, found ':'"),
        // Line breaks in the text that are not folds (issue 10): they used to be deleted.
        row("the next header field after an unindented line break", "smtp; 550 5.1.1 first\nX-Other: 5.7.1 injected",
            2, 22, "line break not followed by a space or tab (not a folded header line)"),
        row("a bare CR inside a host name", "smtp; 550 5.1.1 <a@mx.e\rample.com>: unknown", 1, 23,
            "bare CR (a line must end with CRLF or LF)"),
        row("an unindented second line of a multi-line reply", "smtp; 550-5.1.1 line one\n550 5.1.1 line two", 2, 25,
            "line break not followed by a space or tab (not a folded header line)"),
        row("an empty line after the text", "smtp; 550 5.1.1 ok\r\n\r\n", 2, 20,
            "line break not followed by a space or tab (not a folded header line)"),
        row("a bare CR at the end", "smtp; 550 5.1.1 ok\r", 1, 18, "bare CR (a line must end with CRLF or LF)"),
        row("CR CR LF in a fold", "smtp; 550 5.1.1\r\r\n ok", 1, 15, "bare CR (a line must end with CRLF or LF)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedReplies")
  void refusesMalformedReplies(String description, String input, int line, int index, String reason) {
    SmtpReplyFormatException e = catchThrowableOfType(SmtpReplyFormatException.class, () -> SmtpReply.parse(input));

    assertThat(e).isExactlyInstanceOf(SmtpReplyFormatException.class)
        .hasMessage("Invalid SMTP reply " + quote(input) + ": " + reason + " at line " + line + ", index " + index);
    assertThat(e.getReason()).isEqualTo(reason);
    assertThat(e.getLine()).isEqualTo(line);
    assertThat(e.getIndex()).isEqualTo(index);
    assertThat(e.getInput()).isEqualTo(input);
    assertThat(SmtpReply.tryParse(input)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedStatusFields")
  void refusesMalformedStatusFields(String description, String input, int line, int index, String reason) {
    DeliveryStatusFormatException e = catchThrowableOfType(DeliveryStatusFormatException.class,
        () -> DeliveryStatus.parseStatus(input));

    assertRefused(e, "Status", input, line, index, reason);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedDiagnosticCodes")
  void refusesMalformedDiagnosticCodes(String description, String input, int line, int index, String reason) {
    DeliveryStatusFormatException e = catchThrowableOfType(DeliveryStatusFormatException.class,
        () -> DeliveryStatus.parseDiagnosticCode(input));

    assertRefused(e, "Diagnostic-Code", input, line, index, reason);
  }

  /**
   * Every character of the BMP but CR and LF, in the text of a reply at the start, inside and at the end:
   * refused at its index exactly when it is a control character (below U+0020 but TAB, or DEL), text
   * otherwise; a character above U+00FF whose low byte is a control character (U+010A) is text.
   */
  @Test
  void everyCharacterIsTextUnlessItIsAControlCharacter() {
    for (char c = 0; c < 0xffff; c++) {
      if (c == '\r' || c == '\n') {
        continue;
      }
      boolean control = c < 0x20 && c != '\t' || c == 0x7f;
      for (String wire : new String[] {"550 " + c + "x", "550 abcdefgh" + c + "ijklmnop", "550 x" + c}) {
        int at = wire.indexOf(c, 4);
        if (control) {
          SmtpReplyFormatException e = catchThrowableOfType(SmtpReplyFormatException.class, () -> SmtpReply.parse(wire));
          assertThat(e).as("U+%04X", (int) c).isNotNull();
          assertThat(e.getIndex()).isEqualTo(at);
          assertThat(e.getReason()).isEqualTo(String.format("control character U+%04X in the text", (int) c));
        } else {
          assertThat(SmtpReply.parse(wire).lines()).as("U+%04X", (int) c).containsExactly(wire.substring(4));
        }
      }
    }
  }

  @Test
  void aHundredKilobyteReplyIsQuotedCutAfterEightyCharacters() {
    SmtpReplyFormatException e = catchThrowableOfType(SmtpReplyFormatException.class,
        () -> SmtpReply.parse("550 " + KB100 + "\r"));

    assertThat(e).hasMessage("Invalid SMTP reply \"550 " + "x".repeat(76) + "...\": bare CR (a line must end with "
        + "CRLF or LF) at line 1, index 100004");
  }

  @Test
  void controlCharactersAreEscapedInTheMessage() {
    SmtpReplyFormatException e = catchThrowableOfType(SmtpReplyFormatException.class,
        () -> SmtpReply.parse("550-a\r\n550 b\u0000"));

    assertThat(e).hasMessage("Invalid SMTP reply \"550-a\\r\\n550 b\\u0000\": control character U+0000 in the text at "
        + "line 2, index 12");
  }

  private static void assertRefused(DeliveryStatusFormatException e, String field, String input, int line, int index,
      String reason) {
    assertThat(e).isExactlyInstanceOf(DeliveryStatusFormatException.class)
        .hasMessage("Invalid " + field + " field " + quote(input) + ": " + reason + " at line " + line + ", index "
            + index);
    assertThat(e.getField()).isEqualTo(field);
    assertThat(e.getReason()).isEqualTo(reason);
    assertThat(e.getLine()).isEqualTo(line);
    assertThat(e.getIndex()).isEqualTo(index);
    assertThat(e.getInput()).isEqualTo(input);
  }

  private static Arguments row(String description, String input, int line, int index, String reason) {
    return Arguments.of(description, input, line, index, reason);
  }

  /** The documented quoting, written out here: Java escapes, control characters as {@code \\uXXXX}, cut at 80. */
  private static String quote(String input) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : input.substring(0, Math.min(80, input.length())).toCharArray()) {
      out.append(switch (c) {
        case '"' -> "\\\"";
        case '\\' -> "\\\\";
        case '\r' -> "\\r";
        case '\n' -> "\\n";
        case '\t' -> "\\t";
        default -> c < 0x20 || c == 0x7f || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
      });
    }
    return out.append(input.length() > 80 ? "...\"" : "\"").toString();
  }
}
