package io.github.smtpstatus.codegen.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.codegen.model.AssociatedReplyCodes;
import io.github.smtpstatus.codegen.model.AssociatedReplyCodes.Kind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyCodesParserTest {

  /** Every form the bundled registry uses, and a few it may use one day. */
  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      Any                                                    | ANY       |                                              |
      ANY                                                    | ANY       |                                              |
      Not given                                              | NOT_GIVEN |                                              |
      not  given                                             | NOT_GIVEN |                                              |
      552                                                    | LISTED    | 552                                          |
      ~451, 550~                                             | LISTED    | 451 550                                      |
      250 or 251                                             | LISTED    | 250 251                                      |
      451/550                                                | LISTED    | 451 550                                      |
      ~220, 250, 251, 252, 253, 451, 452, 454, 458, 459, 501,\n502, 503, 554~ | LISTED | 220 250 251 252 253 451 452 454 458 459 501 502 503 554 |
      5XX                                                    | LISTED    |                                              | 5
      5xx                                                    | LISTED    |                                              | 5
      ~450, 550 (other 4XX or 5XX codes are allowed)~        | LISTED    | 450 550                                      | 4 5
      552 (other 4XX or 5XX codes are allowed)               | LISTED    | 552                                          | 4 5
      ~451, 451, 550~                                        | LISTED    | 451 550                                      |
      421 and 451                                            | LISTED    | 421 451                                      |
      """)
  void parsesTheRegistrysForms(String text, Kind kind, String codes, String classes) {
    AssociatedReplyCodes parsed = ReplyCodesParser.parse(text.replace("\\n", "\n")).codes();

    assertThat(parsed.kind()).isEqualTo(kind);
    assertThat(parsed.replyCodes()).isEqualTo(numbers(codes));
    assertThat(parsed.replyClasses()).isEqualTo(numbers(classes));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      .                  | names no reply code; treated as "Not given"
      ~~                 | is empty; treated as "Not given"
      ~   ~              | is empty; treated as "Not given"
      see RFC            | has unrecognised text "see"; ignored
      """)
  void junkIsNotGivenWithANote(String text, String firstNote) {
    ReplyCodesParser.Result result = ReplyCodesParser.parse(text == null ? "" : text);

    assertThat(result.codes().kind()).isEqualTo(Kind.NOT_GIVEN);
    assertThat(result.notes()).first().isEqualTo(firstNote);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~550, 650~         | 550 | lists 650, which is not an SMTP reply code (2yz to 5yz, second digit 0 to 5); ignored
      ~550, 560~         | 550 | lists 560, which is not an SMTP reply code (2yz to 5yz, second digit 0 to 5); ignored
      ~550, 1234~        | 550 | has unrecognised text "1234"; ignored
      ~550 maybe~        | 550 | has unrecognised text "maybe"; ignored
      ~550 & 551~        | 550 551 | has unexpected character '&'; ignored
      """)
  void keepsTheValidCodesAndNotesTheRest(String text, String codes, String note) {
    ReplyCodesParser.Result result = ReplyCodesParser.parse(text);

    assertThat(result.codes().replyCodes()).isEqualTo(numbers(codes));
    assertThat(result.notes()).containsExactly(note);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~451,\n  550~ | ~451, 550~
      ~  Any ~      | Any
      """)
  void keepsTheTextWithWhitespaceCollapsed(String text, String kept) {
    assertThat(ReplyCodesParser.parse(text.replace("\\n", "\n")).codes().text()).isEqualTo(kept);
  }

  private static List<Integer> numbers(String list) {
    return list == null ? List.of() : Arrays.stream(list.trim().split("\\s+")).map(Integer::valueOf).toList();
  }
}
