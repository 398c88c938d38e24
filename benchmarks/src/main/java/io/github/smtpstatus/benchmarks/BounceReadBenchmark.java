package io.github.smtpstatus.benchmarks;

import io.github.smtpstatus.benchmarks.bounce.BounceMessages;
import io.github.smtpstatus.bounce.Bounce;
import io.github.smtpstatus.bounce.BounceReader;
import java.io.IOException;
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
 * Messages per second that one thread reads into per-recipient results, from messages held in memory:
 * {@code sisimai}, the 316 real bounces of {@code ../shared/corpora/sisimai/} (the benchmark fails its
 * setup, saying why, where that folder is absent, and the others run on), or {@code generated}, 512
 * bounces in the shapes of Postfix, Exchange, qmail, Exim and Sendmail. Each call reads the next
 * message in turn. With {@code -prof gc}, B/op is the allocation per message. Thirty warm-up seconds:
 * on the 2-core machine of BENCHMARKS.md the corpus figure still rose from 1,183 to 8,329 messages/s
 * over the first nine two-second iterations, as the JIT compiled the reader's many paths.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 2)
public class BounceReadBenchmark {

  @Param({"sisimai", "generated"})
  public String source;

  private final BounceReader reader = BounceReader.create();
  private byte[][] messages;
  private int next;

  @Setup
  public void setUp() throws IOException {
    messages = source.equals("sisimai") ? BounceMessages.sisimai() : BounceMessages.generated(512);
    if (messages == null) {
      throw new IllegalStateException("skipped: the Sisimai corpus is not at ../shared/corpora/sisimai/emails"
          + " (from the project root); run from the project checkout, or use -p source=generated");
    }
  }

  @Benchmark
  public Bounce read() {
    byte[] message = messages[next];
    if (++next == messages.length) {
      next = 0;
    }
    return reader.read(message);
  }
}
