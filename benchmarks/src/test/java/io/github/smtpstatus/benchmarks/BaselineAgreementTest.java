package io.github.smtpstatus.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.SmtpReply;
import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.StatusCodes;
import io.github.smtpstatus.benchmarks.baseline.ParsedCode;
import io.github.smtpstatus.benchmarks.baseline.ParsedReply;
import io.github.smtpstatus.benchmarks.baseline.RegexStatusCodes;
import io.github.smtpstatus.benchmarks.baseline.SplitStatusCodes;
import io.github.smtpstatus.benchmarks.corpus.Corpora;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The baselines do the library's job: on every benchmark input, and on many random ones, they give the
 * same answers. A ratio against a baseline that answers differently would compare different work.
 */
class BaselineAgreementTest {

  @ParameterizedTest
  @ValueSource(strings = {"5.1.1", "5.7.606", "5.01.1", "2.0.0", "4.4.7", "5.999.999", "5.1.1000", "3.1.1",
      "5.1", "5.1.1.1", "", "5.0.0", "x", "55.1.1", "5.00.1", "5.1.01", " 5.1.1", "5.1.1 "})
  void codeParsersAgreeOnNamedInputs(String text) {
    assertThat(RegexStatusCodes.parse(text)).isEqualTo(library(text));
    assertThat(SplitStatusCodes.parse(text)).isEqualTo(library(text));
  }

  @Test
  void regexCodeParserAgreesOnRandomInputs() {
    Random random = new Random(1);
    for (int i = 0; i < 200_000; i++) {
      String text = randomText(random, "0124559.+- x", 9);
      assertThat(RegexStatusCodes.parse(text)).as(text).isEqualTo(library(text));
    }
  }

  /** Except where split has the blind spots its Javadoc names: trailing dots and signs. */
  @Test
  void splitCodeParserAgreesOnRandomInputsOutsideItsBlindSpots() {
    Random random = new Random(2);
    for (int i = 0; i < 200_000; i++) {
      String text = randomText(random, "0124559.+- x", 9);
      if (text.endsWith(".") || text.contains("+") || text.contains("-")) {
        continue;
      }
      assertThat(SplitStatusCodes.parse(text)).as(text).isEqualTo(library(text));
    }
  }

  @Test
  void findLoopAgreesOnTheBenchmarkTexts() {
    for (String text : List.of(Corpora.realistic(Corpora.MB), Corpora.adversarial(Corpora.MB))) {
      assertThat(RegexStatusCodes.findAll(text)).isEqualTo(libraryFindAll(text));
    }
  }

  @Test
  void findLoopAgreesOnRandomAsciiText() {
    Random random = new Random(3);
    for (int i = 0; i < 100_000; i++) {
      String text = randomText(random, "0124559.-_a #", 16);
      assertThat(RegexStatusCodes.findAll(text)).as(text).isEqualTo(libraryFindAll(text));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {ReplyParseBenchmark.ONE_LINE, ReplyParseBenchmark.GMAIL_THREE_LINES,
      "250 OK", "250-mx.example.org\r\n250-PIPELINING\r\n250 ENHANCEDSTATUSCODES", "550 5.1.1", "550",
      "451 4.7.1 Greylisted\n", "550-5.1.1 first\n550 5.1.2 second", "550-5.1.1\r\n550 5.1.1 text",
      "550 5.1.1000 too long a detail", "550  5.1.1 two spaces", "550 5.1.1   spaces after"})
  void replyParsersAgree(String text) {
    SmtpReply reply = SmtpReply.parse(text);
    ParsedReply parsed = RegexStatusCodes.parseReply(text);
    assertThat(parsed).isNotNull();
    assertThat(parsed.code()).isEqualTo(reply.code());
    assertThat(parsed.enhancedCode()).isEqualTo(reply.enhancedCode().map(StatusCode::toString).orElse(null));
    assertThat(parsed.lines()).isEqualTo(reply.lines());
  }

  @ParameterizedTest
  @ValueSource(strings = {"550-5.1.1 continuation only", "550 final\r\n550 again", "550 a\r\n551 b", "55 x",
      "650 x", "x550 y"})
  void replyParsersRejectAlike(String text) {
    assertThat(SmtpReply.tryParse(text)).isEmpty();
    assertThat(RegexStatusCodes.parseReply(text)).isNull();
  }

  private static ParsedCode library(String text) {
    return StatusCode.tryParse(text)
        .map(code -> new ParsedCode(code.statusClass().number(), code.subject(), code.detail()))
        .orElse(null);
  }

  private static List<String> libraryFindAll(String text) {
    return StatusCodes.findAll(text).stream().map(StatusCode::toString).toList();
  }

  private static String randomText(Random random, String alphabet, int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
