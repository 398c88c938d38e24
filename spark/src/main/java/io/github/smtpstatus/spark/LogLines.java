package io.github.smtpstatus.spark;

import io.github.smtpstatus.QuotedReply;
import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.classify.Classification;
import io.github.smtpstatus.classify.Classifier;
import io.github.smtpstatus.log.MailLogEntry;
import io.github.smtpstatus.log.MailLogReader;
import io.github.smtpstatus.log.Outcome;
import io.github.smtpstatus.log.Peer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One mail log line to its {@link DeliveryResult} rows, with the single-machine reader
 * ({@link MailLogReader}) and the shipped {@link Classifier}'s {@link Classifier#classify(MailLogEntry)
 * classification of a log entry}. Stateless: the reader is static and the classifier one immutable instance
 * per JVM, so a Spark task calls this for every row without creating anything but the rows.
 *
 * <p>The code of a row: the MTA's own {@code dsn=} when it is exact; when it is missing (Exim writes
 * none) or generic ({@code X.0.0}), the enhanced code of the remote server's reply (the innermost one when
 * a relay nests it); else the {@code dsn=} as it is.
 */
final class LogLines {

  /** A malformed row keeps this many characters of its line, enough to find it again. */
  static final int MALFORMED_TEXT_CHARS = 200;

  private LogLines() {}

  /**
   * The rows of one line: one per recipient of a delivery line (one without a recipient when the line
   * names none), else one marked row.
   *
   * @param line the line, without or with its line end; null reads as a blank line
   * @return the rows, at least one
   */
  static List<DeliveryResult> read(String line) {
    if (line == null || line.isBlank() || line.length() > MailLogReader.MAX_LINE_LENGTH) {
      return List.of(marked("malformed", line));
    }
    MailLogEntry entry = MailLogReader.read(line).orElse(null);
    if (entry == null) {
      return List.of(marked(undecodable(line) ? "malformed" : "other", line));
    }
    return fromEntry(entry);
  }

  /** The row of a line that records no delivery; a malformed one keeps the start of its line. */
  private static DeliveryResult marked(String kind, String line) {
    DeliveryResult row = new DeliveryResult();
    row.setKind(kind);
    if (kind.equals("malformed") && line != null) {
      row.setText(line.length() <= MALFORMED_TEXT_CHARS ? line : line.substring(0, MALFORMED_TEXT_CHARS));
    }
    return row;
  }

  /**
   * Whether a line the log reader did not read is not text at all: it holds U+FFFD (bytes that were no
   * UTF-8, as Spark's text source decodes them), NUL or another control character but tab.
   */
  private static boolean undecodable(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\uFFFD' || (c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7F) {
        return true;
      }
    }
    return false;
  }

  private static List<DeliveryResult> fromEntry(MailLogEntry entry) {
    QuotedReply outer = entry.reply().orElse(null);
    QuotedReply remote = outer == null ? null
        : outer.innermost().enhancedCode().isPresent() ? outer.innermost() : outer;
    StatusCode dsn = entry.dsn().orElse(null);
    StatusCode replyEnhanced = remote == null ? null : remote.enhancedCode().orElse(null);
    boolean dsnDecides = dsn != null && (replyEnhanced == null || dsn.subject() != 0 || dsn.detail() != 0);
    StatusCode code = dsnDecides ? dsn : replyEnhanced;
    Peer relay = entry.relay().orElse(null);
    String relayHost = relay == null ? null : relay.host().orElse(relay.address().orElse(null));
    String text = remote != null ? remote.reply().text() : entry.text().orElse(null);
    Integer replyCode = remote == null ? null : remote.code();
    List<String> recipients = entry.recipients().isEmpty() ? Collections.singletonList(null)
        : entry.recipients();
    boolean notification = entry.outcome() == Outcome.NOTIFIED;
    // The API's classification of the line (its first recipient's domain): the same for every row of it.
    Classification c = notification ? null : Classifications.classify(entry);
    List<DeliveryResult> rows = new ArrayList<>(recipients.size());
    for (String recipient : recipients) {
      DeliveryResult row = new DeliveryResult();
      row.setKind(notification ? "notification" : "delivery");
      row.setMta(lower(entry.mta()));
      row.setTimestamp(entry.timestamp().orElse(null));
      row.setQueueId(entry.queueId().orElse(null));
      row.setRecipient(recipient);
      String domain = Classifications.domain(recipient);
      row.setRecipientDomain(domain);
      row.setOutcome(lower(entry.outcome()));
      row.setDsn(dsn == null ? null : dsn.toString());
      row.setRelay(relayHost);
      row.setReplyCode(replyCode);
      row.setEnhancedCode(code == null ? null : code.toString());
      row.setText(text);
      if (!notification) {
        Classifications.fill(row, c);
      }
      rows.add(row);
    }
    return rows;
  }

  static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
