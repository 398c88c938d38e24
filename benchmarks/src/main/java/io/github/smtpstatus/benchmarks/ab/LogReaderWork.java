package io.github.smtpstatus.benchmarks.ab;

import io.github.smtpstatus.QuotedReply;
import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.benchmarks.baseline.GrokMailLog;
import io.github.smtpstatus.benchmarks.corpus.MailLogs;
import io.github.smtpstatus.log.MailLogEntry;
import io.github.smtpstatus.log.MailLogReader;
import io.github.smtpstatus.log.Peer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * One pass of the log reader or of the grok baseline over {@code MailLogBenchmark}'s 4,096 lines, in
 * thread CPU time per line, for {@link LoaderAB}, which loads this class once per build compared. The
 * reader's pass also takes every field the baseline gives (as {@code GrokMailLogAgreementTest} compares
 * them), so that no lazy field could make it look faster than it is.
 */
public final class LogReaderWork {

  private static final String[] LINES = MailLogs.lines(4096).toArray(new String[0]);
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  /** Where the results go, so that the JIT cannot drop the work. */
  public static volatile Object sink;

  private LogReaderWork() {}

  /** {@return thread CPU nanoseconds per line of {@code passes} passes of the reader} */
  public static double library(int passes) {
    long start = THREADS.getCurrentThreadCpuTime();
    for (int p = 0; p < passes; p++) {
      for (String line : LINES) {
        sink = MailLogReader.read(line).map(LogReaderWork::fields).orElse(null);
      }
    }
    return (THREADS.getCurrentThreadCpuTime() - start) / (double) passes / LINES.length;
  }

  /** {@return thread CPU nanoseconds per line of {@code passes} passes of the grok baseline} */
  public static double grok(int passes) {
    long start = THREADS.getCurrentThreadCpuTime();
    for (int p = 0; p < passes; p++) {
      for (String line : LINES) {
        sink = GrokMailLog.parse(line);
      }
    }
    return (THREADS.getCurrentThreadCpuTime() - start) / (double) passes / LINES.length;
  }

  private static GrokMailLog.GrokEntry fields(MailLogEntry entry) {
    QuotedReply reply = entry.reply().orElse(null);
    return new GrokMailLog.GrokEntry(entry.mta().name(), entry.outcome().name(), entry.queueId().orElse(null),
        entry.recipients().isEmpty() ? null : entry.recipients().get(0),
        entry.dsn().map(StatusCode::toString).orElse(null), entry.relay().map(Peer::toString).orElse(null),
        reply == null ? -1 : reply.code(),
        reply == null ? null : reply.enhancedCode().map(StatusCode::toString).orElse(null));
  }
}
