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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Finding every code in free text: {@code StatusCodes.findAll} against the {@code Matcher.find()} loop
 * with boundary look-arounds, over 1 MiB of realistic bounce text (see {@link Corpora#realistic}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 10, time = 1)
public class FindAllBenchmark {

  private String text;

  @Setup
  public void setUp() {
    text = Corpora.realistic(Corpora.MB);
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
