package io.github.smtpstatus.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a mail log of Postfix, Exim and Sendmail lines mixed as a relay that runs all three would
 * collect them, with a few malformed lines among them; the same lines for the same seed and count. The
 * shapes are those of {@code samples/mail.log} and of the log reader's tests: Postfix's message life
 * (smtpd, cleanup, qmgr, a delivery line per recipient, removed) and its refusals and expiries, Exim's
 * {@code <=}, {@code =>}, {@code **}, {@code ==} and {@code Completed} lines, Sendmail's {@code from=}
 * and {@code to=} lines. About a third of the lines are deliveries.
 *
 * <p>{@code java -cp spark/target/test-classes io.github.smtpstatus.spark.LogGenerator 5000000 > mail.log}
 */
public final class LogGenerator {

  private static final String[] DOMAINS = {"example.com", "example.net", "example.org", "gmail.example",
    "outlook.example", "yahoo.example"};
  /** {dsn, postfix status, remote reply or reason}: %1$s the domain, %2$s the recipient. */
  private static final String[][] POSTFIX = {
    {"2.0.0", "sent", "250 2.0.0 Ok: queued as 9B1C2D3E4F"},
    {"5.1.1", "bounced", "host mx.%1$s[192.0.2.10] said: 550 5.1.1 <%2$s>: Recipient address rejected: User unknown"
        + " in virtual mailbox table (in reply to RCPT TO command)"},
    {"4.2.2", "deferred", "host mx.%1$s[192.0.2.11] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)"},
    {"5.7.1", "bounced", "host mx.%1$s[192.0.2.12] said: 550 5.7.1 Message rejected due to local policy (in reply"
        + " to end of DATA command)"},
    {"4.4.1", "deferred", "connect to mx.%1$s[192.0.2.13]:25: Connection timed out"},
    {"5.7.606", "bounced", "host mx.%1$s[203.0.113.44] said: 550 5.7.606 Access denied, banned sending IP"
        + " [198.51.100.7]. (in reply to RCPT TO command)"},
    {"4.7.0", "deferred", "host mx.%1$s[192.0.2.140] said: 421 4.7.0 [TSS04] Messages from 198.51.100.7"
        + " temporarily deferred due to unexpected volume or user complaints (in reply to MAIL FROM command)"},
    {"5.0.0", "bounced", "host mx.%1$s[192.0.2.14] said: 550 5.1.1 <%2$s>: user unknown (in reply to RCPT TO"
        + " command)"},
  };
  /** {Exim flag, the rest after the recipient}: %1$s the domain, %2$s the recipient. */
  private static final String[][] EXIM = {
    {"=>", "R=dnslookup T=remote_smtp H=mx.%1$s [192.0.2.10] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes"
        + " C=\"250 2.0.0 OK id=1tP3aC-0001\""},
    {"**", "R=dnslookup T=remote_smtp H=mx.%1$s [192.0.2.25]: SMTP error from remote mail server after RCPT"
        + " TO:<%2$s>: 550 5.1.1 <%2$s>: Recipient address rejected: User unknown"},
    {"==", "R=dnslookup T=remote_smtp defer (-45) H=mx.%1$s [192.0.2.99]: SMTP error from remote mail server"
        + " after RCPT TO:<%2$s>: 451 4.7.1 Greylisted, please try again later"},
    {"**", "R=dnslookup T=remote_smtp H=mx.%1$s [203.0.113.45]: SMTP error from remote mail server after RCPT"
        + " TO:<%2$s>: 550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302)"},
  };
  /** {dsn, stat=...}. */
  private static final String[][] SENDMAIL = {
    {"2.0.0", "Sent (OK id=1tP4b)"},
    {"5.1.1", "User unknown"},
    {"4.0.0", "Deferred: Connection timed out with mx.%1$s."},
    {"5.2.2", "Service unavailable"},
  };

  private final SplittableRandom random;
  private final Writer out;
  private long second;
  private long lines;
  private long queue = 0x10000;

  private LogGenerator(long seed, Writer out) {
    this.random = new SplittableRandom(seed);
    this.out = out;
  }

  /**
   * Writes at least {@code count} lines (whole messages) to {@code out}.
   *
   * @param seed the seed: the same seed and count give the same lines
   * @param count how many lines at least
   * @param malformed whether about one line in 500 is malformed (garbage, cut, blank)
   * @param out where the lines go
   * @return how many lines were written
   * @throws IOException if writing fails
   */
  public static long write(long seed, long count, boolean malformed, Writer out) throws IOException {
    LogGenerator generator = new LogGenerator(seed, out);
    while (generator.lines < count) {
      int style = generator.random.nextInt(10);
      if (malformed && generator.random.nextInt(150) == 0) {
        generator.malformed();
      } else if (style < 5) {
        generator.postfix();
      } else if (style < 8) {
        generator.exim();
      } else {
        generator.sendmail();
      }
    }
    return generator.lines;
  }

  private void postfix() throws IOException {
    String id = String.format(Locale.ROOT, "%X%07X", 1 + random.nextInt(15), queue++ & 0xFFFFFFF);
    int pid = 1000 + random.nextInt(30000);
    if (random.nextInt(20) == 0) {
      syslog("postfix/smtpd[" + pid + "]", "NOQUEUE: reject: RCPT from unknown[203.0.113.66]: 554 5.7.1 <spam@"
          + domain() + ">: Relay access denied; from=<promo@example.biz> to=<spam@example.org> proto=ESMTP"
          + " helo=<bulk.example.biz>");
      return;
    }
    syslog("postfix/smtpd[" + pid + "]", "connect from client.example.net[198.51.100." + random.nextInt(255) + "]");
    syslog("postfix/cleanup[" + (pid + 1) + "]", id + ": message-id=<" + id + "@mx1.example.org>");
    int recipients = 1 + random.nextInt(3);
    syslog("postfix/qmgr[880]", id + ": from=<news@example.org>, size=" + (1000 + random.nextInt(90000))
        + ", nrcpt=" + recipients + " (queue active)");
    for (int r = 0; r < recipients; r++) {
      String domain = domain();
      String to = "user" + random.nextInt(100_000) + "@" + domain;
      if (random.nextInt(40) == 0) {
        syslog("postfix/qmgr[880]", id + ": to=<" + to + ">, relay=none, delay=432000, delays=431990/0.01/10/0,"
            + " dsn=4.4.7, status=expired, returned to sender");
        continue;
      }
      String[] outcome = POSTFIX[random.nextInt(POSTFIX.length)];
      syslog("postfix/smtp[" + (pid + 2) + "]", id + ": to=<" + to + ">, relay=mx." + domain + "[192.0.2."
          + random.nextInt(255) + "]:25, delay=" + random.nextInt(9) + "." + random.nextInt(9)
          + ", delays=0.1/0.01/0.6/0.5, dsn=" + outcome[0] + ", status=" + outcome[1] + " ("
          + String.format(Locale.ROOT, outcome[2], domain, to) + ")");
    }
    if (random.nextInt(10) == 0) {
      syslog("postfix/bounce[4170]", id + ": sender non-delivery notification: 1B88C1C0055");
    }
    syslog("postfix/qmgr[880]", id + ": removed");
  }

  private void exim() throws IOException {
    String id = String.format(Locale.ROOT, "1tP%03X-%06X-7Q", random.nextInt(4096), queue++ & 0xFFFFFF);
    native_(id + " <= news@example.org H=client.example.net [198.51.100.20] P=esmtpsa S=" + (1000
        + random.nextInt(9000)) + " id=" + id + "@example.org");
    int recipients = 1 + random.nextInt(3);
    for (int r = 0; r < recipients; r++) {
      String domain = domain();
      String to = "user" + random.nextInt(100_000) + "@" + domain;
      String[] outcome = EXIM[random.nextInt(EXIM.length)];
      native_(id + " " + outcome[0] + " " + to + " " + String.format(Locale.ROOT, outcome[1], domain, to));
    }
    native_(id + " Completed");
  }

  private void sendmail() throws IOException {
    String id = String.format(Locale.ROOT, "52NB%04X%06d", random.nextInt(65536), queue++ % 1_000_000);
    int pid = 7000 + random.nextInt(2000);
    int recipients = 1 + random.nextInt(2);
    syslog("sendmail[" + pid + "]", id + ": from=<billing@example.org>, size=2231, class=0, nrcpts=" + recipients
        + ", msgid=<" + id + "@relay.example.org>, proto=ESMTP, daemon=MTA, relay=app.example.org [198.51.100.40]");
    for (int r = 0; r < recipients; r++) {
      String domain = domain();
      String[] outcome = SENDMAIL[random.nextInt(SENDMAIL.length)];
      syslog("sendmail[" + (pid + 2) + "]", id + ": to=<user" + random.nextInt(100_000) + "@" + domain
          + ">, delay=00:00:02, xdelay=00:00:01, mailer=esmtp, pri=122231, relay=mx." + domain + ". [192.0.2.10],"
          + " dsn=" + outcome[0] + ", stat=" + String.format(Locale.ROOT, outcome[1], domain));
    }
  }

  private void malformed() throws IOException {
    switch (random.nextInt(4)) {
      case 0 -> line("");
      case 1 -> line("\uFFFD\uFFFD\0binary\001garbage " + random.nextInt());
      case 2 -> line("Mar  3 09:14:03 mx1 postfix/smtp[4110]: 3F2A01C0042: to=<cut@exam");
      default -> line("to=<" + "x".repeat(random.nextInt(40)) + " status= dsn=9.9.9 (((");
    }
  }

  private String domain() {
    return DOMAINS[random.nextInt(DOMAINS.length)];
  }

  private void syslog(String program, String message) throws IOException {
    second++;
    line("Mar " + String.format(Locale.ROOT, "%2d %02d:%02d:%02d", 1 + (second / 86400) % 28, (second / 3600) % 24,
        (second / 60) % 60, second % 60) + " mx1 " + program + ": " + message);
  }

  /** Exim's own log file: its time stamp and the message. */
  private void native_(String message) throws IOException {
    second++;
    line(String.format(Locale.ROOT, "2026-03-%02d %02d:%02d:%02d ", 1 + (second / 86400) % 28, (second / 3600) % 24,
        (second / 60) % 60, second % 60) + message);
  }

  private void line(String text) throws IOException {
    out.write(text);
    out.write('\n');
    lines++;
  }

  /**
   * Writes the number of lines given as the first argument to standard output (seed 2026, with malformed
   * lines).
   *
   * @param args the line count
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: LogGenerator LINES");
      System.exit(2);
    }
    try (Writer writer = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
      write(2026, Long.parseLong(args[0]), true, writer);
    }
  }
}
