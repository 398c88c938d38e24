package io.github.smtpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fuzz targets for the lenient reading ({@link QuotedReply}) and the prose scanner ({@link SmtpReplies}):
 * only the documented exception comes out, what comes out is consistent, and the time stays linear. In
 * {@code mvn verify} each runs once per seed in {@code LenientFuzzTestInputs}.
 */
class LenientFuzzTest {

  /** Inputs are repeated up to this length for the time check. */
  private static final int AMPLIFIED = 256 * 1024;

  /**
   * Generous: the readers take milliseconds on 256 KiB; anything quadratic takes minutes there (a
   * quadratic pass over 256 Ki characters is 3.4 * 10^10 steps).
   */
  private static final long LINEAR_BOUND_NANOS = 5_000_000_000L;

  @FuzzTest(maxDuration = "10m")
  void quotedReply(byte[] bytes) {
    String text = FuzzText.decode(bytes);
    Optional<QuotedReply> tried = QuotedReply.tryParse(text);
    QuotedReply quoted;
    try {
      quoted = QuotedReply.parse(text);
    } catch (SmtpReplyFormatException e) {
      assertThat(tried).isEmpty();
      assertThat(e.getIndex()).isBetween(0, text.length());
      assertThat(e).hasMessage("Invalid SMTP reply " + InputText.quote(text) + ": " + e.getReason() + " at line "
          + e.getLine() + ", index " + e.getIndex());
      return;
    }
    assertThat(tried).contains(quoted);
    assertThat(quoted.start()).isBetween(0, quoted.end());
    assertThat(quoted.end()).isLessThanOrEqualTo(text.length());
    assertThat(quoted.repairs()).allSatisfy(repair -> assertThat(repair.kind().isRepair()).isTrue());
    assertThat(quoted.reply().findings()).noneSatisfy(finding -> assertThat(finding.kind().isRepair()).isTrue());
    assertThat(SmtpReply.parse(quoted.toString())).isEqualTo(quoted.reply());
    assertThat(quoted.code()).isEqualTo(Integer.parseInt(text.substring(quoted.start(), quoted.start() + 3)));

    // Strict reading is exactly the strict parser.
    Optional<SmtpReply> strict = SmtpReply.tryParse(text);
    assertThat(QuotedReply.tryParse(text, Set.of()).map(QuotedReply::reply)).isEqualTo(strict);
    strict.ifPresent(reply -> {
      if (!quoted.hasFinding(ReplyFinding.Kind.NONSTANDARD_CODE_FORM)) {
        assertThat(quoted.reply()).isEqualTo(reply);
        assertThat(quoted.repairs()).isEmpty();
      }
    });
    checkNested(quoted);
  }

  @FuzzTest(maxDuration = "10m")
  void smtpReplies(byte[] bytes) {
    String text = FuzzText.decode(bytes);

    List<QuotedReply> found = SmtpReplies.findAll(text);

    int previousEnd = 0;
    for (QuotedReply reply : found) {
      assertThat(reply.start()).as("replies in order, not overlapping: %s", text).isGreaterThanOrEqualTo(previousEnd);
      assertThat(reply.end()).isGreaterThan(reply.start() + 2).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(reply.start(), reply.start() + 3)).isEqualTo(String.valueOf(reply.code()));
      assertThat(reply.repairs()).noneMatch(repair -> repair.kind() == ReplyFinding.Kind.SURROUNDING_SPACE);
      assertThat(SmtpReply.parse(reply.toString())).isEqualTo(reply.reply());
      checkNested(reply);
      previousEnd = reply.end();
    }
    assertThat(SmtpReplies.findFirst(text)).isEqualTo(found.stream().findFirst());
    assertThat(SmtpReplies.findAll(new StringBuilder(text))).isEqualTo(found);
  }

  /** Linear time: the input repeated to 256 KiB is read within a bound no linear reader comes near. */
  @FuzzTest(maxDuration = "10m")
  void linearTime(byte[] bytes) {
    String text = FuzzText.decode(bytes);
    if (text.isEmpty()) {
      return;
    }
    String amplified = text.repeat(AMPLIFIED / text.length() + 1);
    long elapsed = Long.MAX_VALUE;
    for (int run = 0; run < 2; run++) { // the faster of two runs: the first may run before the JIT compiled
      long start = System.nanoTime();
      SmtpReplies.findAll(amplified).forEach(QuotedReply::innermost);
      QuotedReply.tryParse(amplified).ifPresent(QuotedReply::innermost);
      elapsed = Math.min(elapsed, System.nanoTime() - start);
    }
    assertThat(elapsed).as("nanoseconds for %d characters of %s", amplified.length(), InputText.quote(text))
        .isLessThan(LINEAR_BOUND_NANOS);
  }

  /** A nested reply lies inside the outer reply's text and never changes the outer enhanced code. */
  private static void checkNested(QuotedReply quoted) {
    Optional<StatusCode> outer = quoted.enhancedCode();
    quoted.nested().ifPresent(nested -> {
      String outerText = quoted.reply().text();
      assertThat(nested.end()).isLessThanOrEqualTo(outerText.length());
      assertThat(outerText.substring(nested.start(), nested.start() + 3)).isEqualTo(String.valueOf(nested.code()));
    });
    quoted.innermost();
    assertThat(quoted.enhancedCode()).isEqualTo(outer);
  }
}
