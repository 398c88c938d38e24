package io.github.smtpstatus.benchmarks;

import io.github.smtpstatus.QuotedReply;
import io.github.smtpstatus.SmtpReplies;
import io.github.smtpstatus.benchmarks.corpus.Corpora;
import io.github.smtpstatus.benchmarks.corpus.QuotedTexts;
import java.util.List;
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
 * Cost per byte of the lenient reading ({@code QuotedReply.tryParse}, then {@code nested()}, which scans
 * the reply's text for a quoted reply) over {@link QuotedTexts#reply} and of the prose scanner
 * ({@code SmtpReplies.findAll}) over {@link QuotedTexts#prose}, from 1 KiB to 16 MiB. As in
 * {@link AdversarialFindAllBenchmark}, every size reads the same 16 MiB, cut into texts of the size, each
 * call taking the next: sizes differ in length only. The time per op divided by the length must not grow
 * with the length. {@link #scannerWithoutAnnotations} reads {@link QuotedTexts#proseWithoutAnnotations}.
 *
 * <p>The heap is fixed and touched before the run ({@code -Xms2g -Xmx2g -XX:+AlwaysPreTouch}), for the
 * reason {@link AdversarialBounceBenchmark} gives: with the default heap, its 16 MiB rows carried errors
 * larger than their scores.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AdversarialLenientBenchmark {

  /** The whole text read by every size. */
  public static final int TOTAL = 16 * Corpora.MB;

  /** The length of each text in characters. */
  @Param({"1024", "65536", "1048576", "16777216"})
  public int length;

  private String[] replies;
  private String[] prose;
  private String[] unannotated;
  private int next;

  @Setup
  public void setUp() {
    replies = slices(QuotedTexts.reply(TOTAL));
    prose = slices(QuotedTexts.prose(TOTAL));
    unannotated = slices(QuotedTexts.proseWithoutAnnotations(TOTAL));
  }

  private String[] slices(String all) {
    String[] texts = new String[TOTAL / length];
    for (int k = 0; k < texts.length; k++) {
      texts[k] = all.substring(k * length, (k + 1) * length);
    }
    return texts;
  }

  @Benchmark
  public Optional<QuotedReply> lenient() {
    Optional<QuotedReply> read = QuotedReply.tryParse(replies[next]);
    next = (next + 1) & (replies.length - 1);
    return read.flatMap(QuotedReply::nested);
  }

  @Benchmark
  public List<QuotedReply> scanner() {
    List<QuotedReply> found = SmtpReplies.findAll(prose[next]);
    next = (next + 1) & (prose.length - 1);
    return found;
  }

  /** The scanner over prose without {@code (in reply to}: quadratic before the annotation search was bounded. */
  @Benchmark
  public List<QuotedReply> scannerWithoutAnnotations() {
    List<QuotedReply> found = SmtpReplies.findAll(unannotated[next]);
    next = (next + 1) & (unannotated.length - 1);
    return found;
  }
}
