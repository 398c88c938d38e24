package io.github.smtpstatus.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.smtpstatus.FuzzText;
import io.github.smtpstatus.QuotedReply;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuzz targets for {@link MailLogReader}: no exception for any line, {@code to=} never taken for
 * {@code orig_to=}, linear time. In {@code mvn verify} each runs once per seed in
 * {@code MailLogFuzzTestInputs}.
 */
class MailLogFuzzTest {

  /** The first Postfix {@code to=<...>} and {@code orig_to=<...>} fields, found independently of the reader. */
  private static final Pattern POSTFIX_TO = Pattern.compile(": to=<([^>]*)>, ");
  private static final Pattern POSTFIX_ORIG_TO = Pattern.compile(">, orig_to=<([^>]*)>, ");

  private static final long LINEAR_BOUND_NANOS = 5_000_000_000L;

  @FuzzTest(maxDuration = "10m")
  void mailLogLine(byte[] bytes) {
    String line = FuzzText.decode(bytes);

    Optional<MailLogEntry> read = MailLogReader.read(line);

    if (read.isEmpty()) {
      return;
    }
    MailLogEntry entry = read.get();
    assertThat(entry.fields()).hasSizeLessThanOrEqualTo(MailLogReader.MAX_FIELDS);
    assertThat(entry.recipients()).doesNotContainNull();
    entry.reply().ifPresent(QuotedReply::innermost);
    assertThat(MailLogReader.read(line + "\n")).contains(entry);
    if (entry.mta() == Mta.POSTFIX && entry.outcome() != Outcome.REJECTED && entry.fields().containsKey("to")) {
      Matcher to = POSTFIX_TO.matcher(line);
      if (to.find() && !to.group(1).contains(">")) {
        assertThat(entry.recipients()).as("to= of %s", line).containsExactly(to.group(1));
      }
      Matcher orig = POSTFIX_ORIG_TO.matcher(line);
      if (entry.originalRecipient().isPresent()) {
        assertThat(line).contains("orig_to=<" + entry.originalRecipient().get() + ">");
      } else if (orig.find()) {
        assertThat(orig.start()).as("orig_to= of %s", line).isGreaterThan(line.indexOf(", status="));
      }
    }
  }

  /** Linear time: the line grown to the length limit by repeating its message is read within a generous bound. */
  @FuzzTest(maxDuration = "10m")
  void linearTime(byte[] bytes) {
    String line = FuzzText.decode(bytes);
    if (line.isEmpty()) {
      return;
    }
    String amplified = line.repeat(MailLogReader.MAX_LINE_LENGTH / line.length());
    long elapsed = Long.MAX_VALUE;
    for (int run = 0; run < 2; run++) { // the faster of two runs: the first may run before the JIT compiled
      long start = System.nanoTime();
      MailLogReader.read(amplified).flatMap(MailLogEntry::reply).ifPresent(QuotedReply::innermost);
      elapsed = Math.min(elapsed, System.nanoTime() - start);
    }
    assertThat(elapsed).as("nanoseconds for %d characters", amplified.length())
        .isLessThan(LINEAR_BOUND_NANOS);
  }
}
