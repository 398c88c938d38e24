package io.github.smtpstatus.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TerminalTextTest {

  static Stream<Arguments> unsafe() {
    return Stream.of(
        arguments("ESC starts a CSI sequence", "\u001b[2Jcleared", "\\x1b[2Jcleared"),
        arguments("BEL rings the bell", "ring\u0007", "ring\\x07"),
        arguments("NUL", "a\u0000b", "a\\x00b"),
        arguments("TAB, LF and CR by their letters", "a\tb\nc\rd", "a\\tb\\nc\\rd"),
        arguments("backspace overwrites", "ok\bX", "ok\\x08X"),
        arguments("DEL", "x\u007fy", "x\\x7fy"),
        arguments("C1 CSI", "x\u009b31my", "x\\u009b31my"),
        arguments("C1 NEL", "x\u0085y", "x\\u0085y"),
        arguments("right-to-left override", "abc\u202edef", "abc\\u202edef"),
        arguments("first strong isolate", "a\u2068b", "a\\u2068b"),
        arguments("line separator", "a\u2028b", "a\\u2028b"),
        arguments("Arabic letter mark", "a\u061cb", "a\\u061cb"),
        arguments("unpaired high surrogate", "\uD800x", "\\ud800x"),
        arguments("unpaired low surrogate", "x\uDC00", "x\\udc00"),
        arguments("surrogates in the wrong order", "\uDC00\uD800", "\\udc00\\ud800"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unsafe")
  void escapesWhatCanDriveOrReorderATerminal(String what, String input, String expected) {
    assertThat(TerminalText.escape(input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"550 5.1.1 <bob@example.com>: User unknown", "Zürich Ελληνικά 日本語", "emoji \uD83D\uDCE7",
      "back\\slash", ""})
  void keepsPrintableTextAsTheSameInstance(String text) {
    assertThat(TerminalText.escape(text)).isSameAs(text);
  }

  @org.junit.jupiter.api.Test
  void escapedTextHoldsOnlyPrintableCharacters() {
    StringBuilder every = new StringBuilder();
    for (char c = 0; c < 0x3000; c++) {
      every.append(c);
    }
    String escaped = TerminalText.escape(every.toString());
    for (int i = 0; i < escaped.length(); i++) {
      assertThat(TerminalText.mustEscape(escaped, i)).as("index %d", i).isFalse();
    }
  }
}
