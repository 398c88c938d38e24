package io.github.smtpstatus.bounce;

import io.github.smtpstatus.classify.Classification;
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
 * text, else the reply's text, else the code's line of prose; when none of these says anything but a
 * code, what the bounce's prose says about the recipient (its part of the text, {@link ProseReader#parts}),
 * which is where {@code Envelope expired} or {@code Domain does not exist} stand in bounces without a
 * reply. A feedback report is judged by its report fields ({@code Feedback-Type: abuse}), an automatic
 * reply by the headers that make it one ({@code Auto-Submitted: auto-replied}).
 */
final class ResultClassifier {

  private ResultClassifier() {}

  static List<RecipientResult> classify(Classifier classifier, BounceKind kind, List<RecipientResult> recipients,
      String kindText, Supplier<String> prose) {
    List<RecipientResult> classified = new ArrayList<>(recipients.size());
    Map<String, String> parts = null;
    for (RecipientResult recipient : recipients) {
      String text = kind == BounceKind.FEEDBACK_REPORT || kind == BounceKind.AUTO_REPLY ? kindText
          : recipient.diagnosticText();
      if (text.isBlank() && kind != BounceKind.FEEDBACK_REPORT && kind != BounceKind.AUTO_REPLY) {
        if (parts == null) {
          List<String> addresses = new ArrayList<>(recipients.size());
          recipients.forEach(each -> addresses.add(each.recipient()));
          parts = ProseReader.parts(prose.get(), addresses);
        }
        text = parts.getOrDefault(recipient.recipient().toLowerCase(Locale.ROOT), "");
      }
      int reply = recipient.replyCode().orElse(0);
      Classification classification = classifier.classify(recipient.status().orElse(null),
          reply >= 200 && reply <= 599 ? reply : 0, text, recipient.remoteMta().orElse(null),
          domain(recipient.recipient()));
      classified.add(recipient.classified(classification));
    }
    return classified;
  }

  private static String domain(String address) {
    int at = address.lastIndexOf('@');
    return at < 0 || at == address.length() - 1 ? null : address.substring(at + 1).toLowerCase(Locale.ROOT);
  }
}
