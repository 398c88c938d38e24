package io.github.smtpstatus.log;

import io.github.smtpstatus.QuotedReply;
import io.github.smtpstatus.SmtpReplies;
import io.github.smtpstatus.StatusCode;
import java.util.Optional;

/** Reading {@code key=value} fields and the reply in a line's text, shared by the three readers. */
final class Fields {

  private Fields() {}

  /**
   * Reads {@code key=value, key=value, ...} from {@code i} (Postfix and Sendmail), noting each field in
   * {@code entry}, until the key {@code last}, whose raw value runs to the end of the line. A value ends
   * at the next {@code ", "}; for one in angle brackets, the next after the first {@code >} that a comma,
   * a space or the end follows (Sendmail's {@code ctladdr=<a@b> (1000/1000)}). Returns where {@code last}'s value starts, or -1 if the fields end before it
   * or are not fields.
   */
  static int comma(String s, int i, String last, MailLogEntry.Builder entry) {
    int n = s.length();
    while (i < n) {
      int eq = keyEnd(s, i);
      if (eq < 0) {
        return -1;
      }
      int value = eq + 1;
      if (eq - i == last.length() && s.startsWith(last, i)) {
        return value;
      }
      int end = valueEnd(s, value);
      entry.field(i, eq, value, end);
      if (end >= n) {
        return -1;
      }
      i = end + 2;
    }
    return -1;
  }

  /**
   * Reads {@code key=value key=value ...} from {@code i} (Postfix's {@code from=<...> to=<...> proto=ESMTP
   * helo=<...>} after a reject), a value in angle brackets running to its {@code >}.
   */
  static void spaced(String s, int i, MailLogEntry.Builder entry) {
    int n = s.length();
    while (i < n) {
      i = LogPrefix.skipSpaces(s, i);
      int eq = keyEnd(s, i);
      if (eq < 0) {
        return;
      }
      int value = eq + 1;
      int end;
      if (value < n && s.charAt(value) == '<') {
        int close = s.indexOf('>', value);
        end = close < 0 ? n : close + 1;
      } else {
        end = LogPrefix.tokenEnd(s, value);
      }
      entry.field(i, eq, value, end);
      i = end;
    }
  }

  /** The index of the {@code =} after a key of letters, digits and {@code _} at {@code i}, or -1. */
  static int keyEnd(String s, int i) {
    int k = i;
    while (k < s.length() && k - i < 32) {
      char c = s.charAt(k);
      if (c == '=') {
        return k == i ? -1 : k;
      }
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
        return -1;
      }
      k++;
    }
    return -1;
  }

  private static int valueEnd(String s, int value) {
    int n = s.length();
    int from = value;
    if (value < n && s.charAt(value) == '<') {
      // An address may hold ", " in a quoted local part: look for the field's end after its '>'.
      for (int close = s.indexOf('>', value); close >= 0; close = s.indexOf('>', close + 1)) {
        if (close + 1 >= n || s.charAt(close + 1) == ',' || s.charAt(close + 1) == ' ') {
          from = close + 1;
          break;
        }
      }
    }
    int comma = s.indexOf(", ", from);
    return comma < 0 ? n : comma;
  }

  /** The value without the angle brackets around it, or as it is. */
  static String address(String value) {
    return value.length() >= 2 && value.charAt(0) == '<' && value.charAt(value.length() - 1) == '>'
        ? value.substring(1, value.length() - 1) : value;
  }

  static StatusCode code(String value) {
    return value == null ? null : StatusCode.tryParse(value).orElse(null);
  }

  /**
   * The reply in a line's text: the text itself when it starts with a reply code (Postfix's
   * {@code status=sent (250 2.0.0 Ok: queued as ...)}), else the first reply that
   * {@link SmtpReplies} finds in it.
   */
  static QuotedReply reply(String text) {
    if (text == null) {
      return null;
    }
    Optional<QuotedReply> reply = Optional.empty();
    if (text.length() >= 3 && text.charAt(0) >= '2' && text.charAt(0) <= '5') {
      reply = QuotedReply.tryParse(text);
    }
    return reply.or(() -> SmtpReplies.findFirst(text)).orElse(null);
  }

  /** A builder for an entry of {@code mta} read from {@code line}, with the prefix's parts. */
  static MailLogEntry.Builder entry(Mta mta, LogPrefix prefix, String line) {
    MailLogEntry.Builder entry = new MailLogEntry.Builder(line, prefix.bounds());
    entry.mta = mta;
    return entry;
  }
}
