package io.github.smtpstatus.cli.scan;

import io.github.smtpstatus.ReplyFinding;
import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.classify.Classification;
import io.github.smtpstatus.classify.Classifier;
import io.github.smtpstatus.cli.output.ClassificationFields;
import io.github.smtpstatus.cli.output.Schema;
import java.util.List;
import java.util.Locale;

/**
 * One result of {@code scan}: what one input line says about one delivery (one recipient).
 *
 * @param source the input's name
 * @param line the line number, from 1
 * @param evidence what the result was read from: {@code log} (a delivery line of a mail log),
 *     {@code reply} (an SMTP reply in the line) or {@code text} (codes found in free text)
 * @param mta the MTA that wrote a log line ({@code postfix}, {@code exim}, {@code sendmail}), or null
 * @param timestamp the log line's time stamp as written, or null
 * @param queueId the queue or message id of a log line, or null
 * @param recipient the recipient, or null
 * @param originalRecipient the recipient before aliasing, or null
 * @param outcome what became of the delivery ({@code sent}, {@code deferred}, {@code bounced},
 *     {@code expired}, {@code rejected}, ...), or null outside log lines
 * @param dsn the MTA's own {@code dsn=} code, or null
 * @param relay the host the MTA delivered to or tried, or null
 * @param relayAddress its address, or null
 * @param replyCode the SMTP reply code, or null
 * @param code the enhanced status code the result rests on, or null
 * @param codeSource where {@code code} came from: {@code dsn}, {@code reply} or {@code text}
 * @param command the SMTP command the reply answered, or null
 * @param text the reply's text, the log line's reason, or the line itself for evidence {@code text}
 * @param findings what the lenient reading repaired and what a careful receiver notices about the reply
 * @param cut whether the line was longer than the longest line read and was cut
 * @param classification what the failure means ({@link Classifier}), from the code, the reply code,
 *     the text, the relay and the recipient's domain
 */
public record ScanResult(String source, long line, String evidence, String mta, String timestamp, String queueId,
    String recipient, String originalRecipient, String outcome, StatusCode dsn, String relay, String relayAddress,
    Integer replyCode, StatusCode code, String codeSource, String command, String text, List<ReplyFinding> findings,
    boolean cut, Classification classification) {

  /** The {@code finding} record of docs/CLI.md: one {@link ReplyFinding}. */
  public static final Schema<ReplyFinding> FINDING = Schema.<ReplyFinding>builder("finding")
      .string("kind", "what was noticed or repaired: CLASS_MISMATCH, UNREGISTERED, FLATTENED, ...",
          f -> f.kind().name())
      .string("message", "the same for people", ReplyFinding::message)
      .build();

  /** The {@code scan} record of docs/CLI.md. */
  public static final Schema<ScanResult> SCHEMA = ClassificationFields.add(Schema.<ScanResult>builder("scan")
      .string("source", "the input: the file name as given, or \"<stdin>\"", ScanResult::source)
      .integer("line", "the line number in that input, from 1", ScanResult::line)
      .string("evidence", "what the result was read from: \"log\" (a delivery line of a Postfix, Exim or Sendmail "
          + "log), \"reply\" (an SMTP reply in the line) or \"text\" (codes in free text)", ScanResult::evidence)
      .string("mta", "the MTA that wrote the log line: \"postfix\", \"exim\", \"sendmail\"", ScanResult::mta)
      .string("timestamp", "the log line's time stamp as written", ScanResult::timestamp)
      .string("queue_id", "the queue id (Postfix, Sendmail) or message id (Exim)", ScanResult::queueId)
      .string("recipient", "the recipient, without angle brackets (a line naming several gives one result each)",
          ScanResult::recipient)
      .string("original_recipient", "the recipient before aliasing (Postfix orig_to=)",
          ScanResult::originalRecipient)
      .string("outcome", "what became of the delivery: \"sent\", \"deferred\", \"bounced\", \"expired\", \"rejected\" "
          + "(refused by the logging server), \"suppressed\", \"notified\"", ScanResult::outcome)
      .string("dsn", "the MTA's own dsn= code", r -> text(r.dsn()))
      .string("relay", "the host delivered to or tried (\"none\" when there was none)", ScanResult::relay)
      .string("relay_address", "its IP address", ScanResult::relayAddress)
      .integer("reply_code", "the SMTP reply code: 550", ScanResult::replyCode)
      .string("code", "the enhanced status code the result rests on: \"5.1.1\"", r -> text(r.code()))
      .string("code_source", "where code came from: \"dsn\", \"reply\" (the remote server's reply) or \"text\"",
          ScanResult::codeSource)
      .integer("class", "the code's class: 2 success, 4 transient failure, 5 permanent failure",
          r -> r.code() == null ? null : r.code().statusClass().number())
      .string("meaning", "what the registry says the code means (its sample text, or its subject's for an "
          + "unregistered detail)", r -> r.code() == null ? null : r.code().meaning().sampleText()),
      ScanResult::classification)
      .string("command", "the SMTP command the reply answered: \"RCPT\", \"DATA\", ...", ScanResult::command)
      .string("text", "the reply's text (the remote server's words, without codes); else the log line's reason "
          + "(\"connect to ...: Connection timed out\"); the whole line for evidence \"text\"",
          ScanResult::text)
      .objects("findings", "what the lenient reading repaired and what a careful receiver notices about the reply",
          FINDING, ScanResult::findings, f -> f.kind().name())
      .bool("cut", "whether the line was longer than --max-line-length and only its start was read",
          ScanResult::cut)
      .build();

  private static String text(StatusCode code) {
    return code == null ? null : code.toString();
  }

  /** {@return whether the address should be removed, by the classification} */
  public boolean isAddressDead() {
    return classification != null && classification.addressDead();
  }

  /** {@return whether the result is a permanent failure: its code's class, else its reply code's first digit} */
  public boolean isPermanent() {
    return statusClass() == 5;
  }

  /** {@return whether the result is a failure, permanent or transient} */
  public boolean isFailure() {
    return statusClass() == 4 || statusClass() == 5;
  }

  /** {@return the class of the code, else the first digit of the reply code, else 0} */
  public int statusClass() {
    return code != null ? code.statusClass().number() : replyCode != null ? replyCode / 100 : 0;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s:%d %s %s", source, line, evidence, code);
  }
}
