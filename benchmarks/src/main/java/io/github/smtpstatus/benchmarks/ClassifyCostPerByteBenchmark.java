package io.github.smtpstatus.benchmarks;

import io.github.smtpstatus.benchmarks.corpus.ClassificationSamples;
import io.github.smtpstatus.classify.Classification;
import io.github.smtpstatus.classify.Classifier;
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
 * The cost per byte of classifying a text with the shipped rules, from 100 B to 64 KiB: bounce prose
 * that no rule decides before its end, and an adversarial shape of phrase prefixes and repeated phrase
 * hits (see {@link ClassificationSamples#text}). Time per op divided by the length must stay flat.
 *
 * <p>Each size reads 64 KiB of the same text, cut into texts of that length taken in turn, so sizes
 * differ in length only and a small text is not learnt by heart by the branch predictor.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ClassifyCostPerByteBenchmark {

  private static final int TOTAL = 65_536;

  /** The text length in characters. */
  @Param({"100", "1024", "16384", "65536"})
  public int length;

  /** The shape of the text. */
  @Param({"prose", "adversarial"})
  public String shape;

  private final Classifier classifier = Classifier.standard();
  private String[] texts;
  private int next;

  @Setup
  public void setUp() {
    String all = ClassificationSamples.text(TOTAL + length, shape.equals("adversarial"), 3463L);
    texts = new String[Math.max(1, TOTAL / length)];
    for (int k = 0; k < texts.length; k++) {
      texts[k] = all.substring(k * length, (k + 1) * length);
    }
  }

  @Benchmark
  public Classification library() {
    String text = texts[next];
    next = next + 1 == texts.length ? 0 : next + 1;
    return classifier.classify(null, 550, text, null);
  }
}
