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
      ~a\u2028b~                  | ~"a\\u2028b"~
      """)
  void literalsArePureAsciiJava(String text, String literal) {
    assertThat(JavaText.literal(text)).isEqualTo(literal).matches("\\p{ASCII}*");
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
      """)
  void javadocCannotBreakOutOfItsComment(String text, String escaped) {
    assertThat(JavaText.javadoc(text)).isEqualTo(escaped).doesNotContain("*/").matches("\\p{ASCII}*");
  }

  @org.junit.jupiter.api.Test
  void wrapsAtTheJavadocWidth() {
    String text = "word ".repeat(40).strip();

    String wrapped = JavaText.wrap(text);

    assertThat(wrapped.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(JavaText.JAVADOC_WIDTH));
    assertThat(wrapped.replace('\n', ' ')).isEqualTo(text);
  }
}
