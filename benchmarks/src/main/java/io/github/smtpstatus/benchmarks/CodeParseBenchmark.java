package io.github.smtpstatus.benchmarks;

import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.benchmarks.baseline.ParsedCode;
import io.github.smtpstatus.benchmarks.baseline.RegexStatusCodes;
import io.github.smtpstatus.benchmarks.baseline.SplitStatusCodes;
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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing one status code: {@code StatusCode.tryParse} against the regex and the split baselines, for a
 * registered code ({@code 5.1.1}, a cached instance), an unregistered valid one (Microsoft's
 * {@code 5.7.606}) and an invalid one ({@code 5.01.1}, leading zero). {@code tryParse} is the
 * never-throwing form, like the baselines, which return {@code null} for invalid input;
 * {@link #libraryParse} shows that {@code parse} of a registered code costs the same.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 10, time = 1)
public class CodeParseBenchmark {

  /** The code to parse. */
  @State(Scope.Benchmark)
  public static class Input {
    @Param({"5.1.1", "5.7.606", "5.01.1"})
    public String code;
  }

  /** The registered code alone, for {@code parse}. */
  @State(Scope.Benchmark)
  public static class Registered {
    public String code = "5.1.1";
  }

  @Benchmark
  public Optional<StatusCode> library(Input input) {
    return StatusCode.tryParse(input.code);
  }

  @Benchmark
  public ParsedCode regex(Input input) {
    return RegexStatusCodes.parse(input.code);
  }

  @Benchmark
  public ParsedCode split(Input input) {
    return SplitStatusCodes.parse(input.code);
  }

  @Benchmark
  public StatusCode libraryParse(Registered input) {
    return StatusCode.parse(input.code);
  }
}
