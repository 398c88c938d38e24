package io.github.smtpstatus.benchmarks.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Mail log lines for the log-reader benchmark, generated from a fixed seed: the delivery lines of
 * Postfix (about two thirds, as on a Postfix relay: sent, deferred, bounced with flattened Gmail and
 * Microsoft 365 replies, smtpd rejects, expiries, notifications), Exim and Sendmail, mixed with the lines
 * around them that hold no delivery (connects, cleanup, qmgr, Exim arrivals and completions).
 */
public final class MailLogs {

  private static final long SEED = 5424L;

  private static final String[] HOSTS = {"mx1.example.org", "mail.example.net", "aspmx.l.google.com",
      "example-com.mail.protection.outlook.com", "mta5.am0.yahoodns.net", "mx01.mail.example.de"};
  private static final String[] USERS = {"alice", "bob", "carol", "dave", "info", "j.smith", "jörg"};
  private static final String[] REPLIES = {
      "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table",
      "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1"
          + " double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. Learn more"
          + " at 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser d2e1a72fcca58-1234si567.89 - gsmtp",
      "550 5.7.606 Access denied, banned sending IP [192.0.2.%d]. To request removal from this list please visit"
          + " https://sender.office.com/ and follow the directions.",
      "552 5.2.2 <%s>: Mailbox full, quota exceeded",
      "451 4.7.1 Greylisted, please try again in 300 seconds",
      "421 4.7.0 [192.0.2.%d] Our system has detected an unusual rate of unsolicited mail"};

  private MailLogs() {}

  /** {@code count} lines, the same for every call. */
  public static List<String> lines(int count) {
    Random random = new Random(SEED);
    List<String> lines = new ArrayList<>(count);
    while (lines.size() < count) {
      int kind = random.nextInt(20);
      String id = String.format(Locale.ROOT, "%010X", random.nextLong() & 0xFFFFFFFFFFL);
      String user = pick(random, USERS) + "@" + pick(random, HOSTS).replaceFirst("^[a-z0-9-]+\\.", "");
      String host = pick(random, HOSTS);
      String address = "192.0.2." + (1 + random.nextInt(254));
      String reply = pick(random, REPLIES).replace("%s", user).replace("%d", String.valueOf(random.nextInt(255)));
      String stamp = String.format(Locale.ROOT, "Mar %2d %02d:%02d:%02d", 1 + random.nextInt(28), random.nextInt(24),
          random.nextInt(60), random.nextInt(60));
      String postfix = stamp + " mx1 postfix/smtp[" + (1000 + random.nextInt(9000)) + "]: " + id + ": to=<" + user
          + ">, relay=" + host + "[" + address + "]:25, delay=" + random.nextInt(30) + "." + random.nextInt(10)
          + ", delays=0.1/0.01/0.5/0.6, ";
      String exim = "2024-03-01 12:" + String.format(Locale.ROOT, "%02d:%02d", random.nextInt(60), random.nextInt(60))
          + " 1r" + id.substring(0, 4) + "-000" + id.substring(4, 7) + "-" + id.substring(7, 9) + " ";
      lines.add(switch (kind) {
        case 0, 1, 2, 3, 4 -> postfix + "dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as " + id + ")";
        case 5, 6 -> postfix + "dsn=" + code(reply) + ", status=" + (reply.charAt(0) == '4' ? "deferred" : "bounced")
            + " (host " + host + "[" + address + "] said: " + reply + " (in reply to RCPT TO command))";
        case 7 -> postfix.replace("relay=" + host + "[" + address + "]:25", "relay=none") + "dsn=4.4.1, status=deferred"
            + " (connect to " + host + "[" + address + "]:25: Connection timed out)";
        case 8 -> stamp + " mx1 postfix/smtpd[77]: NOQUEUE: reject: RCPT from unknown[" + address + "]: 554 5.7.1 <"
            + user + ">: Relay access denied; from=<a@example.org> to=<" + user + "> proto=ESMTP helo=<client>";
        case 9 -> stamp + " mx1 postfix/qmgr[11]: " + id + ": from=<a@example.org>, status=expired, returned to sender";
        case 10 -> stamp + " mx1 postfix/smtpd[77]: connect from unknown[" + address + "]";
        case 11 -> stamp + " mx1 postfix/qmgr[11]: " + id + ": from=<a@example.org>, size=" + random.nextInt(99999)
            + ", nrcpt=1 (queue active)";
        case 12, 13 -> exim + "=> " + user + " R=dnslookup T=remote_smtp H=" + host + " [" + address + "]"
            + " X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C=\"250 2.0.0 OK 1709294400 - gsmtp\"";
        case 14 -> exim + "** " + user + " R=dnslookup T=remote_smtp H=" + host + " [" + address + "]: SMTP error"
            + " from remote mail server after RCPT TO:<" + user + ">: " + reply;
        case 15 -> exim + "== " + user + " R=dnslookup T=remote_smtp defer (-44) H=" + host + " [" + address + "]:"
            + " SMTP error from remote mail server after RCPT TO:<" + user + ">: 451 4.7.1 Greylisted";
        case 16 -> exim + "<= a@example.org H=client.example [" + address + "] P=esmtps S=" + random.nextInt(99999);
        case 17 -> stamp + " mx3 sendmail[5150]: x21C" + id + ": to=<" + user + ">, delay=00:00:01, xdelay=00:00:01,"
            + " mailer=esmtp, pri=120434, relay=" + host + ". [" + address + "], dsn=2.0.0, stat=Sent (Ok: queued)";
        case 18 -> stamp + " mx3 sendmail[5150]: x21C" + id + ": to=<" + user + ">, delay=00:00:01, xdelay=00:00:01,"
            + " mailer=esmtp, pri=120434, relay=" + host + ". [" + address + "], dsn=5.1.1, stat=User unknown";
        default -> stamp + " mx1 postfix/bounce[12]: " + id + ": sender non-delivery notification: B" + id;
      });
    }
    return lines;
  }

  private static String code(String reply) {
    return reply.substring(4, reply.indexOf(' ', 4));
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
