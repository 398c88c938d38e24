package io.github.smtpstatus.bounce;

import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.classify.BounceReason;
import io.github.smtpstatus.classify.Classification;
import io.github.smtpstatus.classify.ClassificationRule;
import io.github.smtpstatus.classify.Classifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Gives each recipient its {@link Classification}: the reader's classifier applied to the chosen status,
 * the reply code, the text that says why, the {@code Remote-MTA} and the recipient's domain.
 *
 * <p>The text is the most specific one the bounce has for the recipient: the {@code Diagnostic-Code}'s
 * text, else the reply's text, else the code's line of prose ({@link RecipientResult#diagnosticText()}).
 * When that text has no letter ({@code 5.0.0}, {@code 71}) or leaves the reason undetermined
 * ({@code 550 #5.1.0 Address rejected}), the recipient is classified again with what the bounce's prose
 * says about it added (its part of the text, {@link ProseReader#parts}): where {@code Envelope expired},
 * {@code Domain does not exist} or {@code the address couldn't be found} stand. The second verdict is
 * kept when it is not undetermined and either the first was, or the status says little (none, or a detail
 * of 0) and a phrase took part in the second: an exact {@code 4.4.7} with no text stays delivery time
 * expired whatever the prose adds. A feedback report is judged by its report fields ({@code Feedback-Type: abuse}), an automatic
 * reply by the headers that make it one ({@code Auto-Submitted: auto-replied}). A final failure with
 * status {@code 4.4.1} is judged as {@code 4.4.7} (see {@link #gaveUpWithoutAnswer}).
 */
final class ResultClassifier {

  private static final StatusCode NO_ANSWER = StatusCode.parse("4.4.1");
  private static final StatusCode EXPIRED = StatusCode.parse("4.4.7");
  /** The label of the shipped rules that judge a DNS lookup failure. */
  static final String DNS_FAILURE = "dns-failure";

  private ResultClassifier() {}

  static List<RecipientResult> classify(Classifier classifier, BounceKind kind, List<RecipientResult> recipients,
      String kindText, Supplier<String> prose) {
    List<RecipientResult> classified = new ArrayList<>(recipients.size());
    Map<String, String> parts = null;
    boolean byKind = kind == BounceKind.FEEDBACK_REPORT || kind == BounceKind.AUTO_REPLY;
    for (RecipientResult recipient : recipients) {
      String text = byKind ? kindText : text(recipient);
      Classification classification = classify(classifier, recipient, text);
      if (!byKind && (!hasLetter(text) || classification.reason() == BounceReason.UNDETERMINED)) {
        if (parts == null) {
          List<String> addresses = new ArrayList<>(recipients.size());
          recipients.forEach(each -> addresses.add(each.recipient()));
          parts = ProseReader.parts(prose.get(), addresses);
        }
        String part = parts.getOrDefault(recipient.recipient().toLowerCase(Locale.ROOT), "");
        if (!part.isBlank()) {
          Classification withProse = classify(classifier, recipient, text.isBlank() ? part : text + "\n" + part);
          if (withProse.reason() != BounceReason.UNDETERMINED
              && (classification.reason() == BounceReason.UNDETERMINED
                  || (decidedByText(withProse) && saysLittle(recipient)))) {
            classification = withProse;
          }
        }
      }
      if (!byKind && (gaveUpWithoutAnswer(kind, recipient) || retriedConnectionFailure(kind, recipient, classification))) {
        classification = classifier.classify(EXPIRED, 0, null, recipient.remoteMta().orElse(null),
            domain(recipient.recipient()));
      }
      classified.add(recipient.classified(classification));
    }
    return classified;
  }

  /**
   * The diagnostic's text; without a diagnostic, the recipient's reply as the prose quotes it (with Postfix's
   * {@code (in reply to end of DATA command)}, which tells a filter from a dead address); else
   * {@link RecipientResult#diagnosticText()}.
   */
  private static String text(RecipientResult recipient) {
    if (recipient.diagnostic().isEmpty() && recipient.reply().isPresent()) {
      for (StatusCandidate candidate : recipient.candidates()) {
        if (candidate.evidence() == Evidence.PROSE && candidate.reply().equals(recipient.reply())) {
          return candidate.text();
        }
      }
    }
    return recipient.diagnosticText();
  }

  /**
   * Whether the bounce is final for the recipient ({@code Action: failed}, or a prose bounce) while its
   * status is {@code 4.4.1}: RFC 3463 section 3.5 calls "no answer from host" useful only as a persistent
   * transient error, and a final report of one means the sending MTA tried until its queue lifetime ran
   * out, which is {@code X.4.7}, delivery time expired.
   */
  private static boolean gaveUpWithoutAnswer(BounceKind kind, RecipientResult recipient) {
    return isFinal(kind, recipient) && recipient.status().map(code -> code.equals(NO_ANSWER)).orElse(false);
  }

  /**
   * Whether the report is final ({@code Action: failed}, or a prose bounce) for a connection failure that
   * the sending MTA kept retrying: the verdict is {@link BounceReason#NETWORK_ERROR}, nothing permanent
   * was said (no status or a {@code 4.X.X} one, no reply or a {@code 4XX} one), and the failure is not a
   * DNS lookup (the rules labelled {@value #DNS_FAILURE}), which MTAs report at once rather than retry.
   * A connection failure is transient (RFC 5321 section 4.5.4.1: the client retries until it gives up), so
   * a final report of one means the queue lifetime ran out: RFC 3463's {@code X.4.7}, delivery time
   * expired. A delay notice keeps its network verdict.
   */
  private static boolean retriedConnectionFailure(BounceKind kind, RecipientResult recipient,
      Classification classification) {
    if (classification.reason() != BounceReason.NETWORK_ERROR
        || classification.rule().flatMap(ClassificationRule::label).filter(DNS_FAILURE::equals).isPresent()) {
      return false;
    }
    boolean transientStatus = recipient.status().map(StatusCode::isTransient).orElse(true);
    int reply = recipient.replyCode().orElse(0);
    return isFinal(kind, recipient) && transientStatus && (reply < 500 || reply > 599);
  }

  /** Whether the report is final for the recipient: {@code Action: failed}, or a prose bounce without one. */
  private static boolean isFinal(BounceKind kind, RecipientResult recipient) {
    return recipient.action().map(action -> action == Action.FAILED).orElse(kind == BounceKind.PROSE_BOUNCE);
  }

  private static Classification classify(Classifier classifier, RecipientResult recipient, String text) {
    int reply = recipient.replyCode().orElse(0);
    return classifier.classify(recipient.status().orElse(null), reply >= 200 && reply <= 599 ? reply : 0, text,
        recipient.remoteMta().orElse(null), domain(recipient.recipient()));
  }

  /** Whether a phrase of the text took part in the decision (not the code or the reply code alone). */
  private static boolean decidedByText(Classification classification) {
    return classification.rule().map(rule -> !rule.phrases().isEmpty()).orElse(false);
  }

  /** Whether the status says little: none, or a detail of 0 ({@code 5.0.0}, {@code 4.5.0}: RFC 3463's "other"). */
  private static boolean saysLittle(RecipientResult recipient) {
    return recipient.status().map(code -> code.detail() == 0).orElse(true);
  }

  /** Whether the text has a letter: a diagnostic of codes alone ({@code 5.0.0}, {@code 71}) says nothing why. */
  private static boolean hasLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        return true;
      }
    }
    return false;
  }

  private static String domain(String address) {
    int at = address.lastIndexOf('@');
    return at < 0 || at == address.length() - 1 ? null : address.substring(at + 1).toLowerCase(Locale.ROOT);
  }
}
