package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmtpCommandTest {

  /** The phrases of Postfix ({@code xfer_request} and smtpd's reject lines), Exim and others, and what they name. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      MAIL FROM command                | MAIL
      RCPT TO command                  | RCPT
      DATA command                     | DATA
      end of DATA command              | END_OF_DATA
      final RSET command               | RSET
      RSET probe                       | RSET
      QUIT command                     | QUIT
      XFORWARD name/address command    | XFORWARD
      EHLO command                     | EHLO
      pipelined RCPT TO:<a@b.example>  | RCPT
      RCPT TO:<a@b.example>: host x    | RCPT
      MAIL FROM:<> SIZE=2048           | MAIL
      end of data                      | END_OF_DATA
      initial connection               | CONNECT
      END-OF-MESSAGE                   | END_OF_DATA
      CONNECT                          | CONNECT
      ~  rcpt to  ~                    | RCPT
      BDAT LAST                        | END_OF_DATA
      XCLIENT                          | XFORWARD
      header                           |
      ~~                               |
      RCPT FROM                        |
      RCP                              |
      XFORWAR                          |
      XCLIEN                           |
      """)
  void findsTheCommandAPhraseNames(String phrase, SmtpCommand expected) {
    assertThat(SmtpCommand.find(phrase)).isEqualTo(Optional.ofNullable(expected));
  }
}
