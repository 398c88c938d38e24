package io.github.smtpstatus.log;

import io.github.smtpstatus.SmtpCommand;

/**
 * Postfix's delivery, expiry, notification and reject lines, as its logging code writes them
 * ({@code global/log_adhoc.c}, {@code qmgr}, {@code bounce}, {@code smtpd}; see also
 * {@code postconf(5)} and {@code DEBUG_README}):
 *
 * <ul>
 *   <li>Delivery, by {@code smtp}, {@code lmtp}, {@code local}, {@code virtual}, {@code pipe},
 *       {@code error}, {@code discard} and the other delivery agents:
 *       {@code QUEUEID: to=<ADDR>[, orig_to=<ADDR>], relay=RELAY[, conn_use=N], delay=D,
 *       delays=A/B/C/D[, tls=...], dsn=X.Y.Z, status=WORD (TEXT)}. {@code orig_to} appears only where the
 *       original recipient differs; {@code RELAY} is {@code host[address]:port}, a transport or
 *       {@code none}. {@code WORD} is {@code sent}, {@code deferred}, {@code bounced} or, with
 *       {@code soft_bounce = yes}, {@code SOFTBOUNCE}; the address-verification words
 *       {@code deliverable} and {@code undeliverable} are not deliveries and give no entry. {@code TEXT}
 *       is the reason: the remote reply in the smtp client's {@code host H[A] said: REPLY (in reply to
 *       CMD command)}, or a local reason.
 *   <li>Expiry, by {@code qmgr}: {@code QUEUEID: from=<SENDER>, status=expired, returned to sender}.
 *   <li>Notification, by {@code bounce}: {@code QUEUEID: sender non-delivery notification: NEWID} (also
 *       {@code delay}, {@code delivery status}, and {@code postmaster} notifications).
 *   <li>Reject, by {@code smtpd}: {@code NOQUEUE: reject: CMD from NAME[ADDR]: REPLY; from=<S> to=<R>
 *       proto=P helo=<H>} (a queue id instead of {@code NOQUEUE} once one is assigned; also
 *       {@code milter-reject:}); {@code CMD} is {@code CONNECT}, {@code EHLO}, {@code MAIL}, {@code RCPT},
 *       {@code DATA}, {@code END-OF-MESSAGE} and so on.
 * </ul>
 */
final class PostfixLines {

  private PostfixLines() {}

  static MailLogEntry read(String s, LogPrefix prefix) {
    int m = prefix.message();
    int idEnd = m;
    while (idEnd < s.length() && isIdChar(s.charAt(idEnd)) && idEnd - m < 32) {
      idEnd++;
    }
    if (idEnd == m || !s.startsWith(": ", idEnd)) {
      return null;
    }
    String id = s.substring(m, idEnd);
    int body = idEnd + 2;
    if (s.startsWith("to=", body)) {
      return delivery(s, prefix, id, body);
    }
    if (s.startsWith("from=", body)) {
      return expiry(s, prefix, id, body);
    }
    if (s.startsWith("reject: ", body) || s.startsWith("milter-reject: ", body)) {
      return reject(s, prefix, id, s.indexOf(' ', body) + 1);
    }
    return notification(s, prefix, id, body);
  }

  private static MailLogEntry delivery(String s, LogPrefix prefix, String id, int body) {
    MailLogEntry.Builder entry = Fields.entry(Mta.POSTFIX, prefix, s);
    int status = Fields.comma(s, body, "status", entry);
    if (status < 0) {
      return null;
    }
    int word = status;
    while (word < s.length() && s.charAt(word) != ' ' && s.charAt(word) != ',') {
      word++;
    }
    entry.outcome = is(s, status, word, "sent") ? Outcome.SENT
        : is(s, status, word, "deferred") || is(s, status, word, "SOFTBOUNCE") ? Outcome.DEFERRED
        : is(s, status, word, "bounced") ? Outcome.BOUNCED
        : is(s, status, word, "expired") ? Outcome.EXPIRED : null;
    int to = entry.index("to");
    if (entry.outcome == null || to < 0) {
      return null;
    }
    entry.field(status - "status=".length(), status - 1, status, word);
    entry.queueId = id;
    entry.recipients.add(entry.address("to"));
    String original = entry.get("orig_to");
    entry.originalRecipient = original == null ? null : Fields.address(original);
    int relay = entry.index("relay");
    entry.relay = relay < 0 ? null : Peer.postfix(s, entry.valueStart(relay), entry.valueEnd(relay));
    entry.delay = entry.get("delay");
    entry.dsn = Fields.code(entry.get("dsn"));
    entry.text = parenthesized(s, word);
    entry.reply = Fields.reply(entry.text);
    return entry.build();
  }

  private static MailLogEntry expiry(String s, LogPrefix prefix, String id, int body) {
    MailLogEntry.Builder entry = Fields.entry(Mta.POSTFIX, prefix, s);
    int status = Fields.comma(s, body, "status", entry);
    if (status < 0 || !s.startsWith("expired", status)) {
      return null;
    }
    int after = status + "expired".length();
    if (after < s.length() && s.charAt(after) != ',' && s.charAt(after) != ' ') {
      return null;
    }
    entry.field(status - "status=".length(), status - 1, status, after);
    entry.outcome = Outcome.EXPIRED;
    entry.queueId = id;
    entry.sender = entry.address("from");
    if (s.startsWith(", ", after)) {
      entry.text = s.substring(after + 2);
    }
    return entry.build();
  }

  /** {@code CMD from CLIENT: REPLY; key=value ...} from {@code i}. */
  private static MailLogEntry reject(String s, LogPrefix prefix, String id, int i) {
    int commandEnd = LogPrefix.tokenEnd(s, i);
    SmtpCommand command = SmtpCommand.find(s.substring(i, commandEnd)).orElse(null);
    if (command == null || !s.startsWith(" from ", commandEnd)) {
      return null;
    }
    int client = commandEnd + " from ".length();
    int colon = s.indexOf(": ", client);
    if (colon < 0) {
      return null;
    }
    MailLogEntry.Builder entry = Fields.entry(Mta.POSTFIX, prefix, s);
    entry.outcome = Outcome.REJECTED;
    entry.queueId = id.equals("NOQUEUE") ? null : id;
    entry.command = command;
    entry.client = Peer.postfix(s, client, colon);
    int replyStart = colon + 2;
    int fields = s.indexOf("; from=<", replyStart);
    if (fields < 0) {
      fields = s.indexOf("; proto=", replyStart);
    }
    int replyEnd = fields < 0 ? s.length() : fields;
    entry.text = s.substring(replyStart, replyEnd);
    entry.reply = Fields.reply(entry.text);
    if (fields >= 0) {
      Fields.spaced(s, fields + 2, entry);
    }
    String to = entry.get("to");
    if (to != null) {
      entry.recipients.add(Fields.address(to));
    }
    String from = entry.get("from");
    entry.sender = from == null ? null : Fields.address(from);
    return entry.build();
  }

  /** {@code WHO KIND notification: NEWID}. */
  private static MailLogEntry notification(String s, LogPrefix prefix, String id, int body) {
    int marker = s.indexOf(" notification: ", body);
    if (marker < 0 || marker - body > 40) {
      return null;
    }
    int newId = marker + " notification: ".length();
    int end = newId;
    while (end < s.length() && isIdChar(s.charAt(end))) {
      end++;
    }
    if (end == newId || end != s.length()) {
      return null;
    }
    MailLogEntry.Builder entry = Fields.entry(Mta.POSTFIX, prefix, s);
    entry.outcome = Outcome.NOTIFIED;
    entry.queueId = id;
    entry.text = s.substring(body, marker + " notification".length());
    entry.notificationQueueId = s.substring(newId, end);
    return entry.build();
  }

  private static boolean is(String s, int from, int to, String word) {
    return to - from == word.length() && s.startsWith(word, from);
  }

  /** The text in {@code (...)} after the status word at {@code word}: to the last {@code )} of the line. */
  private static String parenthesized(String s, int word) {
    int open = LogPrefix.skipSpaces(s, word);
    if (open >= s.length() || s.charAt(open) != '(') {
      return null;
    }
    int close = s.length() - 1;
    while (close > open && s.charAt(close) == ' ') {
      close--;
    }
    return s.charAt(close) == ')' ? s.substring(open + 1, close) : s.substring(open + 1);
  }

  /** Queue ids: short hexadecimal ones and long ones ({@code enable_long_queue_ids}) use letters and digits. */
  private static boolean isIdChar(char c) {
    return c < 128 && Fields.LETTERS_AND_DIGITS[c];
  }
}
