package io.github.smtpstatus.bounce;

import io.github.smtpstatus.DeliveryStatus;
import io.github.smtpstatus.DeliveryStatusFormatException;
import io.github.smtpstatus.QuotedReply;
import io.github.smtpstatus.SmtpReplies;
import io.github.smtpstatus.SmtpReply;
import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.StatusCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;

/**
 * A delivery status report's groups ({@link DsnFields}) to per-message fields and
 * {@link RecipientResult}s: addresses with their type, the action, the candidates from {@code Status},
 * {@code Diagnostic-Code} and a reply nested in it, and the choice by {@link StatusRule}.
 */
final class ReportReader {

  private ReportReader() {}

  /** The per-message fields and the recipients of one report part. */
  record Report(String reportingMta, String arrivalDate, String envelopeId, List<RecipientResult> recipients) {}

  /**
   * Reads a report. {@code prose} gives, for the recipients' addresses, the evidence the bounce's
   * human-readable part quotes for each; it is used for a recipient whose {@code Diagnostic-Code} holds no
   * reply.
   */
  static Report read(String text, int maxRecipients, List<BounceFinding> findings,
      Function<List<String>, Map<String, List<StatusCandidate>>> prose) {
    DsnFields.Report groups = DsnFields.parse(text, findings);
    DsnFields.Group message = groups.perMessage();
    List<DsnFields.Group> kept = groups.recipients();
    if (kept.size() > maxRecipients) {
      findings.add(BounceFinding.limit(Limit.RECIPIENTS, "the report has more than " + maxRecipients
          + " recipients; the rest were not read"));
      kept = kept.subList(0, maxRecipients);
    }
    List<String> addresses = new ArrayList<>(kept.size());
    for (DsnFields.Group group : kept) {
      addresses.add(recipientAddress(group)[1]);
    }
    // The prose is read only when some recipient's diagnostic holds no reply.
    final class Lazy {
      Map<String, List<StatusCandidate>> map;
    }
    Lazy quoted = new Lazy();
    Function<String, List<StatusCandidate>> lookup = address -> {
      if (quoted.map == null) {
        quoted.map = prose.apply(addresses);
      }
      return quoted.map.getOrDefault(address.toLowerCase(Locale.ROOT), List.of());
    };
    List<RecipientResult> recipients = new ArrayList<>(kept.size());
    for (DsnFields.Group group : kept) {
      recipients.add(recipient(group, lookup));
    }
    return new Report(typed(message.get("reporting-mta")), message.get("arrival-date"),
        message.get("original-envelope-id"), recipients);
  }

  private static String[] recipientAddress(DsnFields.Group group) {
    String finalValue = group.get("final-recipient");
    return address(finalValue != null ? finalValue : group.get("original-recipient"));
  }

  private static RecipientResult recipient(DsnFields.Group group, Function<String, List<StatusCandidate>> quoted) {
    List<BounceFinding> findings = new ArrayList<>(2);
    String originalValue = group.get("original-recipient");
    String[] address = recipientAddress(group);
    String original = originalValue == null ? null : address(originalValue)[1];
    Action action = null;
    String actionValue = group.get("action");
    if (actionValue != null) {
      action = Action.of(actionValue).orElse(null);
      if (action == null) {
        findings.add(new BounceFinding(BounceFinding.Kind.MALFORMED_FIELD, "the Action field \"" + actionValue
            + "\" is none of failed, delayed, delivered, relayed, expanded"));
      }
    }
    StatusCandidate status = status(group.get("status"), findings);
    Diagnostic diagnostic = null;
    StatusCandidate fromDiagnostic = null;
    StatusCandidate nested = null;
    String diagnosticValue = group.get("diagnostic-code");
    if (diagnosticValue != null) {
      diagnostic = diagnostic(diagnosticValue, findings);
      QuotedReply read = diagnostic.quoted();
      if (read != null) {
        SmtpReply reply = read.reply();
        StatusCode code = ProseReplies.code(reply);
        fromDiagnostic = new StatusCandidate(Evidence.DIAGNOSTIC_REPLY,
            code != null ? code : leadingCode(diagnostic.text()).orElse(null), reply, diagnostic.text());
        SmtpReply inner = ProseReplies.nested(read);
        if (inner != null) {
          nested = new StatusCandidate(Evidence.NESTED_REPLY, ProseReplies.code(inner), inner,
              inner.toString());
        }
      } else {
        Optional<StatusCode> leading = leadingCode(diagnostic.text());
        if (leading.isPresent()) {
          fromDiagnostic = new StatusCandidate(Evidence.DIAGNOSTIC_REPLY, leading.get(), null, diagnostic.text());
        }
      }
    }
    List<StatusCandidate> prose = fromDiagnostic != null && fromDiagnostic.reply().isPresent() ? List.of()
        : quoted.apply(address[1]);
    StatusRule.Choice choice = StatusRule.forReport(status, fromDiagnostic, nested, prose);
    findings.addAll(choice.findings());
    List<StatusCandidate> candidates = new ArrayList<>(3 + prose.size());
    for (StatusCandidate candidate : new StatusCandidate[] {status, fromDiagnostic, nested}) {
      if (candidate != null) {
        candidates.add(candidate);
      }
    }
    candidates.addAll(prose);
    return new RecipientResult(address[1], address[0], original, action, choice.chosen(), choice.reply(),
        typed(group.get("remote-mta")), diagnostic, group.get("last-attempt-date"), candidates, findings);
  }

  private static StatusCandidate status(String value, List<BounceFinding> findings) {
    if (value == null) {
      return null;
    }
    try {
      return new StatusCandidate(Evidence.STATUS_FIELD, DeliveryStatus.parseStatus(value).code(), null, value);
    } catch (DeliveryStatusFormatException e) {
      Optional<StatusCode> found = StatusCodes.findFirst(value);
      findings.add(new BounceFinding(BounceFinding.Kind.MALFORMED_FIELD, e.getMessage()
          + found.map(code -> "; read as " + code).orElse("; no code read")));
      return new StatusCandidate(Evidence.STATUS_FIELD, found.orElse(null), null, value);
    }
  }

  /**
   * The field's type and text; the reply is read leniently from the text for type {@code smtp} (or no
   * type), else the first reply the text quotes.
   */
  private static Diagnostic diagnostic(String value, List<BounceFinding> findings) {
    String type;
    String text;
    try {
      DeliveryStatus.DiagnosticCode parsed = DeliveryStatus.parseDiagnosticCode(value);
      type = parsed.type();
      text = parsed.text();
    } catch (DeliveryStatusFormatException e) {
      findings.add(new BounceFinding(BounceFinding.Kind.MALFORMED_FIELD, e.getMessage() + "; read as text"));
      type = "";
      text = value.strip();
    }
    QuotedReply reply = type.isEmpty() || type.equalsIgnoreCase("smtp")
        ? QuotedReply.tryParse(text).orElse(null) : null;
    if (reply == null) {
      reply = SmtpReplies.findFirst(text).orElse(null);
    }
    return new Diagnostic(type, text, reply);
  }

  /** A code standing at the start of a diagnostic that is not a reply ({@code 5.1.0 - Unknown address}). */
  private static Optional<StatusCode> leadingCode(String text) {
    int end = 0;
    while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != ';') {
      end++;
    }
    return StatusCode.tryParse(text.substring(0, end));
  }

  /** {@code rfc822; user@example.com} to its type and address (angle brackets removed, RFC 6533 escapes decoded). */
  static String[] address(String value) {
    int semicolon = value.indexOf(';');
    String type = semicolon < 0 ? "" : value.substring(0, semicolon).strip();
    String address = (semicolon < 0 ? value : value.substring(semicolon + 1)).strip();
    if (address.length() >= 2 && address.charAt(0) == '<' && address.charAt(address.length() - 1) == '>') {
      address = address.substring(1, address.length() - 1).strip();
    }
    if (type.equalsIgnoreCase("utf-8")) {
      address = Utf8Address.decode(address);
    }
    return new String[] {type, address};
  }

  /** {@code dns; mx.example.com} to {@code mx.example.com}; null stays null. */
  static String typed(String value) {
    if (value == null) {
      return null;
    }
    int semicolon = value.indexOf(';');
    String name = (semicolon < 0 ? value : value.substring(semicolon + 1)).strip();
    return name.isEmpty() ? null : name;
  }
}
