package io.github.smtpstatus.benchmarks;

import io.github.smtpstatus.benchmarks.bounce.BounceMessages;
import io.github.smtpstatus.bounce.Bounce;
import io.github.smtpstatus.bounce.BounceReader;
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
 * The bounce reader over adversarial messages of 1 KiB to 16 MiB (see
 * {@link BounceMessages#adversarial}): the time per op divided by the length is the cost per byte,
 * which must not grow with the length (linear time on every input).
 *
 * <p>The heap is fixed and touched before the run ({@code -Xms2g -Xmx2g -XX:+AlwaysPreTouch}). With the
 * default heap (a quarter of the machine's memory, grown on demand), the 16 MiB rows timed the machine
 * more than the reader: with no collection for several operations, each one wrote into memory never
 * touched before, and on the machine of BENCHMARKS.md the time per operation rose from 0.33 to 0.90 s
 * over five operations, then fell to 0.15 s after a collection, with the same work each time. With
 * {@code -Xmx1g} it took 0.19 to 0.23 s in every iteration, and with the heap fixed as here 0.14 to 0.15 s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AdversarialBounceBenchmark {

  @Param({"prose", "report", "mime", "layout"})
  public String shape;

  /** The message length in octets: 1 KiB, 64 KiB, 1 MiB, 16 MiB. */
  @Param({"1024", "65536", "1048576", "16777216"})
  public int length;

  private final BounceReader reader = BounceReader.create();
  private byte[] message;

  @Setup
  public void setUp() {
    message = BounceMessages.adversarial(shape, length);
  }

  @Benchmark
  public Bounce read() {
    return reader.read(message);
  }
}
