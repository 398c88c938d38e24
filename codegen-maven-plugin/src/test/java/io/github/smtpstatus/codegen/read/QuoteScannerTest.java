package io.github.smtpstatus.codegen.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.codegen.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where RFC 4180 quoting goes wrong: line and column of the first error, or none for sound quoting. */
class QuoteScannerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~sound, ends with a closing quote~                       | ~A,B\\r\\n"x","y"~                 | ~~
      ~sound, ends inside an unquoted field~                   | ~A,B\\r\\nx,y~                     | ~~
      ~sound, ends with a line break~                          | ~A,B\\nx,y\\n~                     | ~~
      ~sound, ends with a comma~                               | ~A,B\\nx,~                         | ~~
      ~sound, an empty quoted field~                           | ~A,B\\n"",y~                       | ~~
      ~sound, doubled quotes~                                  | ~A,B\\n"a""b",\"\"\"\"~             | ~~
      ~never closed after doubled quotes~                      | ~A,B\\nx,"a""b~                    | ~t.csv:2: column "B": quoted field is never closed (quote opened on this line, end of file reached)~
      ~never closed, on line 2 after an empty header~          | ~\\n"abc~                          | ~t.csv:2: column "": quoted field is never closed (quote opened on this line, end of file reached)~
      ~never closed in the header~                             | ~A,"B\\nx,y~                       | ~t.csv:1: quoted field is never closed (quote opened on this line, end of file reached)~
      ~never closed, after a multi-line field and LF ends~     | ~A,B\\n"1\\n2\\n3",y\\nx,"z~       | ~t.csv:5: column "B": quoted field is never closed (quote opened on this line, end of file reached)~
      ~never closed, after a multi-line field and CRLF ends~   | ~A,B\\r\\n"1\\r\\n2",y\\r\\nx,"z~  | ~t.csv:4: column "B": quoted field is never closed (quote opened on this line, end of file reached)~
      ~never closed, after lone CR line ends~                  | ~A,B\\rx,y\\rx,"z~                 | ~t.csv:3: column "B": quoted field is never closed (quote opened on this line, end of file reached)~
      ~never closed in a field the header does not have~       | ~A,B\\r\\nx,y,"z~                  | ~t.csv:2: quoted field is never closed (quote opened on this line, end of file reached)~
      ~text after a quote that closes on a later line~         | ~A,B\\nx,"y\\r\\nz"!~              | ~t.csv:3: column "B": unexpected "!" after the closing quote (a quoted field must end at a comma or line end)~
      ~sound, ends with a lone CR~                             | ~A,B\\rx,y\\r~                     | ~~
      ~never closed, after a blank line with LF ends~          | ~A,B\\n\\nx,"z~                   | ~t.csv:3: column "B": quoted field is never closed (quote opened on this line, end of file reached)~
      ~text after a quote that opens a line after a lone CR~   | ~A,B\\r"p"q~                      | ~t.csv:2: column "A": unexpected "q" after the closing quote (a quoted field must end at a comma or line end)~
      ~text after a quote on a line after LF and a lone CR~    | ~A,B\\n\\r"p"q~                   | ~t.csv:3: column "A": unexpected "q" after the closing quote (a quoted field must end at a comma or line end)~
      ~text after a quote in the first column of line 3~       | ~A,B\\nx,y\\n"p"q,r~               | ~t.csv:3: column "A": unexpected "q" after the closing quote (a quoted field must end at a comma or line end)~
      """)
  void locatesTheFirstQuotingError(String description, String text, String expected) {
    Problem problem = QuoteScanner.locateError("t.csv", unescape(text));

    assertThat(problem == null ? "" : problem.toString()).isEqualTo(expected == null ? "" : expected);
  }

  private static String unescape(String text) {
    return text.replace("\\r", "\r").replace("\\n", "\n");
  }
}
