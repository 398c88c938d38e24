package io.github.smtpstatus.cli.bounces;

import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.bounce.Bounce;
import io.github.smtpstatus.bounce.BounceFinding;
import io.github.smtpstatus.bounce.OriginalMessage;
import io.github.smtpstatus.bounce.RecipientResult;
import io.github.smtpstatus.classify.Classification;
import io.github.smtpstatus.cli.output.ClassificationFields;
import io.github.smtpstatus.cli.output.EnumNames;
import io.github.smtpstatus.cli.output.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * One result of {@code bounces}: one recipient of one bounce message.
 *
 * @param source the input's name: the file, or {@code <stdin>}
 * @param message the message's number in the input, from 1 (an mbox or a folder holds several)
 * @param file the message's own file in a folder, else null
 * @param bounce the message as read
 * @param recipient the recipient's result, with its classification
 */
public record BounceResult(String source, long message, String file, Bounce bounce, RecipientResult recipient) {

  /** The {@code bounce finding} record of docs/CLI.md. */
  public static final Schema<BounceFinding> FINDING = Schema.<BounceFinding>builder("bounce finding")
      .string("kind", "what was noticed or repaired: STATUS_CONTRADICTS_REPLY, BOUNDARY_MISMATCH, LIMIT_REACHED, ...",
          f -> f.kind().name())
      .string("message", "the same for people", BounceFinding::message)
      .build();

  /** The {@code bounces} record of docs/CLI.md. */
  public static final Schema<BounceResult> SCHEMA = ClassificationFields.add(Schema.<BounceResult>builder("bounces")
      .string("source", "the input: the path as given, or \"<stdin>\"", BounceResult::source)
      .integer("message", "the message's number in that input, from 1 (an mbox or a folder holds several)",
          BounceResult::message)
      .string("file", "the message's own file, for a folder", BounceResult::file)
      .string("kind", "what the message is: \"delivery_status_notification\", \"global_delivery_status_notification\", "
          + "\"prose_bounce\", \"feedback_report\", \"auto_reply\"", r -> EnumNames.lower(r.bounce().kind()))
      .string("reporting_mta", "the Reporting-MTA field", r -> r.bounce().reportingMta().orElse(null))
      .string("recipient", "the final recipient", r -> r.recipient().recipient())
      .string("original_recipient", "the Original-Recipient field", r -> r.recipient().originalRecipient().orElse(null))
      .string("action", "the Action field: \"failed\", \"delayed\", \"delivered\", \"relayed\", \"expanded\"",
          r -> r.recipient().action().map(EnumNames::lower).orElse(null))
      .string("code", "the enhanced status code chosen for the recipient: \"5.1.1\"", r -> text(r.code()))
      .string("evidence", "where that code was read: \"status_field\", \"diagnostic_reply\", \"nested_reply\" "
          + "(the remote server's reply relayed inside the diagnostic), \"prose\"",
          r -> r.recipient().statusEvidence().map(EnumNames::lower).orElse(null))
      .integer("class", "the code's class: 2, 4 or 5", r -> r.code() == null ? null : r.code().statusClass().number())
      .string("meaning", "what the registry says the code means", r -> r.code() == null ? null
          : r.code().meaning().sampleText()), BounceResult::classification)
      .integer("reply_code", "the SMTP reply code: 550", r -> r.recipient().replyCode().isPresent()
          ? r.recipient().replyCode().getAsInt() : null)
      .string("remote_mta", "the Remote-MTA field (the server that answered)", r -> r.recipient().remoteMta()
          .orElse(null))
      .string("diagnostic", "the text to judge the failure by: the diagnostic, else the reply's text",
          r -> r.recipient().diagnosticText().isEmpty() ? null : r.recipient().diagnosticText())
      .string("last_attempt", "the Last-Attempt-Date field as written", r -> r.recipient().lastAttemptDate()
          .orElse(null))
      .string("original_message_id", "the Message-ID of the returned message",
          r -> r.bounce().original().flatMap(OriginalMessage::messageId).orElse(null))
      .string("original_subject", "the Subject of the returned message",
          r -> r.bounce().original().flatMap(OriginalMessage::subject).orElse(null))
      .objects("findings", "what the reader noticed or repaired, for the message and for the recipient", FINDING,
          BounceResult::findings, f -> f.kind().name())
      .build();

  /**
   * {@return what the failure means: the bounce reader's own verdict for the recipient
   * ({@link RecipientResult#classification()}), the one the Spark module gives too}
   */
  public Classification classification() {
    return recipient.classification();
  }

  /** {@return whether the address should be removed, by the classification} */
  public boolean isAddressDead() {
    return classification() != null && classification().addressDead();
  }

  /** {@return the recipient's status code, or null} */
  public StatusCode code() {
    return recipient.status().orElse(null);
  }

  /** {@return the class of the code, else the first digit of the reply code, else 0} */
  public int statusClass() {
    if (code() != null) {
      return code().statusClass().number();
    }
    return recipient.replyCode().isPresent() ? recipient.replyCode().getAsInt() / 100 : 0;
  }

  /** {@return the message's findings, then the recipient's} */
  public List<BounceFinding> findings() {
    List<BounceFinding> all = new ArrayList<>(bounce.findings());
    all.addAll(recipient.findings());
    return all;
  }

  private static String text(StatusCode code) {
    return code == null ? null : code.toString();
  }
}
