package io.github.smtpstatus.benchmarks;

import io.github.smtpstatus.DeliveryStatus;
import io.github.smtpstatus.SmtpReply;
import io.github.smtpstatus.benchmarks.corpus.AdversarialReplies;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
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
 * Cost per byte of {@code SmtpReply.parse}, {@code DeliveryStatus.parseDiagnosticCode} and
 * {@code DeliveryStatus.parseStatus} over inputs shaped to defeat them ({@link AdversarialReplies}), at
 * 1 KiB, 1 MiB and 16 MiB: the time per call divided by the length must not grow with the length
 * (issue 10's target: within 1.5× of the 1 KiB figure).
 *
 * <p>Every size reads 16 MiB of distinct inputs in turn (16,384 of 1 KiB, 16 of 1 MiB, one of 16 MiB),
 * so that sizes differ in length only and a small input is not learnt by heart by the branch predictor.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
public class AdversarialReplyBenchmark {

  /** What every size reads, in characters. */
  static final int TOTAL = 16 * 1024 * 1024;

  /** Inputs of one length, taken in turn. */
  @State(Scope.Thread)
  public abstract static class Inputs {
    @Param({"1024", "1048576", "16777216"})
    public int length;

    private String[] inputs;
    private int next;

    void make(IntFunction<String> input) {
      inputs = new String[TOTAL / length];
      for (int k = 0; k < inputs.length; k++) {
        inputs[k] = input.apply(k);
      }
    }

    String next() {
      String input = inputs[next];
      next = next + 1 == inputs.length ? 0 : next + 1;
      return input;
    }
  }

  /** Replies of one shape. */
  @State(Scope.Thread)
  public static class Replies extends Inputs {
    @Param({"distinctCodes", "alternatingCodes", "missingCodes", "longLines", "manyLines"})
    public String shape;

    @Setup
    public void setUp() {
      make(k -> AdversarialReplies.reply(shape, length, k * (length / 16)));
    }
  }

  /** Diagnostic-Code values of one shape. */
  @State(Scope.Thread)
  public static class DiagnosticCodes extends Inputs {
    @Param({"distinctCodes", "alternatingCodes", "missingCodes", "longLines", "manyLines"})
    public String shape;

    @Setup
    public void setUp() {
      make(k -> AdversarialReplies.diagnosticCode(shape, length, k * (length / 16)));
    }
  }

  /** Status values of one shape. */
  @State(Scope.Thread)
  public static class Statuses extends Inputs {
    @Param({"folds", "nestedComments", "quotedPairs", "longComment"})
    public String shape;

    @Setup
    public void setUp() {
      make(k -> AdversarialReplies.status(shape, length, k));
    }
  }

  @Benchmark
  public SmtpReply reply(Replies replies) {
    return SmtpReply.parse(replies.next());
  }

  @Benchmark
  public DeliveryStatus.DiagnosticCode diagnosticCode(DiagnosticCodes values) {
    return DeliveryStatus.parseDiagnosticCode(values.next());
  }

  @Benchmark
  public DeliveryStatus.Status status(Statuses values) {
    return DeliveryStatus.parseStatus(values.next());
  }
}
