package io.github.smtpstatus.spark;

import io.github.smtpstatus.QuotedReply;
import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.bounce.Bounce;
import io.github.smtpstatus.bounce.BounceKind;
import io.github.smtpstatus.bounce.RecipientResult;
import io.github.smtpstatus.classify.Classification;
import io.github.smtpstatus.classify.Classifier;
import io.github.smtpstatus.log.MailLogEntry;
import io.github.smtpstatus.log.MailLogReader;
import io.github.smtpstatus.log.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the single-machine readers say about the same input, one line or message at a time on the
 * calling thread: {@link MailLogReader}, {@link io.github.smtpstatus.bounce.BounceReader} and
 * {@link Classifier#standard()} called directly, by their documented contracts, as a user without Spark
 * would. The Spark tests compare their rows with these, field by field.
 */
final class SingleMachine {

  private static final Classifier CLASSIFIER = Classifier.standard();

  private SingleMachine() {}

  /** A compact view of a delivery row: the fields that matter, in order. */
  static List<Object> delivery(DeliveryResult r) {
    return java.util.Arrays.asList(r.getKind(), r.getMta(), r.getTimestamp(), r.getQueueId(), r.getRecipient(),
        r.getRecipientDomain(), r.getOutcome(), r.getDsn(), r.getRelay(), r.getReplyCode(), r.getEnhancedCode(),
        r.getText(), r.getReason(), r.getSenderAction(), r.getPermanence(), r.getAddressDead(), r.getProvider());
  }

  /** The rows of one line, as the log reader and the classifier give them. */
  static List<List<Object>> deliveries(String line) {
    Optional<MailLogEntry> read = MailLogReader.read(line);
    if (read.isEmpty()) {
      boolean malformed = line.isBlank() || line.length() > MailLogReader.MAX_LINE_LENGTH
          || line.chars().anyMatch(c -> c == 0xFFFD || c == 0x7F || (c < 0x20 && c != '\t'));
      String text = malformed ? line.substring(0, Math.min(line.length(), 200)) : null;
      return List.of(java.util.Arrays.asList(malformed ? "malformed" : "other", null, null, null, null, null,
          null, null, null, null, null, text, null, null, null, null, null));
    }
    MailLogEntry e = read.get();
    QuotedReply remote = e.reply().map(r -> r.innermost().enhancedCode().isPresent() ? r.innermost() : r)
        .orElse(null);
    StatusCode dsn = e.dsn().orElse(null);
    StatusCode fromReply = remote == null ? null : remote.enhancedCode().orElse(null);
    StatusCode code = dsn != null && (fromReply == null || dsn.subject() != 0 || dsn.detail() != 0) ? dsn : fromReply;
    String relay = e.relay().flatMap(p -> p.host().or(p::address)).orElse(null);
    Integer replyCode = remote == null ? null : remote.code();
    String text = remote != null ? remote.reply().text() : e.text().orElse(null);
    boolean notified = e.outcome() == Outcome.NOTIFIED;
    List<List<Object>> rows = new ArrayList<>();
    List<String> recipients = e.recipients().isEmpty() ? java.util.Collections.singletonList(null) : e.recipients();
    for (String recipient : recipients) {
      String domain = recipient == null || recipient.indexOf('@') < 0 || recipient.endsWith("@") ? null
          : recipient.substring(recipient.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
      Classification c = notified ? null : CLASSIFIER.classify(e);
      rows.add(java.util.Arrays.asList(notified ? "notification" : "delivery", lower(e.mta()),
          e.timestamp().orElse(null), e.queueId().orElse(null), recipient, domain, lower(e.outcome()),
          dsn == null ? null : dsn.toString(), relay, replyCode, code == null ? null : code.toString(), text,
          c == null ? null : lower(c.reason()), c == null ? null : lower(c.action()),
          c == null ? null : lower(c.permanence()), c == null ? null : c.addressDead(),
          c == null ? null : c.provider().orElse(null)));
    }
    return rows;
  }

  /** A compact view of a bounce row, without its source: message number onwards. */
  static List<Object> bounce(BounceResult r) {
    return java.util.Arrays.asList(r.getMessage(), r.getKind(), r.getProblem(), r.getReportingMta(),
        r.getRecipient(), r.getRecipientDomain(), r.getAction(), r.getStatus(), r.getReplyCode(), r.getRemoteMta(),
        r.getDiagnostic(), r.getReason(), r.getSenderAction(), r.getPermanence(), r.getAddressDead(),
        r.getProvider());
  }

  /** The rows of one message, numbered {@code number} in its file, as the bounce reader gives them. */
  static List<List<Object>> bounces(long number, Bounce bounce) {
    String problem = bounce.findings().stream().filter(f -> f.kind().name().equals("UNREADABLE_STRUCTURE")
        || f.kind().name().equals("LIMIT_REACHED")).findFirst().map(f -> f.kind() + ": " + f.message()).orElse(null);
    String kind = lower(bounce.kind());
    String mta = bounce.reportingMta().orElse(null);
    if (bounce.recipients().isEmpty()) {
      return List.of(java.util.Arrays.asList(number, kind, problem, mta, null, null, null, null, null, null, null,
          null, null, null, null, null));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (RecipientResult r : bounce.recipients()) {
      String address = r.recipient();
      String domain = address.indexOf('@') < 0 || address.endsWith("@") ? null
          : address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
      Integer reply = r.replyCode().isPresent() ? r.replyCode().getAsInt() : null;
      Classification c = bounce.kind() == BounceKind.NOT_A_BOUNCE ? null : r.classification();
      rows.add(java.util.Arrays.asList(number, kind, problem, mta, address, domain,
          r.action().map(SingleMachine::lower).orElse(null), r.status().map(Object::toString).orElse(null), reply,
          r.remoteMta().orElse(null), r.diagnosticText(), c == null ? null : lower(c.reason()),
          c == null ? null : lower(c.action()), c == null ? null : lower(c.permanence()),
          c == null ? null : c.addressDead(), c == null ? null : c.provider().orElse(null)));
    }
    return rows;
  }

  static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
