package io.github.smtpstatus.bounce;

import io.github.smtpstatus.SmtpReply;
import io.github.smtpstatus.StatusCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The one rule that picks a recipient's status code from its evidence.
 *
 * <p>Grounds: RFC 3464 section 2.3.4 makes {@code Status} the reporting MTA's summary, and section 2.3.6
 * makes {@code Diagnostic-Code} the code "actually issued" by the remote system; RFC 3463 section 2
 * gives {@code X.0.0} as the code to use when nothing more specific is known. What MTAs write follows:
 * Postfix and Sendmail copy the remote reply's enhanced code into {@code Status} when it has one and
 * write {@code 5.0.0} or {@code 4.0.0} when it has none; a relay that quotes the remote's reply inside
 * its own ({@code 554 4.4.7 expired <421 4.4.2 timed out>}) has the remote's answer inside.
 *
 * <ol>
 *   <li>The <b>remote code</b> is the enhanced code of the innermost reply that has one: a reply nested
 *       in the diagnostic's reply, else the diagnostic's reply itself. (In a prose bounce: the first
 *       exact code among the replies and codes quoted for the recipient, else the first code.)
 *   <li>Without a remote code the {@code Status} field decides; without a {@code Status} field, the
 *       remote code.
 *   <li>When both exist and disagree in <b>class</b>, the {@code Status} field decides: it is the
 *       reporting MTA's final verdict (a server that answered {@code 421} for days has become a
 *       failure), and the disagreement is reported ({@link BounceFinding.Kind#STATUS_CONTRADICTS_REPLY}).
 *   <li>Same class, the more specific code decides ({@code 5.0.0} says less than any other code,
 *       {@code 5.1.0} less than {@code 5.1.1}): a generic {@code Status} yields to the exact reply
 *       ({@link BounceFinding.Kind#STATUS_LESS_SPECIFIC_THAN_REPLY}), and a generic reply ({@code 550 5.0.0})
 *       to an exact {@code Status}. Two different exact codes: the remote code decides, as the remote
 *       server's own word ({@link BounceFinding.Kind#STATUS_DIFFERS_FROM_REPLY}). When they are equal,
 *       the {@code Status} field is named as the evidence.
 * </ol>
 *
 * <p>The recipient's {@linkplain RecipientResult#reply() reply} is the innermost reply: the nested one,
 * else the diagnostic's, else the one quoted in prose for the recipient (the chosen code's reply when
 * that code is exact, else the first reply quoted).
 */
final class StatusRule {

  private StatusRule() {}

  /** The chosen candidate (null when none has a code), the recipient's reply, and the findings. */
  record Choice(StatusCandidate chosen, SmtpReply reply, List<BounceFinding> findings) {}

  /**
   * A report's recipient. {@code prose} is what the bounce's human-readable part quotes for the
   * recipient, given only when its {@code Diagnostic-Code} holds no reply: it then stands where the
   * diagnostic's reply would.
   */
  static Choice forReport(StatusCandidate status, StatusCandidate diagnostic, StatusCandidate nested,
      List<StatusCandidate> prose) {
    List<BounceFinding> findings = new ArrayList<>(1);
    Choice fromProse = prose.isEmpty() ? null : forProse(prose);
    SmtpReply reply = nested != null ? nested.reply().orElse(null)
        : diagnostic != null && diagnostic.reply().isPresent() ? diagnostic.reply().get()
        : fromProse != null ? fromProse.reply() : null;
    StatusCandidate remote = nested != null && nested.code().isPresent() ? nested
        : diagnostic != null && diagnostic.code().isPresent() ? diagnostic
        : fromProse != null ? fromProse.chosen() : null;
    StatusCandidate field = status != null && status.code().isPresent() ? status : null;
    if (remote == null || field == null) {
      StatusCandidate chosen = remote != null ? remote : field;
      noteNested(chosen, findings);
      return new Choice(chosen, reply, findings);
    }
    StatusCode s = field.code().orElseThrow();
    StatusCode r = remote.code().orElseThrow();
    if (s.equals(r)) {
      return new Choice(field, reply, findings);
    }
    String source = remote.evidence() == Evidence.NESTED_REPLY ? "the remote reply nested in the diagnostic"
        : remote.evidence() == Evidence.PROSE ? "the reply quoted in the bounce's text" : "the diagnostic's reply";
    if (s.statusClass() != r.statusClass()) {
      findings.add(new BounceFinding(BounceFinding.Kind.STATUS_CONTRADICTS_REPLY, "the Status field " + s
          + " is class " + s.statusClass().number() + " but " + source + " gives " + r + "; the Status field, the"
          + " reporting MTA's final verdict, is used"));
      return new Choice(field, reply, findings);
    }
    if (lessSpecific(r, s)) {
      return new Choice(field, reply, findings); // the reply only says less: 550 5.0.0 against Status 5.1.1
    }
    if (lessSpecific(s, r)) {
      findings.add(new BounceFinding(BounceFinding.Kind.STATUS_LESS_SPECIFIC_THAN_REPLY, "the Status field " + s
          + " is less specific than " + r + " in " + source + "; " + r + " is used"));
    } else {
      findings.add(new BounceFinding(BounceFinding.Kind.STATUS_DIFFERS_FROM_REPLY, "the Status field " + s
          + " differs from " + r + " in " + source + "; the remote server's " + r + " is used"));
    }
    noteNested(remote, findings);
    return new Choice(remote, reply, findings);
  }

  /** Prose: the first exact code among the candidates, else the first code; the first reply. */
  static Choice forProse(List<StatusCandidate> candidates) {
    StatusCandidate chosen = null;
    SmtpReply reply = null;
    for (StatusCandidate candidate : candidates) {
      if (reply == null && candidate.reply().isPresent()) {
        reply = candidate.reply().get();
      }
      if (candidate.code().isPresent()) {
        if (chosen == null || (isGeneric(chosen.code().get()) && !isGeneric(candidate.code().get()))) {
          chosen = candidate;
        }
      }
    }
    if (chosen != null && chosen.reply().isPresent() && !isGeneric(chosen.code().get())) {
      reply = chosen.reply().get();
    }
    return new Choice(chosen, reply, List.of());
  }

  private static void noteNested(StatusCandidate chosen, List<BounceFinding> findings) {
    if (chosen != null && chosen.evidence() == Evidence.NESTED_REPLY) {
      findings.add(new BounceFinding(BounceFinding.Kind.NESTED_REPLY_USED, "the diagnostic's reply quotes the"
          + " remote server's reply " + chosen.reply().map(SmtpReply::code).map(String::valueOf).orElse("")
          + " " + chosen.code().map(StatusCode::toString).orElse("") + ", which was used"));
    }
  }

  /** {@code X.0.0} against any other code, or {@code X.s.0} against {@code X.s.d}. */
  static boolean lessSpecific(StatusCode code, StatusCode other) {
    if (code.subject() == 0 && code.detail() == 0) {
      return other.subject() != 0 || other.detail() != 0;
    }
    return code.subject() == other.subject() && code.detail() == 0 && other.detail() != 0;
  }

  static boolean isGeneric(StatusCode code) {
    return code.subject() == 0 && code.detail() == 0;
  }
}
