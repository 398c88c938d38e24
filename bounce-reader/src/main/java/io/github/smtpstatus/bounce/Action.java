package io.github.smtpstatus.bounce;

import java.util.Locale;
import java.util.Optional;

/**
 * The {@code Action} field of a per-recipient group (RFC 3464 section 2.3.3): what the reporting MTA did
 * with the message for that recipient.
 */
public enum Action {
  /** The message could not be delivered and will not be retried. */
  FAILED,
  /** Delivery has not succeeded yet; the MTA keeps trying. */
  DELAYED,
  /** Delivered to the recipient's mailbox. */
  DELIVERED,
  /** Relayed to a system that does not issue delivery status notifications. */
  RELAYED,
  /** Delivered to a list or alias and expanded to other recipients. */
  EXPANDED;

  /** The action named by a field value (any case, surrounding spaces and a trailing comment ignored). */
  static Optional<Action> of(String value) {
    String word = value.strip();
    int end = 0;
    while (end < word.length() && Character.isLetter(word.charAt(end))) {
      end++;
    }
    switch (word.substring(0, end).toLowerCase(Locale.ROOT)) {
      case "failed": return Optional.of(FAILED);
      case "delayed": return Optional.of(DELAYED);
      case "delivered": return Optional.of(DELIVERED);
      case "relayed": return Optional.of(RELAYED);
      case "expanded": return Optional.of(EXPANDED);
      default: return Optional.empty();
    }
  }
}
