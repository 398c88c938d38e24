package io.github.smtpstatus.codegen.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextLinesTest {

  /** Texts with | between the expected lines; CR and LF are written as \r and \n. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "'';                 ''",
      "'a';                'a'",
      "'a\\n';             'a\\n'",
      "'a\\nb';            'a\\n|b'",
      "'a\\r\\nb\\r\\n';   'a\\r\\n|b\\r\\n'",
      "'a\\rb\\r';         'a\\r|b\\r'",
      "'a\\r\\r\\nb';      'a\\r|\\r\\n|b'",
      "'a\\n\\rb';         'a\\n|\\r|b'",
      "'\\n\\n';           '\\n|\\n'",
      "'a\\n\\r';          'a\\n|\\r'"})
  void splitEndsALineAtCrlfLfOrALoneCrAndKeepsTheEnd(String text, String expected) {
    List<String> lines = TextLines.split(unescape(text));

    assertThat(lines).isEqualTo(expected.isEmpty() ? List.of()
        : Arrays.stream(expected.split("\\|", -1)).map(TextLinesTest::unescape).toList());
    assertThat(String.join("", lines)).isEqualTo(unescape(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"'a\\r\\n'; '\\r\\n'", "'a\\n'; '\\n'", "'a\\r'; '\\r'", "'a'; ''", "''; ''"})
  void endingIsTheLineEndOfALine(String line, String ending) {
    assertThat(TextLines.ending(unescape(line))).isEqualTo(unescape(ending));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "'a\\rb\\r\\n'; '\\r'", "'a\\r\\nb\\n'; '\\r\\n'", "'a\\nb\\r'; '\\n'", "'a'; 'fallback'", "''; 'fallback'"})
  void firstEndingIsThatOfTheFirstLineOrTheFallback(String text, String ending) {
    assertThat(TextLines.firstEnding(unescape(text), "fallback")).isEqualTo(unescape(ending));
  }

  private static String unescape(String text) {
    return text.replace("\\r", "\r").replace("\\n", "\n");
  }
}
