package io.github.smtpstatus.benchmarks;

import io.github.smtpstatus.EnhancedStatusCode;
import java.util.HashMap;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code EnhancedStatusCode.find(subject, detail)}, the generated nested {@code switch} returning a
 * cached {@code Optional}, for a registered pair (1, 1) and an unregistered one (7, 606), against the map
 * a user builds once from {@code values()}, keyed by {@code subject * 1000 + detail}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 10, time = 1)
public class LookupBenchmark {

  private static final Map<Integer, EnhancedStatusCode> BY_KEY = new HashMap<>();

  static {
    for (EnhancedStatusCode code : EnhancedStatusCode.values()) {
      BY_KEY.put(code.subject() * 1000 + code.detail(), code);
    }
  }

  /** {@code subject.detail}. */
  @Param({"1.1", "7.606"})
  public String pair;

  private int subject;
  private int detail;

  @Setup
  public void setUp() {
    int dot = pair.indexOf('.');
    subject = Integer.parseInt(pair.substring(0, dot));
    detail = Integer.parseInt(pair.substring(dot + 1));
  }

  @Benchmark
  public Optional<EnhancedStatusCode> library() {
    return EnhancedStatusCode.find(subject, detail);
  }

  @Benchmark
  public EnhancedStatusCode hashMap() {
    return BY_KEY.get(subject * 1000 + detail);
  }
}
