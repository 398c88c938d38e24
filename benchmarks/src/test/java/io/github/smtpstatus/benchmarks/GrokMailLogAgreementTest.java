package io.github.smtpstatus.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpstatus.QuotedReply;
import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.benchmarks.baseline.GrokMailLog;
import io.github.smtpstatus.benchmarks.baseline.GrokMailLog.GrokEntry;
import io.github.smtpstatus.benchmarks.corpus.MailLogs;
import io.github.smtpstatus.log.MailLogEntry;
import io.github.smtpstatus.log.MailLogReader;
import io.github.smtpstatus.log.Peer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grok baseline does the log reader's job: on every benchmark line both give the same fields. */
class GrokMailLogAgreementTest {

  @Test
  void grokAndTheReaderAgreeOnEveryBenchmarkLine() {
    List<String> lines = MailLogs.lines(4096);
    int entries = 0;
    for (String line : lines) {
      GrokEntry library = MailLogReader.read(line).map(GrokMailLogAgreementTest::asGrok).orElse(null);
      assertThat(GrokMailLog.parse(line)).as(line).isEqualTo(library);
      entries += library == null ? 0 : 1;
    }
    assertThat(entries).as("lines that record a delivery").isGreaterThan(lines.size() * 3 / 4);
  }

  private static GrokEntry asGrok(MailLogEntry entry) {
    QuotedReply reply = entry.reply().orElse(null);
    return new GrokEntry(entry.mta().name(), entry.outcome().name(), entry.queueId().orElse(null),
        entry.recipients().isEmpty() ? null : entry.recipients().get(0),
        entry.dsn().map(StatusCode::toString).orElse(null), entry.relay().map(Peer::toString).orElse(null),
        reply == null ? -1 : reply.code(), reply == null ? null : reply.enhancedCode().map(StatusCode::toString).orElse(null));
  }
}
