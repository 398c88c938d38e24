package io.github.smtpstatus.cli.scan;

import io.github.smtpstatus.QuotedReply;
import io.github.smtpstatus.SmtpReplies;
import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.StatusCodes;
import io.github.smtpstatus.classify.Classification;
import io.github.smtpstatus.classify.Classifier;
import io.github.smtpstatus.cli.input.Chunk;
import io.github.smtpstatus.log.MailLogEntry;
import io.github.smtpstatus.log.MailLogReader;
import io.github.smtpstatus.log.Outcome;
import io.github.smtpstatus.log.Peer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads one line of a log or of free text into its results, trying in order:
 * <ol>
 *   <li>a delivery line of a Postfix, Exim or Sendmail log ({@link MailLogReader}): one result per
 *       recipient, with outcome, relay, the MTA's {@code dsn=} and the remote reply read leniently;
 *   <li>an SMTP reply quoted in the line ({@link SmtpReplies}, the first one): one result;
 *   <li>enhanced codes in free text ({@link StatusCodes#findAll}): one result, the first code deciding.
 * </ol>
 * A line holding none of these gives no result, and neither does Postfix's notification line
 * ({@code sender non-delivery notification}), which records no delivery. Stateless and thread-safe.
 *
 * <p>The code of a log result: the MTA's own {@code dsn=} when it is exact; when it is missing (Exim
 * writes none) or generic ({@code X.0.0}), the enhanced code of the remote server's reply (the innermost
 * one when a relay nests it), so that {@code dsn=5.0.0} with {@code 550 5.1.1 User unknown} is 5.1.1;
 * else the {@code dsn=} as it is.
 */
public final class LineClassifier {

  private static final Classifier CLASSIFIER = Classifier.standard();

  /** A classifier of log lines; it holds no state, so one serves any number of lines and threads. */
  public LineClassifier() {}

  /** A reply or a code found in a line that is no log entry: no relay, no recipient. */
  private static Classification classify(StatusCode code, Integer replyCode, String text) {
    int reply = replyCode == null || replyCode < 200 || replyCode > 599 ? 0 : replyCode;
    return CLASSIFIER.classify(code, reply, text, null, null);
  }

  /**
   * Reads one line.
   *
   * @param source the input's name
   * @param line the line
   * @param results gets each result, in order; nothing when the line holds no reply and no code
   */
  public void classify(String source, Chunk.Line line, Consumer<ScanResult> results) {
    String text = line.text();
    if (text.isEmpty()) {
      return;
    }
    Optional<MailLogEntry> entry = MailLogReader.read(text);
    if (entry.isPresent()) {
      // A notification line links a queue id to its bounce; it is no delivery.
      if (entry.get().outcome() != Outcome.NOTIFIED) {
        fromLog(source, line, entry.get(), results);
      }
      return;
    }
    Optional<QuotedReply> reply = SmtpReplies.findFirst(text);
    if (reply.isPresent()) {
      QuotedReply quoted = reply.get().innermost().enhancedCode().isPresent() ? reply.get().innermost() : reply.get();
      StatusCode code = quoted.enhancedCode().orElse(null);
      results.accept(new ScanResult(source, line.number(), "reply", null, null, null, null, null, null, null, null,
          null, quoted.code(), code, code != null ? "reply" : null,
          quoted.command().or(() -> reply.get().command()).map(Enum::name).orElse(null), quoted.reply().text(),
          quoted.findings(), line.cut(), classify(code, quoted.code(), quoted.reply().text())));
      return;
    }
    List<StatusCode> found = StatusCodes.findAll(text);
    if (!found.isEmpty()) {
      results.accept(new ScanResult(source, line.number(), "text", null, null, null, null, null, null, null, null,
          null, null, found.get(0), "text", null, text, List.of(), line.cut(),
          classify(found.get(0), null, text)));
    }
  }

  private static void fromLog(String source, Chunk.Line line, MailLogEntry entry, Consumer<ScanResult> results) {
    QuotedReply outer = entry.reply().orElse(null);
    QuotedReply remote = outer == null ? null
        : outer.innermost().enhancedCode().isPresent() ? outer.innermost() : outer;
    StatusCode dsn = entry.dsn().orElse(null);
    StatusCode replyCode = remote == null ? null : remote.enhancedCode().orElse(null);
    boolean dsnDecides = dsn != null && (replyCode == null || dsn.subject() != 0 || dsn.detail() != 0);
    StatusCode code = dsnDecides ? dsn : replyCode;
    String codeSource = code == null ? null : dsnDecides ? "dsn" : "reply";
    String mta = entry.mta().name().toLowerCase(Locale.ROOT);
    String outcome = entry.outcome().name().toLowerCase(Locale.ROOT);
    Peer relay = entry.relay().orElse(null);
    String relayHost = relay == null ? null : relay.host().orElse(null);
    String relayAddress = relay == null ? null : relay.address().orElse(null);
    String text = remote != null ? remote.reply().text() : entry.text().orElse(null);
    String command = entry.command().map(Enum::name).orElse(null);
    Integer reply = remote == null ? null : remote.code();
    List<String> recipients = entry.recipients().isEmpty() ? java.util.Collections.singletonList(null)
        : entry.recipients();
    // The API's verdict on the line (the code chosen as above, its first recipient's domain), as Spark gives it.
    Classification classification = CLASSIFIER.classify(entry);
    for (String recipient : recipients) {
      results.accept(new ScanResult(source, line.number(), "log", mta, entry.timestamp().orElse(null),
          entry.queueId().orElse(null), recipient, entry.originalRecipient().orElse(null), outcome, dsn, relayHost,
          relayAddress, reply, code, codeSource, command, text, remote == null ? List.of() : remote.findings(),
          line.cut(), classification));
    }
  }
}
