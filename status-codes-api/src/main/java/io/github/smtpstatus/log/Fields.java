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
    int limit = Math.min(s.length(), i + 32);
    for (int k = i; k < limit; k++) {
      char c = s.charAt(k);
      if (c == '=') {
        return k == i ? -1 : k;
      }
      if (c >= 128 || !KEY_CHARS[c]) {
        return -1;
      }
    }
    return -1;
  }

  /** ASCII letters, digits and {@code _}: one table read per character of a key instead of four range tests. */
  private static final boolean[] KEY_CHARS = asciiTable("_");

  /** ASCII letters and digits. */
  static final boolean[] LETTERS_AND_DIGITS = asciiTable("");

  /** A table of the ASCII letters and digits and of {@code more}. */
  private static boolean[] asciiTable(String more) {
    boolean[] table = new boolean[128];
    for (char c = 0; c < 128; c++) {
      table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || more.indexOf(c) >= 0;
    }
    return table;
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
    if (text.length() >= 3 && text.charAt(0) >= '2' && text.charAt(0) <= '5') {
      Optional<QuotedReply> whole = QuotedReply.tryParse(text);
      if (whole.isPresent()) {
        return whole.get();
      }
    }
    return SmtpReplies.findFirst(text).orElse(null);
  }

  /** A builder for an entry of {@code mta} read from {@code line}, with the prefix's parts. */
  static MailLogEntry.Builder entry(Mta mta, LogPrefix prefix, String line) {
    MailLogEntry.Builder entry = new MailLogEntry.Builder(line, prefix.bounds());
    entry.mta = mta;
    return entry;
  }
}
