package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Line ends in quoted replies: LF, CRLF and a lone CR, as logs and bounces write them. */
class QuotedReplyLineEndsTest {

  /** The line of a failure counts LF, CRLF and a lone CR as one line end each (RFC 5321 wants CRLF, logs differ). */
  @ParameterizedTest(name = "[{index}]")
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void theLineOfAFailureCountsEachLineEnd(String lineEnd) {
    String text = "550-5.1.1 First" + lineEnd + "550-5.1.1 Second" + lineEnd + "451 4.3.0 Third";

    assertThatThrownBy(() -> QuotedReply.parse(text, Set.of()))
        .isInstanceOfSatisfying(SmtpReplyFormatException.class, e -> assertThat(e.getLine()).isEqualTo(3));
  }

  /** A line break inside a one-line reply's text must fold (be followed by a space or tab); the failure names where. */
  @ParameterizedTest(name = "[{index}]")
  @CsvSource(delimiter = '|', textBlock = """
      \\r\\n | 16
      \\n   | 15
      \\r   | 15
      """)
  void aLineBreakThatDoesNotFoldIsRefusedWhereItEnds(String lineEnd, int index) {
    String text = "550 5.1.1 User" + lineEnd.replace("\\r", "\r").replace("\\n", "\n") + "unknown";

    assertThatThrownBy(() -> QuotedReply.parse(text)).isInstanceOfSatisfying(SmtpReplyFormatException.class, e -> {
      assertThat(e.getReason()).isEqualTo("line break not followed by white space or by the reply code 550");
      assertThat(e.getIndex()).isEqualTo(index);
      assertThat(e.getLine()).isEqualTo(2);
    });
  }

  @ParameterizedTest(name = "[{index}]")
  @ValueSource(strings = {"\r\n ", "\n\t", "\r "})
  void aFoldedLineBreakIsOneSpace(String fold) {
    QuotedReply reply = QuotedReply.parse("550 5.1.1 User" + fold + "unknown");

    assertThat(reply.reply().text()).isEqualTo("User unknown");
    assertThat(reply.hasFinding(ReplyFinding.Kind.WRAPPED)).isTrue();
  }

  /** qmail's {@code #5.1.0} on a later line of a reply whose first line has no enhanced code is still read. */
  @ParameterizedTest(name = "[{index}]")
  @ValueSource(strings = {"\r\n", "\n"})
  void aCodeFormOnALaterLineIsRepaired(String lineEnd) {
    QuotedReply reply = QuotedReply.parse("550-Sorry" + lineEnd + "550 #5.1.0 Address rejected");

    assertThat(reply.hasFinding(ReplyFinding.Kind.NONSTANDARD_CODE_FORM)).isTrue();
    assertThat(reply.reply().lines()).containsExactly("Sorry", "Address rejected");
  }
}
