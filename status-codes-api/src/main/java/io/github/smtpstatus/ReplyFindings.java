package io.github.smtpstatus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The findings of a parsed {@link SmtpReply}, from what its parse noticed line by line. A finding that
 * names lines or codes names at most {@value #MAX_LISTED} and counts the rest, so that no reply, however
 * long, makes one grow without limit; and each kind is found at most once.
 */
final class ReplyFindings {

  /** A finding names at most this many lines, then counts the rest. */
  static final int MAX_LISTED = 10;

  private ReplyFindings() {}

  /**
   * The findings of a reply of {@code count} lines, {@code with} of which carry an enhanced code, the
   * last line's being {@code chosen} (or null): {@code missing} holds the first lines without a code
   * (null when none or all lack one), {@code coded} the first lines with one as
   * {@code line << 32 | numbers} (null unless two lines differ); {@code tooLong} lines are over 512
   * octets, the first {@value #MAX_LISTED} of them given in {@code longLines} as pairs of line number and
   * octets. Most replies are clean: the list is made only for a first finding.
   */
  static List<ReplyFinding> of(int code, int count, StatusCode chosen, int with, int[] missing, long[] coded,
      int tooLong, int[] longLines) {
    List<ReplyFinding> findings = null;
    if (missing != null) {
      findings = add(findings, new ReplyFinding(ReplyFinding.Kind.MISSING_ON_SOME_LINES, with + " of " + count
          + " lines carry an enhanced status code (missing on " + linesWithout(missing, count - with) + "); RFC 2034"
          + " wants it on every line" + (chosen != null ? ", so the last line's " + chosen + " is used"
              : ", and the last line has none")));
    }
    if (coded != null) {
      findings = add(findings, new ReplyFinding(ReplyFinding.Kind.INCONSISTENT_LINES, "the lines carry different"
          + " enhanced status codes (" + codesOf(coded, with) + "); RFC 2034 wants the same on every line"
          + (chosen != null ? ", so the last line's " + chosen + " is used" : "")));
    }
    if (code / 100 == 3 && with > 0) {
      findings = add(findings, new ReplyFinding(ReplyFinding.Kind.CODE_ON_INTERMEDIATE_REPLY, "the intermediate reply "
          + code + " carries an enhanced status code; RFC 2034 gives 3yz replies none"));
    }
    if (chosen != null) {
      findings = addCodeFindings(code, chosen, findings);
    }
    if (tooLong > 0) {
      findings = add(findings, new ReplyFinding(ReplyFinding.Kind.LINE_TOO_LONG, linesTooLong(tooLong, longLines)));
    }
    return findings == null ? List.of() : Collections.unmodifiableList(findings);
  }

  private static List<ReplyFinding> add(List<ReplyFinding> findings, ReplyFinding finding) {
    List<ReplyFinding> list = findings == null ? new ArrayList<>(2) : findings;
    list.add(finding);
    return list;
  }

  private static List<ReplyFinding> addCodeFindings(int code, StatusCode chosen, List<ReplyFinding> findings) {
    int replyClass = code / 100;
    if (replyClass != 3 && chosen.statusClass().number() != replyClass) {
      findings = add(findings, new ReplyFinding(ReplyFinding.Kind.CLASS_MISMATCH, "the enhanced status code " + chosen
          + " is class " + chosen.statusClass().number() + " but the reply code " + code + " is " + replyClass
          + "yz; RFC 2034 requires them to agree"));
    }
    Optional<EnhancedStatusCode> registered = chosen.registered();
    if (registered.isEmpty()) {
      return add(findings, new ReplyFinding(ReplyFinding.Kind.UNREGISTERED, chosen + " is not in the IANA registry;"
          + " a receiver falls back to " + chosen.meaning()));
    }
    EnhancedStatusCode entry = registered.get();
    if (entry.isDeprecated()) {
      findings = add(findings, new ReplyFinding(ReplyFinding.Kind.DEPRECATED, chosen + " is deprecated in the IANA"
          + " registry" + entry.replacement().map(replacement -> "; use " + replacement.code(chosen.statusClass())
              + " instead").orElse("")));
    }
    AssociatedReplyCodes associated = entry.associatedReplyCodes();
    if (associated.kind() == AssociatedReplyCodes.Kind.LISTED && !associated.permits(code)) {
      findings = add(findings, new ReplyFinding(ReplyFinding.Kind.REPLY_CODE_NOT_ASSOCIATED, "the IANA registry"
          + " associates " + entry.code() + " with reply codes " + associated.text() + ", not " + code));
    }
    return findings;
  }

  /** {@code line 3} or {@code lines 2, 3}: the first lines without a code, then a count of the rest. */
  private static String linesWithout(int[] missing, int total) {
    StringBuilder lines = new StringBuilder(total > 1 ? "lines" : "line");
    for (int k = 0; k < missing.length; k++) {
      lines.append(k == 0 ? " " : ", ").append(missing[k]);
    }
    return total > missing.length ? lines.append(" and ").append(total - missing.length).append(" more").toString()
        : lines.toString();
  }

  /** {@code 5.1.1 on line 1, 5.1.2 on line 2}: the first codes, then a count of the lines with the rest. */
  private static String codesOf(long[] coded, int with) {
    StringBuilder codes = new StringBuilder();
    for (int k = 0; k < coded.length; k++) {
      codes.append(k == 0 ? "" : ", ").append(CodeScanner.text(coded[k])).append(" on line ").append(coded[k] >>> 32);
    }
    return with > coded.length ? codes.append(" and codes on ").append(with - coded.length).append(" more lines")
        .toString() : codes.toString();
  }

  /** The lines over 512 octets: the first {@value #MAX_LISTED} with their lengths, then a count. */
  private static String linesTooLong(int tooLong, int[] longLines) {
    if (tooLong == 1) {
      return "line " + longLines[0] + " is " + longLines[1] + " octets with its CRLF; RFC 5321 allows "
          + SmtpReply.MAX_LINE_OCTETS;
    }
    StringBuilder lines = new StringBuilder();
    int listed = Math.min(tooLong, MAX_LISTED);
    for (int k = 0; k < listed; k++) {
      lines.append(k == 0 ? "" : ", ").append(longLines[2 * k]).append(" (").append(longLines[2 * k + 1])
          .append(" octets)");
    }
    return tooLong + " lines are longer than the " + SmtpReply.MAX_LINE_OCTETS + " octets RFC 5321 allows with the"
        + " CRLF: " + lines + (tooLong > listed ? " and " + (tooLong - listed) + " more" : "");
  }
}
