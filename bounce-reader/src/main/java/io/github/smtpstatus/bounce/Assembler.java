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

  private static final String[] FAILURE_PHRASES = {"could not be delivered", "couldn't be delivered",
      "was not delivered", "wasn't delivered", "unable to deliver", "could not deliver", "delivery failed",
      "delivery has failed", "failed permanently", "permanent error", "undeliverable", "following address(es) failed",
      "following addresses had permanent", "did not reach the following recipient", "delivery to the following"};

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
                return ProseReader.evidence(prose[0].text(), addresses, settings, content.findings);
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
      ProseReader.Text text = ProseReader.text(content, settings);
      ProseReader.Prose prose = ProseReader.read(content, text, settings, content.findings);
      original = original != null ? original : prose.inlined();
      List<RecipientResult> inline = inlineReport(text.text(), settings, content.findings);
      if (!inline.isEmpty()) {
        kind = BounceKind.PROSE_BOUNCE;
        recipients.addAll(inline);
      } else if (prose.failureQuoted() || readsAsBounce(content) || saysDeliveryFailed(text.text())) {
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
    if (recipients.isEmpty() && (kind == BounceKind.PROSE_BOUNCE || kind == BounceKind.DELIVERY_STATUS_NOTIFICATION
        || kind == BounceKind.GLOBAL_DELIVERY_STATUS_NOTIFICATION)) {
      returnedTo(original, ProseReader.text(content, settings).text(), settings, recipients, content.findings);
    }
    String kindText = kind == BounceKind.FEEDBACK_REPORT ? part(content, "message/feedback-report").text()
        : kind == BounceKind.AUTO_REPLY ? autoReplyHeaders(content) : "";
    ProseReader.Text[] proseText = new ProseReader.Text[1];
    recipients = ResultClassifier.classify(settings.classifier(), kind, recipients, kindText, () -> {
      if (proseText[0] == null) {
        proseText[0] = ProseReader.text(content, settings);
      }
      return proseText[0].text();
    });
    findings.addAll(content.findings);
    if (findings.size() > MAX_FINDINGS) {
      int dropped = findings.size() - MAX_FINDINGS + 1;
      findings.subList(MAX_FINDINGS - 1, findings.size()).clear();
      findings.add(new BounceFinding(BounceFinding.Kind.UNREADABLE_STRUCTURE, dropped
          + " more findings were made and are not listed"));
    }
    return new Bounce(kind, reportingMta, arrivalDate, envelopeId, original, recipients, findings);
  }

  /**
   * The one use of the returned message: a bounce that names no recipient at all (Sendmail's
   * {@code Deferred: Connection timed out with example.com}) failed for the returned message's {@code To}
   * addresses, and a finding says where they came from. Codes still come from the bounce's own text
   * only: the replies it quotes when it was sent to one address, none otherwise.
   */
  private static void returnedTo(OriginalMessage original, String text, BounceReader.Settings settings,
      List<RecipientResult> recipients, List<BounceFinding> findings) {
    if (original == null || original.to().isEmpty()) {
      return;
    }
    String to = original.to().get();
    List<Addresses.Found> addresses = Addresses.find(to, 0, to.length());
    for (Addresses.Found found : addresses) {
      if (recipients.size() == settings.maxRecipients()) {
        break;
      }
      List<StatusCandidate> candidates = addresses.size() > 1 ? List.of()
          : ProseReader.evidence(text, List.of(found.address()), settings, findings).get(found.key());
      StatusRule.Choice choice = StatusRule.forProse(candidates);
      recipients.add(new RecipientResult(found.address(), "", null, null, choice.chosen(), choice.reply(), null, null,
          null, candidates, List.of(new BounceFinding(BounceFinding.Kind.RECIPIENT_INFERRED, "the bounce names no"
              + " recipient; this is the returned message's To address"))));
    }
  }

  /**
   * Delivery status fields written into a prose bounce's text ({@code Reporting-MTA:} or
   * {@code Final-Recipient:} starting a line), read as a report, with the text before them as its prose.
   */
  private static List<RecipientResult> inlineReport(String text, BounceReader.Settings settings,
      List<BounceFinding> findings) {
    int start = InlineReport.start(text);
    if (start < 0) {
      return List.of();
    }
    List<BounceFinding> reportFindings = new ArrayList<>();
    String before = text.substring(0, start);
    ReportReader.Report report = ReportReader.read(text.substring(start), settings.maxRecipients(), reportFindings,
        addresses -> ProseReader.evidence(before, addresses, settings, reportFindings));
    if (!report.recipients().isEmpty()) {
      findings.add(new BounceFinding(BounceFinding.Kind.INLINE_REPORT, "delivery status fields are written in the"
          + " text at line " + InlineReport.lineOf(text, start) + "; read as the report"));
      findings.addAll(reportFindings);
    }
    return report.recipients();
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

  /** Whether the bounce's text says, in the words MTAs use, that a message was not delivered. */
  private static boolean saysDeliveryFailed(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String words : FAILURE_PHRASES) {
      if (lower.contains(words)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The headers that can make a message an automatic reply, as {@code name: value} lines: RFC 3834
   * section 5 ({@code Auto-Submitted: auto-replied}) and the headers common responders add.
   */
  private static String autoReplyHeaders(MimeContent content) {
    StringBuilder text = new StringBuilder();
    for (String name : new String[] {"auto-submitted", "x-autoreply", "x-autorespond", "precedence", "subject"}) {
      String value = content.header(name);
      if (value != null) {
        text.append(name).append(": ").append(value).append('\n');
      }
    }
    return text.toString();
  }

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
