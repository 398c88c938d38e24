package io.github.smtpstatus.bounce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Puts a {@link Bounce} together: the kind of message, then its recipients from the parts that kind reads. */
final class Assembler {

  /** Findings kept per message; hostile input could otherwise make one per line. */
  private static final int MAX_FINDINGS = 64;

  private static final String[] BOUNCE_SUBJECTS = {"undeliver", "delivery fail", "failure notice", "returned mail",
      "delivery status notification", "mail delivery failed", "could not be delivered", "delivery has failed",
      "not delivered", "delivery problem", "mail system error", "non remis", "unzustellbar", "rejected"};

  private Assembler() {}

  static Bounce assemble(byte[] message, int length, boolean truncated, BounceReader.Settings settings) {
    MimeContent content = MimeWalker.read(message, length, settings);
    List<BounceFinding> findings = new ArrayList<>();
    if (truncated) {
      findings.add(BounceFinding.limit(Limit.MESSAGE_BYTES, "the message is longer than " + settings.maxMessageBytes()
          + " octets; only those were read"));
    }
    findings.addAll(content.findings);
    content.findings.clear();
    String reportingMta = null;
    String arrivalDate = null;
    String envelopeId = null;
    OriginalMessage original = content.original;
    List<RecipientResult> recipients = new ArrayList<>();
    BounceKind kind;
    if (content.hasPart("message/feedback-report")) {
      kind = BounceKind.FEEDBACK_REPORT;
      MimeContent.Part report = part(content, "message/feedback-report");
      DsnFields.Group fields = DsnFields.parse(report.text(), content.findings).perMessage();
      reportingMta = ReportReader.typed(fields.get("reporting-mta"));
      arrivalDate = fields.get("arrival-date");
      feedbackRecipients(fields, original, settings.maxRecipients(), recipients, findings);
    } else if (content.hasPart("message/global-delivery-status") || content.hasPart("message/delivery-status")) {
      kind = content.hasPart("message/global-delivery-status") ? BounceKind.GLOBAL_DELIVERY_STATUS_NOTIFICATION
          : BounceKind.DELIVERY_STATUS_NOTIFICATION;
      ProseReader.Text[] prose = new ProseReader.Text[1];
      for (MimeContent.Part part : content.parts) {
        if (part.is("message/global-delivery-status") || part.is("message/delivery-status")) {
          ReportReader.Report report = ReportReader.read(part.text(), settings.maxRecipients() - recipients.size(),
              content.findings, addresses -> {
                if (prose[0] == null) {
                  prose[0] = ProseReader.text(content, settings);
                }
                return ProseReader.evidence(prose[0].text(), addresses);
              });
          reportingMta = reportingMta != null ? reportingMta : report.reportingMta();
          arrivalDate = arrivalDate != null ? arrivalDate : report.arrivalDate();
          envelopeId = envelopeId != null ? envelopeId : report.envelopeId();
          recipients.addAll(report.recipients());
        }
      }
      if (recipients.isEmpty()) {
        ProseReader.Prose fallback = ProseReader.read(content, settings, content.findings);
        recipients.addAll(fallback.recipients());
        original = original != null ? original : fallback.inlined();
      }
    } else {
      ProseReader.Prose prose = ProseReader.read(content, settings, content.findings);
      original = original != null ? original : prose.inlined();
      if (prose.failureQuoted() || readsAsBounce(content)) {
        kind = BounceKind.PROSE_BOUNCE;
        recipients.addAll(prose.recipients());
      } else if (isAutoReply(content)) {
        kind = BounceKind.AUTO_REPLY;
        String responder = Addresses.first(content.lower("from"));
        if (responder != null) {
          recipients.add(new RecipientResult(responder, "", null, null, null, null, null, null, null, List.of(),
              List.of(new BounceFinding(BounceFinding.Kind.RECIPIENT_INFERRED, "the recipient of an automatic reply"
                  + " is the address that sent it (its From header)"))));
        }
      } else {
        kind = BounceKind.NOT_A_BOUNCE;
      }
    }
    findings.addAll(content.findings);
    if (findings.size() > MAX_FINDINGS) {
      int dropped = findings.size() - MAX_FINDINGS + 1;
      findings.subList(MAX_FINDINGS - 1, findings.size()).clear();
      findings.add(new BounceFinding(BounceFinding.Kind.UNREADABLE_STRUCTURE, dropped
          + " more findings were made and are not listed"));
    }
    return new Bounce(kind, reportingMta, arrivalDate, envelopeId, original, recipients, findings);
  }

  private static MimeContent.Part part(MimeContent content, String type) {
    for (MimeContent.Part part : content.parts) {
      if (part.is(type)) {
        return part;
      }
    }
    throw new IllegalStateException("no " + type + " part");
  }

  /**
   * RFC 5965: {@code Original-Rcpt-To} names the recipients (and {@code Removal-Recipient} those of an
   * opt-out report); without either, the reported message's {@code To} header, with a finding.
   */
  private static void feedbackRecipients(DsnFields.Group fields, OriginalMessage original, int max,
      List<RecipientResult> recipients, List<BounceFinding> findings) {
    Map<String, String> addresses = new LinkedHashMap<>();
    for (DsnFields.Field field : fields.fields) {
      if (field.name().equals("original-rcpt-to") || field.name().equals("removal-recipient")) {
        for (Addresses.Found found : Addresses.find(field.value(), 0, field.value().length())) {
          addresses.putIfAbsent(found.key(), found.address());
        }
      }
    }
    List<BounceFinding> inferred = List.of();
    if (addresses.isEmpty() && original != null && original.to().isPresent()) {
      String to = original.to().get();
      for (Addresses.Found found : Addresses.find(to, 0, to.length())) {
        addresses.putIfAbsent(found.key(), found.address());
      }
      inferred = List.of(new BounceFinding(BounceFinding.Kind.RECIPIENT_INFERRED, "the report names no"
          + " Original-Rcpt-To; the recipient is the reported message's To header"));
    }
    for (String address : addresses.values()) {
      if (recipients.size() == max) {
        findings.add(BounceFinding.limit(Limit.RECIPIENTS, "the report names more than " + max
            + " recipients; the rest were not read"));
        break;
      }
      recipients.add(new RecipientResult(address, "rfc822", null, null, null, null, null, null, null, List.of(),
          inferred));
    }
  }

  /** From a mailer daemon or postmaster, naming failed recipients, or with a subject that says delivery failed. */
  private static boolean readsAsBounce(MimeContent content) {
    if (!content.headers("x-failed-recipients").isEmpty()) {
      return true;
    }
    String from = content.lower("from");
    if (from.contains("mailer-daemon") || from.contains("postmaster") || from.contains("mail delivery")
        || from.contains("maildaemon") || from.contains("mail-daemon")) {
      return true;
    }
    String subject = content.lower("subject");
    for (String words : BOUNCE_SUBJECTS) {
      if (subject.contains(words)) {
        return true;
      }
    }
    return false;
  }

  /** RFC 3834 section 5 ({@code Auto-Submitted: auto-replied}) and the headers common responders add. */
  private static boolean isAutoReply(MimeContent content) {
    String submitted = content.lower("auto-submitted");
    String precedence = content.lower("precedence");
    String subject = content.lower("subject");
    return submitted.startsWith("auto-replied") || content.header("x-autoreply") != null
        || content.header("x-autorespond") != null || precedence.startsWith("auto_reply")
        || subject.startsWith("auto:") || subject.startsWith("automatic reply") || subject.startsWith("auto-reply")
        || subject.startsWith("autoreply") || subject.startsWith("out of office") || subject.contains("vacation");
  }

  static String lower(String value) {
    return value == null ? "" : value.toLowerCase(Locale.ROOT);
  }
}
