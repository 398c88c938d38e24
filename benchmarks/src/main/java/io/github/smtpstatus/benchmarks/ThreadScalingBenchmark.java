package io.github.smtpstatus.benchmarks;

import io.github.smtpstatus.SmtpReply;
import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.StatusCodes;
import io.github.smtpstatus.benchmarks.baseline.ParsedCode;
import io.github.smtpstatus.benchmarks.baseline.ParsedReply;
import io.github.smtpstatus.benchmarks.baseline.RegexStatusCodes;
import io.github.smtpstatus.benchmarks.corpus.Corpora;
import java.util.List;
import java.util.Optional;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The parse, reply and {@code findAll} benchmarks in throughput mode on one thread ({@link OneThread})
 * and on two at once ({@link TwoThreads}), the library and the regex baseline alike, all over inputs
 * every thread shares (as a service's threads share nothing but the library). A claim of "thread-safe
 * and fast" is a claim about concurrent use: on two cores the library should do about twice the work on
 * two threads (issue 12's target: at least 1.8×). The regex baseline shares no state at all, so its own
 * scaling in the same run shows what the machine allows.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public abstract class ThreadScalingBenchmark {

  /** A code to parse, as in {@link CodeParseBenchmark}. */
  @State(Scope.Benchmark)
  public static class Code {
    @Param({"5.1.1", "5.7.606", "5.01.1"})
    public String code;
  }

  /** A reply to parse, as in {@link ReplyParseBenchmark}. */
  @State(Scope.Benchmark)
  public static class Reply {
    @Param({"oneLine", "gmailThreeLines"})
    public String reply;
    String text;

    @Setup
    public void setUp() {
      text = reply.equals("oneLine") ? ReplyParseBenchmark.ONE_LINE : ReplyParseBenchmark.GMAIL_THREE_LINES;
    }
  }

  /** A text to search: the 1 MiB texts of {@link FindAllBenchmark} and {@link AdversarialFindAllBenchmark}. */
  @State(Scope.Benchmark)
  public static class Text {
    @Param({"realistic", "adversarial"})
    public String kind;
    String text;

    @Setup
    public void setUp() {
      text = kind.equals("realistic") ? Corpora.realistic(Corpora.MB) : Corpora.adversarial(Corpora.MB);
    }
  }

  @Benchmark
  public Optional<StatusCode> codeLibrary(Code input) {
    return StatusCode.tryParse(input.code);
  }

  @Benchmark
  public ParsedCode codeRegex(Code input) {
    return RegexStatusCodes.parse(input.code);
  }

  @Benchmark
  public SmtpReply replyLibrary(Reply input) {
    return SmtpReply.parse(input.text);
  }

  @Benchmark
  public ParsedReply replyRegex(Reply input) {
    return RegexStatusCodes.parseReply(input.text);
  }

  @Benchmark
  public List<StatusCode> findAllLibrary(Text input) {
    return StatusCodes.findAll(input.text);
  }

  @Benchmark
  public List<String> findAllRegex(Text input) {
    return RegexStatusCodes.findAll(input.text);
  }

  /** Every benchmark on one thread. */
  @Threads(1)
  public static class OneThread extends ThreadScalingBenchmark {}

  /** Every benchmark on two threads at once. */
  @Threads(2)
  public static class TwoThreads extends ThreadScalingBenchmark {}
}
