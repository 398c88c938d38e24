package io.github.smtpstatus.codegen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      plain text                  | ~"plain text"~
      ~say "hi"~                  | ~"say \\"hi\\""~
      back\\slash                 | ~"back\\\\slash"~
      d\u00e9j\u00e0              | ~"d\\u00e9j\\u00e0"~
      ~unit\u001fseparator~        | ~"unit\\u001fseparator"~
      """)
  void literalsArePureAsciiJava(String text, String literal) {
    assertThat(JavaText.literal(text)).isEqualTo(literal).matches("\\p{ASCII}*");
  }

  // Not a row above: in a text block, javac takes U+2028 for a line end and warns of trailing white space.
  @org.junit.jupiter.api.Test
  void aLineSeparatorBecomesAUnicodeEscape() {
    assertThat(JavaText.literal("a\u2028b")).isEqualTo("\"a\\u2028b\"").matches("\\p{ASCII}*");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      left of the @ sign           | left of the &#64; sign
      ~ends */ the comment~        | ~ends *&#47; the comment~
      a < b & c > d                | a &lt; b &amp; c &gt; d
      {@link Evil}                 | &#123;&#64;link Evil&#125;
      \\u002a/                     | &#92;u002a/
      d\u00e9j\u00e0               | d&#233;j&#224;
      ~a\tb~                       | a b
      ~/ leading slash~            | ~/ leading slash~
      \ud835\udc00 bold A         | ~&#119808; bold A~
      ~lone \ud835~                | ~lone &#55349;~
      ~lone \udc00 low~            | ~lone &#56320; low~
      ~\ud835\ud835\udc00~        | ~&#55349;&#119808;~
      """)
  void javadocCannotBreakOutOfItsComment(String text, String escaped) {
    assertThat(JavaText.javadoc(text)).isEqualTo(escaped).doesNotContain("*/").matches("\\p{ASCII}*");
  }

  @org.junit.jupiter.api.Test
  void theLastPrintableAsciiCharacterStaysAndDeleteIsEscaped() {
    assertThat(JavaText.literal("~\u007f")).isEqualTo("\"~\\u007f\"");
    assertThat(JavaText.javadoc("~\u007f")).isEqualTo("~&#127;");
    assertThat(JavaText.javadoc("nul\u0000")).isEqualTo("nul&#0;");
  }

  @org.junit.jupiter.api.Test
  void aLineMayFillTheWholeWidth() {
    String full = "a".repeat(47) + " " + "b".repeat(48);

    assertThat(JavaText.wrap(full + " c")).isEqualTo(full + "\nc");
  }

  @org.junit.jupiter.api.Test
  void aWordLongerThanTheWidthStandsAloneWithoutABlankLineBefore() {
    String word = "w".repeat(JavaText.JAVADOC_WIDTH + 4);

    assertThat(JavaText.wrap(word + " next")).isEqualTo(word + "\nnext");
  }

  @org.junit.jupiter.api.Test
  void wrapsAtTheJavadocWidth() {
    String text = "word ".repeat(40).strip();

    String wrapped = JavaText.wrap(text);

    assertThat(wrapped.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(JavaText.JAVADOC_WIDTH));
    assertThat(wrapped.replace('\n', ' ')).isEqualTo(text);
  }
}
