package io.github.smtpstatus.log;

import io.github.smtpstatus.SmtpCommand;

/**
 * Exim's main-log delivery and rejection lines, as its specification's chapter "Log files" describes
 * them ("Log line flags", "Logging deliveries", "Deferred deliveries", "Delivery failures", "Summary of
 * fields in log lines"):
 *
 * <ul>
 *   <li>{@code MSGID FLAG ADDRESS [<ORIGINAL>] [(PARENT)] FIELDS...[: ERROR]}, the flag one of
 *       {@code =>} (delivery), {@code ->} (an additional address in the same delivery), {@code >>}
 *       (cutthrough delivery), {@code *>} (suppressed by {@code -N}), {@code **} (failed, the address
 *       bounced) and {@code ==} (deferred).
 *   <li>Fields are {@code KEY=VALUE}: {@code R=} router, {@code T=} transport, {@code H=} host and
 *       address ({@code H=mx.example.net [192.0.2.1]:25}, two words), {@code C="..."} the SMTP
 *       confirmation, {@code DT=} the delivery time, {@code X=}, {@code CV=}, {@code DN=}, {@code K},
 *       {@code L}, {@code S=}, {@code QT=}, {@code F=} sender, {@code P=} return path, {@code A=}.
 *   <li>A deferral says {@code defer (ERRNO)} ({@code defer (-44)}, {@code defer (110)}) among the
 *       fields; a failure or deferral ends with {@code : ERROR}, such as {@code SMTP error from remote
 *       mail server after RCPT TO:<a@b>: 550 5.1.1 ...} or {@code Connection timed out}.
 *   <li>Rejections by Exim's own ACLs: {@code H=HOST [ADDR] F=<SENDER> rejected RCPT <ADDRESS>: TEXT}
 *       (also {@code temporarily rejected RCPT}, and {@code MAIL}).
 * </ul>
 */
final class EximLines {

  private EximLines() {}

  static MailLogEntry read(String s, LogPrefix prefix) {
    int m = prefix.message();
    int idEnd = messageIdEnd(s, m);
    int at = idEnd > m ? idEnd + 1 : m;
    if (at + 3 <= s.length() && s.charAt(at + 2) == ' ') {
      Outcome outcome = flag(s.charAt(at), s.charAt(at + 1));
      if (outcome != null && idEnd > m) {
        return delivery(s, prefix, s.substring(m, idEnd), outcome, at + 3);
      }
    }
    return reject(s, prefix, idEnd > m ? s.substring(m, idEnd) : null, at);
  }

  /** The outcome of a delivery flag, or null: two characters compared, no substring per line. */
  private static Outcome flag(char first, char second) {
    if (second == '>') {
      return first == '=' || first == '-' || first == '>' ? Outcome.SENT : first == '*' ? Outcome.SUPPRESSED : null;
    }
    return first == '*' && second == '*' ? Outcome.BOUNCED : first == '=' && second == '=' ? Outcome.DEFERRED : null;
  }

  private static MailLogEntry delivery(String s, LogPrefix prefix, String id, Outcome outcome, int i) {
    MailLogEntry.Builder entry = Fields.entry(Mta.EXIM, prefix, s);
    entry.outcome = outcome;
    entry.queueId = id;
    int n = s.length();
    int addressEnd = addressEnd(s, i);
    if (addressEnd == i) {
      return null;
    }
    boolean error = s.charAt(addressEnd - 1) == ':';
    entry.recipients.add(s.substring(i, error ? addressEnd - 1 : addressEnd));
    i = addressEnd;
    while (!error && i < n) {
      i = LogPrefix.skipSpaces(s, i);
      if (i >= n) {
        break;
      }
      char c = s.charAt(i);
      if (c == '<' || c == '(') {
        int close = s.indexOf(c == '<' ? '>' : ')', i);
        if (close < 0) {
          break;
        }
        if (c == '<' && entry.originalRecipient == null) {
          entry.originalRecipient = s.substring(i + 1, close);
        }
        i = close + 1;
        error = i < n && s.charAt(i) == ':';
        i += error ? 1 : 0;
        continue;
      }
      if (s.startsWith("defer (", i)) {
        int close = s.indexOf(')', i);
        if (close < 0) {
          break;
        }
        entry.field(i, i + "defer".length(), i + "defer (".length(), close);
        i = close + 1;
        error = i < n && s.charAt(i) == ':';
        i += error ? 1 : 0;
        continue;
      }
      int eq = Fields.keyEnd(s, i);
      if (eq < 0) {
        int end = LogPrefix.tokenEnd(s, i);
        error = s.charAt(end - 1) == ':';
        i = end;
        continue;
      }
      int end = valueEnd(s, eq - i == 1 && s.charAt(i) == 'H', eq + 1);
      error = s.charAt(end - 1) == ':';
      int valueStart = eq + 1;
      int valueEnd = error ? end - 1 : end;
      if (valueEnd - valueStart >= 2 && s.charAt(valueStart) == '"' && s.charAt(valueEnd - 1) == '"') {
        valueStart++;
        valueEnd--;
      }
      entry.field(i, eq, valueStart, valueEnd);
      i = end;
    }
    int host = entry.index("H");
    entry.relay = host < 0 ? null : Peer.exim(s, entry.valueStart(host), entry.valueEnd(host));
    entry.delay = entry.get("DT");
    String sender = entry.get("F");
    entry.sender = sender == null ? null : Fields.address(sender);
    if (error) {
      entry.text = s.substring(LogPrefix.skipSpaces(s, i)).strip();
      entry.reply = Fields.reply(entry.text);
    } else if (entry.has("C")) {
      entry.reply = Fields.reply(entry.get("C"));
    }
    return entry.build();
  }

  /** {@code [H=...] [F=<...>] [temporarily ]rejected RCPT|MAIL <ADDRESS>: TEXT}, from {@code i}. */
  private static MailLogEntry reject(String s, LogPrefix prefix, String id, int i) {
    if (!(s.startsWith("H=", i) || s.startsWith("F=", i) || s.startsWith("U=", i) || s.startsWith("I=", i)
        || s.startsWith("rejected ", i) || s.startsWith("temporarily rejected ", i))) {
      return null;
    }
    int rejected = s.indexOf(" rejected ", i - 1) + 1;
    if (rejected <= 0) {
      return null;
    }
    int verb = rejected + "rejected ".length();
    SmtpCommand command = s.startsWith("RCPT ", verb) ? SmtpCommand.RCPT
        : s.startsWith("MAIL ", verb) ? SmtpCommand.MAIL : null;
    if (command == null) {
      return null;
    }
    MailLogEntry.Builder entry = Fields.entry(Mta.EXIM, prefix, s);
    entry.outcome = Outcome.REJECTED;
    entry.queueId = id;
    entry.command = command;
    int hostField = s.indexOf("H=", i);
    if (hostField >= 0 && hostField < rejected) {
      int end = Math.min(valueEnd(s, true, hostField + 2), rejected - 1);
      entry.field(hostField, hostField + 1, hostField + 2, end);
      entry.client = Peer.exim(s, hostField + 2, end);
    }
    int senderField = s.indexOf("F=<", i);
    if (senderField >= 0 && senderField < rejected) {
      int close = s.indexOf('>', senderField);
      if (close > 0 && close < rejected) {
        entry.field(senderField, senderField + 1, senderField + 2, close + 1);
        entry.sender = s.substring(senderField + 3, close);
      }
    }
    int address = verb + 5;
    int colon = s.indexOf(": ", address);
    int addressEnd = colon < 0 ? s.length() : colon;
    String written = s.substring(address, addressEnd);
    if (command == SmtpCommand.RCPT) {
      entry.recipients.add(Fields.address(written));
    } else {
      entry.sender = Fields.address(written);
    }
    entry.text = colon < 0 ? null : s.substring(colon + 2);
    entry.reply = Fields.reply(entry.text);
    return entry.build();
  }

  /**
   * The end of a field's value from {@code value}: a quoted value ({@code C="..."}) to its closing quote
   * followed by a space, a colon or the end; {@code H=}'s host and the bracketed address and HELO name
   * after it; any other to the next space.
   */
  private static int valueEnd(String s, boolean host, int value) {
    int n = s.length();
    if (value < n && s.charAt(value) == '"') {
      for (int q = s.indexOf('"', value + 1); q >= 0; q = s.indexOf('"', q + 1)) {
        if (q + 1 >= n || s.charAt(q + 1) == ' ' || s.charAt(q + 1) == ':') {
          return q + 1 < n && s.charAt(q + 1) == ':' ? q + 2 : q + 1;
        }
      }
      return n;
    }
    int end = LogPrefix.tokenEnd(s, value);
    if (host) {
      while (end + 1 < n && s.charAt(end - 1) != ':' && (s.charAt(end + 1) == '[' || s.charAt(end + 1) == '(')) {
        end = LogPrefix.tokenEnd(s, end + 1);
      }
    }
    return end;
  }

  /** The end of the address after a flag: the next space or the end (a colon before it opens the error). */
  private static int addressEnd(String s, int i) {
    return LogPrefix.tokenEnd(s, i);
  }

  /**
   * The end of an Exim message id at {@code i} ({@code 1rAbCd-000123-AB}: 6, 6 and 2 base-62 characters;
   * Exim 4.97 and later {@code 1rAbCd-000000005vi-0000}: 6, 11 and 4), or {@code i} when there is none.
   */
  static int messageIdEnd(String s, int i) {
    int a = base62End(s, i);
    if (a - i != 6 || a >= s.length() || s.charAt(a) != '-') {
      return i;
    }
    int b = base62End(s, a + 1);
    if ((b - a - 1 != 6 && b - a - 1 != 11) || b >= s.length() || s.charAt(b) != '-') {
      return i;
    }
    int c = base62End(s, b + 1);
    int length = c - b - 1;
    if ((length != 2 && length != 4) || (c < s.length() && s.charAt(c) != ' ')) {
      return i;
    }
    return c;
  }

  private static int base62End(String s, int i) {
    int k = i;
    while (k < s.length() && k - i < 12) {
      char c = s.charAt(k);
      if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
        break;
      }
      k++;
    }
    return k;
  }
}
