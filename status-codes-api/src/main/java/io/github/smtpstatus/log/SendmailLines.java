package io.github.smtpstatus.log;

import io.github.smtpstatus.QuotedReply;
import io.github.smtpstatus.SmtpCommand;

/**
 * Sendmail's delivery and rejection lines, as its operations guide ("The System Log", "Format") lists
 * their fields: {@code QUEUEID: to=LIST, [ctladdr=ADDR, ]delay=[D+]HH:MM:SS, xdelay=HH:MM:SS,
 * mailer=NAME, pri=N, [relay=HOST [ADDR], ][dsn=X.Y.Z, ]stat=STATUS}, {@code to} a comma-separated
 * list of recipients, {@code relay} the host that accepted or refused them, {@code dsn} the enhanced
 * code and {@code stat} last: {@code Sent (TEXT)}, {@code Deferred: TEXT}, {@code queued} or the
 * reason of a failure ({@code User unknown}). Rejections by its rule sets: {@code ruleset=check_rcpt,
 * arg1=<ADDR>, relay=HOST [ADDR], reject=REPLY}.
 */
final class SendmailLines {

  private SendmailLines() {}

  static MailLogEntry read(String s, LogPrefix prefix) {
    int m = prefix.message();
    int idEnd = m;
    while (idEnd < s.length() && idEnd - m < 32 && isIdChar(s.charAt(idEnd))) {
      idEnd++;
    }
    if (idEnd == m || !s.startsWith(": ", idEnd)) {
      return null;
    }
    int body = idEnd + 2;
    String id = s.substring(m, idEnd);
    if (s.startsWith("to=", body)) {
      return delivery(s, prefix, id, body + 3);
    }
    if (s.startsWith("ruleset=", body)) {
      return reject(s, prefix, id, body);
    }
    return null;
  }

  /** A letter or digit: the ASCII ones by table, which most lines hold only, the others as Java defines them. */
  private static boolean isIdChar(char c) {
    return c < 128 ? Fields.LETTERS_AND_DIGITS[c] : Character.isLetterOrDigit(c);
  }

  private static MailLogEntry delivery(String s, LogPrefix prefix, String id, int to) {
    int listEnd = s.indexOf(", ", to);
    if (listEnd < 0) {
      return null;
    }
    MailLogEntry.Builder entry = Fields.entry(Mta.SENDMAIL, prefix, s);
    String list = s.substring(to, listEnd);
    entry.field(to - 3, to - 1, to, listEnd);
    int stat = Fields.comma(s, listEnd + 2, "stat", entry);
    if (stat < 0) {
      return null;
    }
    String status = s.substring(stat);
    entry.field(stat - "stat=".length(), stat - 1, stat, s.length());
    for (int i = 0; i < list.length() && entry.recipients.size() < MailLogReader.MAX_FIELDS; ) {
      int comma = list.indexOf(',', i);
      int end = comma < 0 ? list.length() : comma;
      String recipient = Fields.address(list.substring(i, end).strip());
      if (!recipient.isEmpty()) {
        entry.recipients.add(recipient);
      }
      i = end + 1;
    }
    entry.queueId = id;
    entry.dsn = Fields.code(entry.get("dsn"));
    entry.delay = entry.get("delay");
    String relay = entry.get("relay");
    entry.relay = relay == null ? null : Peer.sendmail(relay);
    entry.text = status;
    if (status.startsWith("Sent")) {
      entry.outcome = Outcome.SENT;
      int open = status.indexOf('(');
      entry.reply = open < 0 ? null : Fields.reply(status.substring(open + 1, status.endsWith(")")
          ? status.length() - 1 : status.length()));
    } else if (status.startsWith("Deferred") || status.equals("queued")
        || (entry.dsn != null && entry.dsn.isTransient())) {
      entry.outcome = Outcome.DEFERRED;
      entry.reply = Fields.reply(status.startsWith("Deferred: ") ? status.substring("Deferred: ".length()) : status);
    } else {
      entry.outcome = Outcome.BOUNCED;
      entry.reply = Fields.reply(status);
    }
    String reply = entry.get("reply");
    if (reply != null) {
      entry.reply = QuotedReply.tryParse(reply).orElse(entry.reply);
    }
    return entry.build();
  }

  private static MailLogEntry reject(String s, LogPrefix prefix, String id, int body) {
    MailLogEntry.Builder entry = Fields.entry(Mta.SENDMAIL, prefix, s);
    int reject = Fields.comma(s, body, "reject", entry);
    if (reject < 0) {
      return null;
    }
    entry.field(reject - "reject=".length(), reject - 1, reject, s.length());
    entry.outcome = Outcome.REJECTED;
    entry.queueId = id;
    entry.text = s.substring(reject);
    entry.reply = Fields.reply(entry.text);
    String ruleset = entry.has("ruleset") ? entry.get("ruleset") : "";
    String arg = entry.get("arg1");
    if (ruleset.equals("check_rcpt") && arg != null) {
      entry.command = SmtpCommand.RCPT;
      entry.recipients.add(Fields.address(arg));
    } else if (ruleset.equals("check_mail") && arg != null) {
      entry.command = SmtpCommand.MAIL;
      entry.sender = Fields.address(arg);
    }
    String relay = entry.get("relay");
    entry.client = relay == null ? null : Peer.sendmail(relay);
    return entry.build();
  }
}
