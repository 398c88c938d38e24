package io.github.smtpstatus.benchmarks;

import io.github.smtpstatus.QuotedReply;
import io.github.smtpstatus.SmtpReply;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The lenient reading ({@code QuotedReply.parse}) against the strict parse ({@code SmtpReply.parse}) of
 * the same well-formed replies (those of {@link ReplyParseBenchmark}): what reading leniently costs a
 * caller whose replies need no repair. {@link #lenientFlattened} reads the Gmail reply flattened onto
 * one line, which strict parsing refuses, for scale.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 10, time = 1)
public class QuotedReplyBenchmark {

  /** Which reply. */
  @Param({"oneLine", "gmailThreeLines"})
  public String reply;

  private String text;
  private String flattened;

  @Setup
  public void setUp() {
    text = switch (reply) {
      case "oneLine" -> ReplyParseBenchmark.ONE_LINE;
      case "gmailThreeLines" -> ReplyParseBenchmark.GMAIL_THREE_LINES;
      default -> throw new IllegalArgumentException(reply);
    };
    flattened = text.replace("\r\n", " ");
  }

  @Benchmark
  public SmtpReply strict() {
    return SmtpReply.parse(text);
  }

  @Benchmark
  public QuotedReply lenient() {
    return QuotedReply.parse(text);
  }

  @Benchmark
  public QuotedReply lenientFlattened() {
    return QuotedReply.parse(flattened);
  }
}
