package io.github.smtpstatus.benchmarks;

import io.github.smtpstatus.QuotedReply;
import io.github.smtpstatus.SmtpReplies;
import io.github.smtpstatus.benchmarks.baseline.GrokMailLog;
import io.github.smtpstatus.benchmarks.corpus.MailLogs;
import io.github.smtpstatus.log.MailLogEntry;
import io.github.smtpstatus.log.MailLogReader;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One mail log line read by {@code MailLogReader} against the grok-style regular expressions of
 * {@link GrokMailLog} (the same fields, checked by {@code GrokMailLogAgreementTest}), over the 4,096
 * generated lines of {@link MailLogs}, each call taking the next. A line per op, so 10^9 divided by the
 * score is the lines one thread reads per second. The {@code TwoThreads} variants run the same on two
 * threads at once, each with its own lines: the reader shares no mutable state, so its time per line
 * should stay that of one thread (twice the lines per second), as the regex baseline's does. The
 * {@code sideBySide} group runs the reader and the baseline at the same moment, one thread each, each
 * over its own lines: on a machine that other work loads, both see the same load, so the ratio of their
 * scores is the fair one (the separate runs above may meet different loads). Ten warm-up seconds: on
 * the 2-core machine of BENCHMARKS.md the reader's time per line still fell from 6 to 1.9 microseconds
 * between the third and the eighth second, as the JIT compiled its paths.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 10, time = 1)
public class MailLogBenchmark {

  private static final int LINES = 4096;

  private String[] lines;
  private int next;

  @Setup
  public void setUp() {
    lines = MailLogs.lines(LINES).toArray(new String[0]);
  }

  private String nextLine() {
    String line = lines[next];
    next = (next + 1) & (LINES - 1);
    return line;
  }

  @Benchmark
  public Optional<MailLogEntry> library() {
    return MailLogReader.read(nextLine());
  }

  @Benchmark
  public GrokMailLog.GrokEntry grok() {
    return GrokMailLog.parse(nextLine());
  }

  /**
   * The prose reply scanner over the same lines, delivery lines included. {@code smtp-status scan} runs it
   * on every line that the log-line reader does not take (most lines of a log: connects, queue lines,
   * Exim arrivals).
   */
  @Benchmark
  public Optional<QuotedReply> replyScanner() {
    return SmtpReplies.findFirst(nextLine());
  }

  @Benchmark
  @Threads(2)
  public Optional<MailLogEntry> libraryTwoThreads() {
    return library();
  }

  @Benchmark
  @Threads(2)
  public GrokMailLog.GrokEntry grokTwoThreads() {
    return grok();
  }

  @Benchmark
  @Group("sideBySide")
  @GroupThreads(1)
  public Optional<MailLogEntry> sideBySideLibrary() {
    return library();
  }

  @Benchmark
  @Group("sideBySide")
  @GroupThreads(1)
  public GrokMailLog.GrokEntry sideBySideGrok() {
    return grok();
  }
}
