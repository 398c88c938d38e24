package io.github.smtpstatus.bounce;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The body of a {@code message/delivery-status} or {@code message/global-delivery-status} part as
 * groups of fields (RFC 3464 section 2.1): one per-message group, then one group per recipient,
 * separated by blank lines, each field {@code Name: value} with folded continuation lines.
 *
 * <p>Repairs, each a finding: a {@code Final-Recipient} (or {@code Original-Recipient}) that arrives in
 * a group that already has one starts a new group (the blank line was missing); a group without a
 * recipient field after a recipient's group is joined to it (a stray blank line); a line that is not
 * indented and does not start a field continues the field before it (an unindented continuation, as
 * some MTAs write long {@code Diagnostic-Code} values). A line starts a field when it begins with one of
 * RFC 3464's field names, an {@code X-} name or another hyphenated name, then a colon.
 */
final class DsnFields {

  private static final Set<String> KNOWN = Set.of("original-envelope-id", "reporting-mta", "dsn-gateway",
      "received-from-mta", "arrival-date", "original-recipient", "final-recipient", "action", "status",
      "remote-mta", "diagnostic-code", "last-attempt-date", "final-log-id", "will-retry-until",
      // RFC 5965 (ARF): the fields of a message/feedback-report part, read with the same grammar.
      "version", "incidents");

  private DsnFields() {}

  /** One field: its name in lower case and its value, unfolded and trimmed. */
  record Field(String name, String value) {}

  /** The fields of one group, in order. */
  static final class Group {
    final List<Field> fields = new ArrayList<>();

    /** The first value of that field (lower-case name), or null. */
    String get(String name) {
      for (Field field : fields) {
        if (field.name().equals(name)) {
          return field.value();
        }
      }
      return null;
    }

    boolean has(String name) {
      return get(name) != null;
    }

    boolean isRecipient() {
      return has("final-recipient") || has("original-recipient");
    }
  }

  /** The per-message group (empty when the report has none) and the recipients' groups. */
  record Report(Group perMessage, List<Group> recipients) {}

  static Report parse(String text, List<BounceFinding> findings) {
    List<Group> groups = new ArrayList<>();
    Group group = null;
    String name = null;
    StringBuilder value = null;
    int n = text.length();
    int line = 0;
    int lineNumber = 0;
    boolean continuationReported = false;
    while (line < n) {
      lineNumber++;
      int end = text.indexOf('\n', line);
      if (end < 0) {
        end = n;
      }
      int contentEnd = end > line && text.charAt(end - 1) == '\r' ? end - 1 : end;
      boolean blank = isBlank(text, line, contentEnd);
      boolean folded = !blank && isSpace(text.charAt(line));
      String fieldName = blank || folded ? null : fieldName(text, line, contentEnd);
      if (blank) {
        group = close(group, name, value, groups);
        name = null;
      } else if (folded && name != null) {
        value.append(text, line, contentEnd);
      } else if (fieldName != null) {
        if (name != null) {
          group.fields.add(new Field(name, value.toString().strip()));
        }
        if (group == null) {
          group = new Group();
        } else if (startsAnotherRecipient(group, fieldName, groups.isEmpty())) {
          findings.add(new BounceFinding(BounceFinding.Kind.MISSING_GROUP_SEPARATOR, "no blank line before the "
              + display(fieldName) + " field at line " + lineNumber + " of the delivery status;"
              + " read as the start of another group"));
          groups.add(group);
          group = new Group();
        }
        name = fieldName;
        continuationReported = false;
        int colon = text.indexOf(':', line);
        value = new StringBuilder(contentEnd - colon).append(text, colon + 1, contentEnd);
      } else if (name != null) {
        if (!continuationReported) {
          continuationReported = true;
          findings.add(new BounceFinding(BounceFinding.Kind.UNINDENTED_CONTINUATION, "line "
            + lineNumber + " of the delivery status neither starts a field nor is indented; read as"
            + " a continuation of the " + display(name) + " field"));
        }
        value.append(' ').append(text, line, contentEnd);
      }
      line = end + 1;
    }
    close(group, name, value, groups);
    return assemble(groups, findings);
  }

  private static Group close(Group group, String name, StringBuilder value, List<Group> groups) {
    if (group != null) {
      if (name != null) {
        group.fields.add(new Field(name, value.toString().strip()));
      }
      groups.add(group);
    }
    return null;
  }

  /**
   * A recipient field that cannot belong to the group it arrives in: a second {@code Final-Recipient}, a
   * second {@code Original-Recipient} or one after a complete recipient (with {@code Final-Recipient} and
   * {@code Status}), or either after the per-message fields of the first group. {@code Original-Recipient}
   * may follow {@code Final-Recipient} (Postfix writes them so) and {@code Action} may precede both.
   */
  private static boolean startsAnotherRecipient(Group group, String fieldName, boolean first) {
    boolean afterPerMessage = first && !group.isRecipient() && hasPerMessageField(group);
    if (fieldName.equals("final-recipient")) {
      return group.has("final-recipient") || afterPerMessage;
    }
    if (fieldName.equals("original-recipient")) {
      return group.has("original-recipient") || (group.has("final-recipient") && group.has("status"))
          || afterPerMessage;
    }
    return false;
  }

  private static boolean hasPerMessageField(Group group) {
    return group.has("reporting-mta") || group.has("arrival-date") || group.has("original-envelope-id")
        || group.has("received-from-mta") || group.has("dsn-gateway");
  }

  private static Report assemble(List<Group> groups, List<BounceFinding> findings) {
    Group perMessage = new Group();
    List<Group> recipients = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      Group group = groups.get(i);
      if (group.isRecipient()) {
        recipients.add(group);
      } else if (recipients.isEmpty()) {
        perMessage.fields.addAll(group.fields);
      } else {
        findings.add(new BounceFinding(BounceFinding.Kind.STRAY_GROUP_SEPARATOR, "a group of the delivery status"
            + " without a recipient field (" + display(group.fields.get(0).name()) + " ...) follows a recipient's"
            + " group; read as part of it"));
        recipients.get(recipients.size() - 1).fields.addAll(group.fields);
      }
    }
    return new Report(perMessage, recipients);
  }

  /** The field name in lower case when the line starts a field, else null. */
  private static String fieldName(String text, int from, int to) {
    int i = from;
    boolean hyphen = false;
    while (i < to) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        i++;
      } else if (c == '-' && i > from) {
        hyphen = true;
        i++;
      } else {
        break;
      }
    }
    int nameEnd = i;
    while (i < to && isSpace(text.charAt(i))) {
      i++;
    }
    if (nameEnd == from || i >= to || text.charAt(i) != ':') {
      return null;
    }
    String name = text.substring(from, nameEnd).toLowerCase(Locale.ROOT);
    return KNOWN.contains(name) || hyphen ? name : null;
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  /** {@code final-recipient} as RFC 3464 writes it: {@code Final-Recipient}. */
  static String display(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean upper = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      out.append(upper ? Character.toUpperCase(c) : c);
      upper = c == '-';
    }
    String shown = out.toString();
    return shown.equals("Remote-Mta") || shown.equals("Reporting-Mta") || shown.equals("Received-From-Mta")
        ? shown.substring(0, shown.length() - 3) + "MTA" : shown.equals("Dsn-Gateway") ? "DSN-Gateway"
        : shown.equals("Final-Log-Id") ? "Final-Log-ID" : shown;
  }
}
