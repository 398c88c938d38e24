package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inputs of 1 to 2 MiB shaped to defeat the parsers (docs/HOSTILE-INPUT.md, "Quadratic time"): each is
 * parsed right and well inside a bound that a linear parser meets by a wide margin, where the quadratic
 * one took 6 s at 1 MiB and 20 s at 2 MiB. Cost per byte is measured in the benchmarks module
 * ({@code AdversarialReplyBenchmark}); these tests only keep the regression from coming back.
 */
class AdversarialInputTest {

  /** Generous: a linear parse of 2 MiB takes tens of milliseconds, the quadratic one took 20 s. */
  private static final Duration BOUND = Duration.ofSeconds(5);

  /** {@code lines} continuation lines, each with a code of its own, and a last line without any. */
  private static String distinctCodesThenNone(String separator, int lines) {
    StringBuilder reply = new StringBuilder(lines * 16);
    for (int i = 0; i < lines; i++) {
      reply.append("550-5.").append(i / 1000 % 1000).append('.').append(i % 1000).append(" x").append(separator);
    }
    return reply.append("550 last line has no code").toString();
  }

  @Test
  void aReplyWhoseLinesAllCarryDifferentCodesAndWhoseLastLineHasNoneParsesInLinearTime() {
    String wire = distinctCodesThenNone("\r\n", 128_000);
    assertThat(wire.length()).isGreaterThan(2_000_000);

    SmtpReply reply = assertTimeoutPreemptively(BOUND, () -> SmtpReply.parse(wire));

    assertThat(reply.code()).isEqualTo(550);
    assertThat(reply.enhancedCode()).isEmpty();
    assertThat(reply.lines()).hasSize(128_001);
    assertThat(reply.findings()).extracting(ReplyFinding::toString).containsExactly(
        "MISSING_ON_SOME_LINES: 128000 of 128001 lines carry an enhanced status code (missing on line 128001);"
            + " RFC 2034 wants it on every line, and the last line has none",
        "INCONSISTENT_LINES: the lines carry different enhanced status codes (5.0.0 on line 1, 5.0.1 on line 2,"
            + " 5.0.2 on line 3, 5.0.3 on line 4, 5.0.4 on line 5, 5.0.5 on line 6, 5.0.6 on line 7, 5.0.7 on line 8,"
            + " 5.0.8 on line 9, 5.0.9 on line 10 and codes on 127990 more lines); RFC 2034 wants the same on every line");
  }

  @Test
  void theSameReplyFlattenedIntoADiagnosticCodeParsesInLinearTime() {
    String value = "smtp; " + distinctCodesThenNone(" ", 128_000).replace("550 last line has no code", "550 end");

    DeliveryStatus.DiagnosticCode diagnostic =
        assertTimeoutPreemptively(BOUND, () -> DeliveryStatus.parseDiagnosticCode(value));

    SmtpReply reply = diagnostic.smtpReply().orElseThrow();
    assertThat(reply.lines()).hasSize(128_001).endsWith("end");
    assertThat(reply.enhancedCode()).isEmpty();
    assertThat(reply.findings()).extracting(ReplyFinding::kind)
        .containsExactly(ReplyFinding.Kind.MISSING_ON_SOME_LINES, ReplyFinding.Kind.INCONSISTENT_LINES);
  }

  @Test
  void twoCodesAlternatingOnEveryLineAreOneBoundedFinding() {
    StringBuilder wire = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      wire.append(i % 2 == 0 ? "451-4.7.1 a\r\n" : "451-4.2.2 b\r\n");
    }
    wire.append("451 4.7.1 last");

    SmtpReply reply = assertTimeoutPreemptively(BOUND, () -> SmtpReply.parse(wire));

    assertThat(reply.enhancedCode()).contains(StatusCode.parse("4.7.1"));
    assertThat(reply.findings()).extracting(ReplyFinding::toString).first().isEqualTo(
        "INCONSISTENT_LINES: the lines carry different enhanced status codes (4.7.1 on line 1, 4.2.2 on line 2,"
            + " 4.7.1 on line 3, 4.2.2 on line 4, 4.7.1 on line 5, 4.2.2 on line 6, 4.7.1 on line 7, 4.2.2 on line 8,"
            + " 4.7.1 on line 9, 4.2.2 on line 10 and codes on 99991 more lines); RFC 2034 wants the same on every"
            + " line, so the last line's 4.7.1 is used");
  }

  @Test
  void manyLinesWithoutACodeAreNamedUpToTenAndThenCounted() {
    StringBuilder wire = new StringBuilder("550-5.1.1 first\r\n");
    for (int i = 0; i < 100_000; i++) {
      wire.append("550-no code here\r\n");
    }
    wire.append("550 5.1.1 last");

    SmtpReply reply = assertTimeoutPreemptively(BOUND, () -> SmtpReply.parse(wire));

    assertThat(reply.findings()).extracting(ReplyFinding::message).containsExactly("2 of 100002 lines carry an"
        + " enhanced status code (missing on lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 99990 more); RFC 2034 wants"
        + " it on every line, so the last line's 5.1.1 is used");
  }

  @Test
  void manyLinesTooLongAreOneFindingNamingTheFirstTen() {
    String line = "250-" + "y".repeat(600) + "\r\n";
    String wire = line.repeat(3_000) + "250 short";

    SmtpReply reply = assertTimeoutPreemptively(BOUND, () -> SmtpReply.parse(wire));

    assertThat(reply.findings()).extracting(ReplyFinding::toString).containsExactly("LINE_TOO_LONG: 3000 lines are"
        + " longer than the 512 octets RFC 5321 allows with the CRLF: 1 (606 octets), 2 (606 octets), 3 (606 octets),"
        + " 4 (606 octets), 5 (606 octets), 6 (606 octets), 7 (606 octets), 8 (606 octets), 9 (606 octets),"
        + " 10 (606 octets) and 2990 more");
  }

  @Test
  void twoLinesTooLongAreNamedWithTheirLengths() {
    SmtpReply reply = SmtpReply.parse("250-" + "a".repeat(600) + "\r\n250-ok\r\n250 " + "b".repeat(700));

    assertThat(reply.findings()).extracting(ReplyFinding::message).containsExactly("2 lines are longer than the"
        + " 512 octets RFC 5321 allows with the CRLF: 1 (606 octets), 3 (706 octets)");
  }

  @Test
  void aTwoMebibyteLineWithCodesInItsTextParsesInLinearTime() {
    String wire = "550 5.1.1 " + "5.1.1 ".repeat(350_000);

    SmtpReply reply = assertTimeoutPreemptively(BOUND, () -> SmtpReply.parse(wire));

    assertThat(reply.enhancedCode()).contains(StatusCode.parse("5.1.1"));
    assertThat(reply.findings()).extracting(ReplyFinding::kind).containsExactly(ReplyFinding.Kind.LINE_TOO_LONG);
  }

  @Test
  void aStatusFieldWithTwoMebibytesOfFoldsAndNestedCommentsParsesInLinearTime() {
    String value = "5.1.1 " + "\r\n ".repeat(100_000) + "(" + "(".repeat(200_000) + "\\)".repeat(300_000)
        + ")".repeat(200_001);

    DeliveryStatus.Status status = assertTimeoutPreemptively(BOUND, () -> DeliveryStatus.parseStatus(value));

    assertThat(status.code()).isEqualTo(StatusCode.parse("5.1.1"));
    assertThat(status.comment()).hasValueSatisfying(comment -> assertThat(comment).hasSize(1_000_000));
  }

  @Test
  void aDiagnosticCodeOfTwoMebibytesOfFoldedLinesParsesInLinearTime() {
    String value = "smtp; 550-5.1.1 x" + "\r\n 550-5.1.1 x".repeat(150_000) + "\r\n 550 5.1.1 end";

    DeliveryStatus.DiagnosticCode diagnostic =
        assertTimeoutPreemptively(BOUND, () -> DeliveryStatus.parseDiagnosticCode(value));

    assertThat(diagnostic.smtpReply().map(SmtpReply::lines).map(List::size)).contains(150_002);
    assertThat(diagnostic.smtpReply().orElseThrow().findings()).isEmpty();
  }
}
