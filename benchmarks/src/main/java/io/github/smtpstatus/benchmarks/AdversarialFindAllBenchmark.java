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
 * {@code StatusCodes.findAll} and the {@code Matcher.find()} loop over adversarial runs of digits and
 * dots (see {@link Corpora#adversarial}) in texts of 1 KiB, 64 KiB and 1 MiB. The time per op divided by
 * the length is the cost per byte, which must not grow with the length.
 *
 * <p>Every size reads the same 1 MiB: cut into 1,024 texts of 1 KiB, 16 of 64 KiB or one of 1 MiB, and
 * each call takes the next text in turn. Sizes thus differ in length only, not in content; and a small
 * text is not fed again and again, which would let the branch predictor learn it by heart and make the
 * small size look cheaper per byte than any real stream of small texts is.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 10, time = 1)
public class AdversarialFindAllBenchmark {

  /** The length in characters. */
  @Param({"1024", "65536", "1048576"})
  public int length;

  private String[] texts;
  private int next;

  @Setup
  public void setUp() {
    String all = Corpora.adversarial(Corpora.MB);
    texts = new String[Corpora.MB / length];
    for (int k = 0; k < texts.length; k++) {
      texts[k] = all.substring(k * length, (k + 1) * length);
    }
  }

  /** The next text; the count of texts is a power of two. */
  private String nextText() {
    String text = texts[next];
    next = (next + 1) & (texts.length - 1);
    return text;
  }

  @Benchmark
  public List<StatusCode> library() {
    return StatusCodes.findAll(nextText());
  }

  @Benchmark
  public List<String> regex() {
    return RegexStatusCodes.findAll(nextText());
  }
}
