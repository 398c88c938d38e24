package io.github.smtpstatus.benchmarks;

import io.github.smtpstatus.benchmarks.baseline.RegexClassifier;
import io.github.smtpstatus.benchmarks.corpus.ClassificationSamples;
import io.github.smtpstatus.benchmarks.corpus.ClassificationSamples.Failure;
import io.github.smtpstatus.classify.Classification;
import io.github.smtpstatus.classify.Classifier;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Classifying replies with the full shipped rules: {@code Classifier.standard()} (one automaton pass
 * over the text) against an ordered list of regular expressions over the same rules, the way KumoMTA's
 * classifier and ZoneMTA's bounce rules work ({@link RegexClassifier}). Each op classifies one failure
 * of {@link ClassificationSamples#FAILURES}, which decide early, late or by no rule at all.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ClassifyBenchmark {

  /** The number of {@link ClassificationSamples#FAILURES}, checked by the agreement test. */
  static final int FAILURES = 16;

  private final Classifier library = Classifier.standard();
  private final RegexClassifier regex = new RegexClassifier(Classifier.standard().rules());

  @Benchmark
  @OperationsPerInvocation(FAILURES)
  public void library(Blackhole blackhole) {
    for (Failure failure : ClassificationSamples.FAILURES) {
      Classification classification = library.classify(failure.code(), failure.reply(), failure.text(), failure.host());
      blackhole.consume(classification);
    }
  }

  /** The same on two threads sharing the classifier: it must scale, holding no shared mutable state. */
  @Benchmark
  @Threads(2)
  @OperationsPerInvocation(FAILURES)
  public void libraryTwoThreads(Blackhole blackhole) {
    library(blackhole);
  }

  @Benchmark
  @OperationsPerInvocation(FAILURES)
  public void regex(Blackhole blackhole) {
    for (Failure failure : ClassificationSamples.FAILURES) {
      blackhole.consume(regex.classify(failure.code(), failure.reply(), failure.text(), failure.host()));
    }
  }
}
