package io.github.smtpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HumanOutputTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      0000 | \\u0000
      0007 | \\u0007
      0009 | \\t
      000a | \\n
      000d | \\r
      001b | \\u001b
      001f | \\u001f
      007f | \\u007f
      0080 | \\u0080
      009b | \\u009b
      009f | \\u009f
      """)
  void escapesEachIsoControlCharacter(String hex, String escaped) {
    assertThat(HumanOutput.printable("a" + (char) Integer.parseInt(hex, 16) + "b")).isEqualTo("a" + escaped + "b");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~550 5.1.1 ok~
      ~a\\u001b literal backslash~
      ~\u00a0 \u00e9 \u4e2d \u202e~
      ~~
      """)
  void leavesEveryOtherCharacterAsItIs(String text) {
    String input = text == null ? "" : text;
    assertThat(HumanOutput.printable(input)).isSameAs(input);
  }
}
