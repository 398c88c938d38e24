package io.github.smtpstatus;

import io.github.smtpstatus.benchmarks.ReplyParseBenchmark;
import io.github.smtpstatus.benchmarks.corpus.Corpora;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The choices of issue 12, measured in one run on one and on two threads (throughput, run with
 * {@code -prof gc}): how to find a reply's control characters and how to collect {@code findAll}'s
 * matches without a scratch array shared by all threads, and whether the straight-line code validator
 * (which the API had until issue 12) is worth a second grammar. {@link ScratchVariants} holds the variants. Not part of
 * {@code benchmarks/run.sh}: BENCHMARKS.md gives its command and its figures.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public abstract class ScratchChoiceBenchmark {

  /** A reply to scan. */
  @State(Scope.Benchmark)
  public static class Reply {
    @Param({"oneLine", "gmailThreeLines"})
    public String reply;
    String text;

    @Setup
    public void setUp() {
      text = reply.equals("oneLine") ? ReplyParseBenchmark.ONE_LINE : ReplyParseBenchmark.GMAIL_THREE_LINES;
    }
  }

  /** A text to search: a log line with two codes, 1 MiB of realistic text, 1 KiB slices of the adversarial one. */
  @State(Scope.Thread)
  public static class Text {
    @Param({"logLine", "realistic1MiB", "adversarial1KiB"})
    public String text;
    private String[] texts;
    private int next;

    @Setup
    public void setUp() {
      texts = switch (text) {
        case "logLine" -> new String[] {"dsn=5.1.1, status=bounced (host mx.example.com[203.0.113.5] said: 550 5.1.1"
            + " <bob@example.com>: Recipient address rejected)"};
        case "realistic1MiB" -> new String[] {Corpora.realistic(Corpora.MB)};
        default -> {
          String all = Corpora.adversarial(Corpora.MB);
          String[] slices = new String[Corpora.KB];
          for (int k = 0; k < slices.length; k++) {
            slices[k] = all.substring(k * Corpora.KB, (k + 1) * Corpora.KB);
          }
          yield slices;
        }
      };
    }

    String next() {
      String each = texts[next];
      next = next + 1 == texts.length ? 0 : next + 1;
      return each;
    }
  }

  /** A code to parse. */
  @State(Scope.Benchmark)
  public static class Code {
    @Param({"5.1.1", "5.7.606", "5.01.1"})
    public String code;
  }

  @Benchmark
  public int controlByCharAt(Reply reply) {
    return ScratchVariants.lineEndsByCharAt(reply.text);
  }

  @Benchmark
  public int controlBySharedScratch(Reply reply) {
    return ScratchVariants.lineEndsBySharedScratch(reply.text);
  }

  @Benchmark
  public int controlByThreadScratch(Reply reply) {
    return ScratchVariants.lineEndsByThreadScratch(reply.text);
  }

  @Benchmark
  public int controlByFreshArray(Reply reply) {
    return ScratchVariants.lineEndsByFreshArray(reply.text);
  }

  @Benchmark
  public List<StatusCode> findAllSharedScratch(Text text) {
    return ScratchVariants.findAllSharedScratch(text.next());
  }

  @Benchmark
  public List<StatusCode> findAllThreadScratch(Text text) {
    return ScratchVariants.findAllThreadScratch(text.next());
  }

  @Benchmark
  public List<StatusCode> findAllCountThenFill(Text text) {
    return ScratchVariants.findAllCountThenFill(text.next());
  }

  @Benchmark
  public List<StatusCode> findAllGrowingArray(Text text) {
    return ScratchVariants.findAllGrowingArray(text.next());
  }

  @Benchmark
  public StatusCode codeByExact(Code code) {
    return ScratchVariants.parseByExact(code.code);
  }

  @Benchmark
  public StatusCode codeByScan(Code code) {
    return ScratchVariants.parseByScan(code.code);
  }

  /**
   * Two variants at the same moment, one thread each ({@code @Group}): on a machine whose load changes
   * from second to second, the only fair A/B, since both see the same load. Each group pits the choice
   * made against the one it replaced.
   */
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Fork(3)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  public static class SideBySide {

    @Benchmark
    @Group("code")
    @GroupThreads(1)
    public StatusCode codeByExact(Code code) {
      return ScratchVariants.parseByExact(code.code);
    }

    @Benchmark
    @Group("code")
    @GroupThreads(1)
    public StatusCode codeByScan(Code code) {
      return ScratchVariants.parseByScan(code.code);
    }

    @Benchmark
    @Group("control")
    @GroupThreads(1)
    public int controlBySharedScratch(Reply reply) {
      return ScratchVariants.lineEndsBySharedScratch(reply.text);
    }

    @Benchmark
    @Group("control")
    @GroupThreads(1)
    public int controlByCharAt(Reply reply) {
      return ScratchVariants.lineEndsByCharAt(reply.text);
    }

    @Benchmark
    @Group("findAll")
    @GroupThreads(1)
    public List<StatusCode> findAllSharedScratch(Text text) {
      return ScratchVariants.findAllSharedScratch(text.next());
    }

    @Benchmark
    @Group("findAll")
    @GroupThreads(1)
    public List<StatusCode> findAllThreadScratch(Text text) {
      return ScratchVariants.findAllThreadScratch(text.next());
    }
  }

  /** Every variant on one thread. */
  @Threads(1)
  public static class OneThread extends ScratchChoiceBenchmark {}

  /** Every variant on two threads at once. */
  @Threads(2)
  public static class TwoThreads extends ScratchChoiceBenchmark {}
}
