package io.github.smtpstatus.benchmarks;

import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.StatusCodes;
import io.github.smtpstatus.benchmarks.baseline.RegexStatusCodes;
import io.github.smtpstatus.benchmarks.corpus.Corpora;
import java.util.List;
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
 * {@code StatusCodes.findAll} and the {@code Matcher.find()} loop over 1 KiB, 64 KiB and 1 MiB of
 * adversarial runs of digits and dots (see {@link Corpora#adversarial}), each a prefix of the next. The
 * time per op divided by the length is the cost per byte, which must not grow with the length.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AdversarialFindAllBenchmark {

  /** The length in characters. */
  @Param({"1024", "65536", "1048576"})
  public int length;

  private String text;

  @Setup
  public void setUp() {
    text = Corpora.adversarial(length);
  }

  @Benchmark
  public List<StatusCode> library() {
    return StatusCodes.findAll(text);
  }

  @Benchmark
  public List<String> regex() {
    return RegexStatusCodes.findAll(text);
  }
}
