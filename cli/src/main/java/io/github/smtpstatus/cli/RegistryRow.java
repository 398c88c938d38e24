package io.github.smtpstatus.cli;

import io.github.smtpstatus.AssociatedReplyCodes;
import io.github.smtpstatus.EnhancedStatusCode;
import io.github.smtpstatus.RegistryReference;
import io.github.smtpstatus.StatusClass;
import io.github.smtpstatus.StatusSubject;
import io.github.smtpstatus.cli.output.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of one of the registry's three tables, as {@code registry} writes it.
 *
 * @param table {@code class}, {@code subject} or {@code code}
 * @param code as IANA writes it: {@code 5.XXX.XXX}, {@code X.1.XXX}, {@code X.1.1}
 * @param constant the Java constant
 * @param sampleText the registry's sample text (empty for a deprecated code without one)
 * @param description the registry's description
 * @param replyCodes the associated basic status codes as the registry writes them (codes only)
 * @param references the cited documents
 * @param submitter who submitted the row
 * @param changeController who controls it
 * @param deprecated whether the registry deprecates it (codes only)
 * @param replacement the code that replaces a deprecated one
 */
record RegistryRow(String table, String code, String constant, String sampleText, String description,
    String replyCodes, List<RegistryReference> references, String submitter, String changeController,
    Boolean deprecated, String replacement) {

  static final Schema<RegistryReference> REFERENCE = Schema.<RegistryReference>builder("registry reference")
      .string("text", "the reference as the registry writes it: \"[RFC3463] (Standards Track)\"", RegistryReference::text)
      .string("document", "the document: \"RFC3463\", \"draft-levine-mailbomb-header\"", RegistryReference::document)
      .integer("rfc", "the RFC number, or null", r -> r.rfcNumber().isPresent() ? r.rfcNumber().getAsInt() : null)
      .string("section", "the cited section, or null", r -> r.section().orElse(null))
      .string("url", "where to read it (rfc-editor.org, datatracker), or null", r -> r.url().orElse(null))
      .build();

  static final Schema<RegistryRow> SCHEMA = Schema.<RegistryRow>builder("registry")
      .string("table", "\"class\", \"subject\" or \"code\"", RegistryRow::table)
      .string("code", "as IANA writes it: \"5.XXX.XXX\", \"X.1.XXX\", \"X.1.1\"", RegistryRow::code)
      .string("constant", "the Java constant: PERMANENT_FAILURE, ADDRESSING_STATUS, BAD_DESTINATION_MAILBOX_ADDRESS",
          RegistryRow::constant)
      .string("sample_text", "the registry's sample text", RegistryRow::sampleText)
      .string("description", "the registry's description", RegistryRow::description)
      .string("reply_codes", "codes only: the associated basic status codes as written (\"451, 550\", \"Any\")",
          RegistryRow::replyCodes)
      .objects("references", "the cited documents", REFERENCE, RegistryRow::references, RegistryReference::text)
      .string("submitter", "who submitted the row", RegistryRow::submitter)
      .string("change_controller", "who controls the row", RegistryRow::changeController)
      .bool("deprecated", "codes only: whether the registry deprecates the code", RegistryRow::deprecated)
      .string("replacement", "codes only: the code that replaces a deprecated one, or null", RegistryRow::replacement)
      .build();

  static RegistryRow of(StatusClass statusClass) {
    return new RegistryRow("class", statusClass.code(), statusClass.name(), statusClass.sampleText(),
        statusClass.description(), null, statusClass.references(), statusClass.submitter(),
        statusClass.changeController(), null, null);
  }

  static RegistryRow of(StatusSubject subject) {
    return new RegistryRow("subject", subject.code(), subject.name(), subject.sampleText(), subject.description(),
        null, subject.references(), subject.submitter(), subject.changeController(), null, null);
  }

  static RegistryRow of(EnhancedStatusCode code) {
    return new RegistryRow("code", code.code(), code.name(), code.sampleText(), code.description(),
        code.associatedReplyCodes().text(), code.references(), code.submitter(), code.changeController(),
        code.isDeprecated(), code.replacement().map(EnhancedStatusCode::code).orElse(null));
  }

  /** The rows of the tables named, in registry order: classes, then subjects, then codes. */
  static List<RegistryRow> rows(boolean classes, boolean subjects, boolean codes) {
    List<RegistryRow> rows = new ArrayList<>();
    if (classes) {
      for (StatusClass each : StatusClass.values()) {
        rows.add(of(each));
      }
    }
    if (subjects) {
      for (StatusSubject each : StatusSubject.values()) {
        rows.add(of(each));
      }
    }
    if (codes) {
      for (EnhancedStatusCode each : EnhancedStatusCode.values()) {
        rows.add(of(each));
      }
    }
    return rows;
  }

  /** The reply codes column of the human table: "any", "not given" or the registry's list. */
  static String replyCodesColumn(AssociatedReplyCodes codes) {
    return switch (codes.kind()) {
      case ANY -> "any";
      case NOT_GIVEN -> "not given";
      case LISTED -> codes.text();
    };
  }
}
