package io.github.smtpstatus.spark;

import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.classify.Classification;
import io.github.smtpstatus.classify.Classifier;
import io.github.smtpstatus.log.MailLogEntry;
import java.util.Locale;

/**
 * The one classifier of a JVM and how rows call it. {@link Classifier#standard()} is built once per JVM
 * (its rules compiled when the library was built, decoded on first use) and is immutable and thread-safe,
 * so every task of an executor shares it; nothing here holds mutable state.
 */
final class Classifications {

  private static final Classifier CLASSIFIER = Classifier.standard();

  private Classifications() {}

  /** The domain of an address, lower-cased; null without one. */
  static String domain(String address) {
    if (address == null) {
      return null;
    }
    int at = address.lastIndexOf('@');
    return at < 0 || at == address.length() - 1 ? null : address.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * Classifies what a log line says ({@link Classifier#classify(MailLogEntry)}).
   *
   * @param entry the line as the log reader read it
   * @return what the failure means
   */
  static Classification classify(MailLogEntry entry) {
    return CLASSIFIER.classify(entry);
  }

  /**
   * Classifies a failure; a reply code outside 200 to 599 (a damaged line's) counts as none.
   *
   * @param code the enhanced code, or null
   * @param replyCode the reply code, or null
   * @param text the reply's or the line's text, or null
   * @param remoteHost the host that answered, or null
   * @param recipientDomain the recipient's domain, or null
   * @return what the failure means
   */
  static Classification classify(StatusCode code, Integer replyCode, String text, String remoteHost,
      String recipientDomain) {
    int reply = replyCode == null || replyCode < 200 || replyCode > 599 ? 0 : replyCode;
    return CLASSIFIER.classify(code, reply, text, remoteHost, recipientDomain);
  }

  /**
   * Writes a classification's columns into a row: reason, sender action and permanence in lower case, whether
   * the address is dead, the provider or null.
   *
   * @param row the row
   * @param c the classification
   */
  static void fill(VerdictColumns row, Classification c) {
    row.setReason(LogLines.lower(c.reason()));
    row.setSenderAction(LogLines.lower(c.action()));
    row.setPermanence(LogLines.lower(c.permanence()));
    row.setAddressDead(c.addressDead());
    row.setProvider(c.provider().orElse(null));
  }
}
