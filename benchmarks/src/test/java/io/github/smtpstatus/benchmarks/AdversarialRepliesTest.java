package io.github.smtpstatus.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.DeliveryStatus;
import io.github.smtpstatus.ReplyFinding;
import io.github.smtpstatus.SmtpReply;
import io.github.smtpstatus.benchmarks.corpus.AdversarialReplies;
import io.github.smtpstatus.benchmarks.corpus.Corpora;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The inputs of AdversarialReplyBenchmark are as long as asked and parse as the shape says. */
class AdversarialRepliesTest {

  static Stream<Arguments> replyShapes() {
    return Arrays.stream(AdversarialReplies.REPLY_SHAPES)
        .flatMap(shape -> Stream.of(Corpora.KB, 64 * Corpora.KB).map(length -> Arguments.of(shape, length)));
  }

  static Stream<Arguments> statusShapes() {
    return Arrays.stream(AdversarialReplies.STATUS_SHAPES)
        .flatMap(shape -> Stream.of(Corpora.KB, 64 * Corpora.KB).map(length -> Arguments.of(shape, length)));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("replyShapes")
  void repliesHaveTheirLengthAndParse(String shape, int length) {
    for (int first : new int[] {0, length / 16, 3 * length}) {
      String wire = AdversarialReplies.reply(shape, length, first);

      assertThat(wire).hasSize(length);
      SmtpReply reply = SmtpReply.parse(wire);
      assertThat(reply.lines()).hasSizeGreaterThan(shape.equals("longLines") ? 1 : 30);
      switch (shape) {
        case "distinctCodes", "alternatingCodes" ->
            assertThat(reply.hasFinding(ReplyFinding.Kind.INCONSISTENT_LINES)).isTrue();
        case "missingCodes" -> assertThat(reply.hasFinding(ReplyFinding.Kind.MISSING_ON_SOME_LINES)).isTrue();
        case "longLines" -> assertThat(reply.hasFinding(ReplyFinding.Kind.LINE_TOO_LONG)).isTrue();
        default -> assertThat(reply.enhancedCode()).isEmpty();
      }
    }
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("replyShapes")
  void diagnosticCodesHaveTheirLengthAndHoldTheReply(String shape, int length) {
    String value = AdversarialReplies.diagnosticCode(shape, length, 7);

    assertThat(value).hasSize(length);
    SmtpReply reply = DeliveryStatus.parseDiagnosticCode(value).smtpReply().orElseThrow();
    assertThat(reply.lines()).hasSize(SmtpReply.parse(AdversarialReplies.reply(shape, length - 6, 7)).lines().size());
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("statusShapes")
  void statusValuesHaveTheirLengthAndParse(String shape, int length) {
    String value = AdversarialReplies.status(shape, length, 42);

    assertThat(value).hasSize(length);
    DeliveryStatus.Status status = DeliveryStatus.parseStatus(value);
    assertThat(status.code()).hasToString("5.1.42");
    assertThat(status.comment()).hasValueSatisfying(comment -> assertThat(comment.length()).isGreaterThan(length / 3));
  }
}
