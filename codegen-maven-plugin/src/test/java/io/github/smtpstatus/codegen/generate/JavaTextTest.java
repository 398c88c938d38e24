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
      ~lone \ud835~                | ~lone U+D835~
      ~lone \udc00 low~            | ~lone U+DC00 low~
      ~\ud835\ud835\udc00~        | ~U+D835&#119808;~
      ~say "hi"~                   | say &quot;hi&quot;
      ~non\uffffcharacter~         | ~nonU+FFFFcharacter~
      ~non\ufdd0character~         | ~nonU+FDD0character~
      ~c1\u0090control~            | ~c1U+0090control~
      ~nbsp\u00a0space~            | ~nbsp space~
      ~unassigned\u0378~           | ~unassignedU+0378~
      ~\ud800\udfff unassigned~   | ~U+103FF unassigned~
      ~private\ue000use~           | ~private&#57344;use~
      """)
  void javadocCannotBreakOutOfItsComment(String text, String escaped) {
    assertThat(JavaText.javadoc(text)).isEqualTo(escaped).doesNotContain("*/").matches("\\p{ASCII}*");
  }

  // Not a row above: javac warns of trailing white space where U+0085 stands in a text block.
  @org.junit.jupiter.api.Test
  void aNextLineControlInJavadocBecomesItsCodePoint() {
    assertThat(JavaText.javadoc("c1\u0085control")).isEqualTo("c1U+0085control");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~https://example.org/x~                  | ~https://example.org/x~
      ~https://example.org/x\\u000aTHIS IS NOT JAVA~ | ~https://example.org/x\\\\u000aTHIS IS NOT JAVA~
      ~a\nb\rc~                               | ~aU+000AbU+000Dc~
      ~ends */ here~                           | ~ends */ here~
      """)
  void lineCommentsStayOnTheirLineAndNeverStartAUnicodeEscape(String text, String comment) {
    assertThat(JavaText.comment(text)).isEqualTo(comment).matches("[\\x20-\\x7e]*");
  }

  // Not a row above: in a text block, javac takes U+2028 for a line end and warns of trailing white space.
  @org.junit.jupiter.api.Test
  void aLineSeparatorInALineCommentBecomesItsCodePoint() {
    assertThat(JavaText.comment("d\u00e9j\u00e0 \u2028")).isEqualTo("dU+00E9jU+00E0 U+2028").matches("[\\x20-\\x7e]*");
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource(textBlock = """
      0000, 2
      0001, 1
      007F, 1
      0080, 2
      07FF, 2
      0800, 3
      FFFF, 3
      """)
  void modifiedUtf8CountsNulAsTwoBytesAndTheRestAsUtf8(String hex, int bytes) {
    assertThat(JavaText.modifiedUtf8Length(String.valueOf((char) Integer.parseInt(hex, 16)))).isEqualTo(bytes);
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource(textBlock = """
      001F, false
      0020, true
      007E, true
      007F, false
      009F, false
      00A0, true
      D7FB, true
      D800, false
      DFFF, false
      E000, true
      FDC7, true
      FDD0, false
      FDEF, false
      FDF0, true
      FFFD, true
      FFFE, false
      1FFFE, false
      10FFFD, true
      0378, false
      """)
  void htmlCharacterReferencesAreMadeOnlyForWhatDoclintAccepts(String hex, boolean accepted) {
    assertThat(JavaText.isHtmlCharacter(Integer.parseInt(hex, 16))).isEqualTo(accepted);
  }

  @org.junit.jupiter.api.Test
  void commentsKeepPrintableAsciiFromSpaceToTilde() {
    assertThat(JavaText.comment("\u001f \u007e\u007f")).isEqualTo("U+001F ~U+007F");
  }

  @org.junit.jupiter.api.Test
  void literalsUpToJavacsConstantLimitAreAcceptedAndLongerOnesRefused() {
    String ascii = "a".repeat(JavaText.MAX_CONSTANT_BYTES);
    String threeBytes = "\u20ac".repeat(JavaText.MAX_CONSTANT_BYTES / 3) + "a";

    assertThat(JavaText.literal(ascii)).hasSize(JavaText.MAX_CONSTANT_BYTES + 2);
    assertThat(JavaText.modifiedUtf8Length(threeBytes)).isEqualTo(JavaText.MAX_CONSTANT_BYTES + 1);
    assertThat(JavaText.modifiedUtf8Length("\u0000\u00e9")).isEqualTo(4);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JavaText.literal(threeBytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a string of 65536 bytes (modified UTF-8) is over javac's limit of 65535 bytes for a constant");
  }

  @org.junit.jupiter.api.Test
  void theLastPrintableAsciiCharacterStaysAndDeleteIsEscaped() {
    assertThat(JavaText.literal("~\u007f")).isEqualTo("\"~\\u007f\"");
    assertThat(JavaText.javadoc("~\u007f")).isEqualTo("~U+007F");
    assertThat(JavaText.javadoc("nul\u0000")).isEqualTo("nulU+0000");
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
