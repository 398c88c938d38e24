package io.github.smtpstatus.cli;

import io.github.smtpstatus.AssociatedReplyCodes;
import io.github.smtpstatus.EnhancedStatusCode;
import io.github.smtpstatus.StatusClass;
import io.github.smtpstatus.StatusCodeRegistry;
import io.github.smtpstatus.StatusSubject;
import java.io.PrintStream;

/** Prints the generated registry as a table a person can read, each line through {@link HumanOutput}. */
final class RegistryTable {

  private RegistryTable() {}

  static void print(PrintStream out) {
    StatusCodeRegistry.Table table = StatusCodeRegistry.ENUMERATED_TABLE;
    HumanOutput.println(out, String.format("IANA SMTP Enhanced Status Codes (RFC 3463, RFC 5248): %d classes, %d"
        + " subjects, %d codes", StatusCodeRegistry.CLASS_COUNT, StatusCodeRegistry.SUBJECT_COUNT,
        StatusCodeRegistry.CODE_COUNT));
    for (StatusCodeRegistry.Table each : StatusCodeRegistry.tables()) {
      HumanOutput.println(out, String.format("  %s", each));
    }
    out.println();
    HumanOutput.println(out, "Classes");
    for (StatusClass statusClass : StatusClass.values()) {
      HumanOutput.println(out, String.format("  %-9s  %-46s  %s", statusClass.code(), statusClass.name(),
          statusClass.sampleText()));
    }
    out.println();
    HumanOutput.println(out, "Subjects");
    for (StatusSubject subject : StatusSubject.values()) {
      HumanOutput.println(out, String.format("  %-9s  %-46s  %s", subject.code(), subject.name(),
          subject.sampleText()));
    }
    out.println();
    HumanOutput.println(out, String.format("Codes (%s)", table.title()));
    HumanOutput.println(out, String.format("  %-7s  %-48s  %-22s  %s", "code", "constant", "reply codes", "sample text"));
    for (EnhancedStatusCode code : EnhancedStatusCode.values()) {
      String text = code.isDeprecated()
          ? "(deprecated" + code.replacement().map(replacement -> ": use " + replacement.code()).orElse("") + ")"
          : code.sampleText();
      HumanOutput.println(out, String.format("  %-7s  %-48s  %-22s  %s", code.code(), code.name(),
          replyCodes(code.associatedReplyCodes()), text));
    }
  }

  private static String replyCodes(AssociatedReplyCodes codes) {
    String text = switch (codes.kind()) {
      case ANY -> "any";
      case NOT_GIVEN -> "not given";
      case LISTED -> codes.text();
    };
    return text.length() <= 22 ? text : text.substring(0, 19) + "...";
  }
}
