package io.github.smtpstatus.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a Postfix-style mail log of a given size, the same bytes for the same size: the input of the
 * large-input test and of {@code benchmarks/cli-scan.sh}. A message's life as Postfix logs it (smtpd
 * connect, cleanup, qmgr, one delivery line per recipient: sent, deferred or bounced with the remote
 * reply, removed); about a third of the lines are delivery lines.
 *
 * <p>{@code java -cp cli/target/test-classes io.github.smtpstatus.cli.MailLogGenerator 1GiB > mail.log}
 */
public final class MailLogGenerator {

  private static final String[] DOMAINS = {"example.com", "example.net", "example.org", "mail.example",
    "corp.example", "shop.example"};
  private static final String[][] OUTCOMES = {
    {"2.0.0", "sent", "250 2.0.0 Ok: queued as %s"},
    {"2.0.0", "sent", "250 2.0.0 OK 1741000000 x12si345678ejq.12 - gsmtp"},
    {"5.1.1", "bounced", "host mx.%s[192.0.2.10] said: 550 5.1.1 <%s>: Recipient address rejected: User unknown in "
        + "virtual mailbox table (in reply to RCPT TO command)"},
    {"4.2.2", "deferred", "host mx.%s[192.0.2.11] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)"},
    {"5.7.1", "bounced", "host mx.%s[192.0.2.12] said: 550 5.7.1 Message rejected due to local policy (in reply to "
        + "end of DATA command)"},
    {"4.4.1", "deferred", "connect to mx.%s[192.0.2.13]:25: Connection timed out"},
    {"5.7.606", "bounced", "host %s.mail.protection.outlook.com[203.0.113.44] said: 550 5.7.606 Access denied, "
        + "banned sending IP [198.51.100.7]. (in reply to RCPT TO command)"},
  };

  private final SplittableRandom random = new SplittableRandom(20250303L);
  private final StringBuilder line = new StringBuilder(512);
  private long second;
  private int queue = 0x10000;

  /** Writes about {@code bytes} bytes (whole lines) to {@code out}. */
  public long write(OutputStream out, long bytes) throws IOException {
    long written = 0;
    while (written < bytes) {
      written += message(out);
    }
    return written;
  }

  private long message(OutputStream out) throws IOException {
    String id = String.format(Locale.ROOT, "%X%05X", random.nextInt(16), queue++ & 0xFFFFF);
    int pid = 1000 + random.nextInt(30000);
    long written = emit(out, "postfix/smtpd[" + pid + "]", "connect from client" + random.nextInt(500)
        + ".example.net[198.51.100." + random.nextInt(255) + "]");
    written += emit(out, "postfix/smtpd[" + pid + "]", id + ": client=client.example.net[198.51.100.20]");
    written += emit(out, "postfix/cleanup[" + (pid + 1) + "]", id + ": message-id=<" + id + "@mx1.example.org>");
    int recipients = 1 + random.nextInt(3);
    written += emit(out, "postfix/qmgr[880]", id + ": from=<news@example.org>, size=" + (1000 + random.nextInt(90000))
        + ", nrcpt=" + recipients + " (queue active)");
    for (int r = 0; r < recipients; r++) {
      String domain = DOMAINS[random.nextInt(DOMAINS.length)];
      String to = "user" + random.nextInt(100_000) + "@" + domain;
      String[] outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
      String text = outcome[2].contains("queued as") ? String.format(Locale.ROOT, outcome[2], id)
          : String.format(Locale.ROOT, outcome[2], domain, to);
      written += emit(out, "postfix/smtp[" + (pid + 2) + "]", id + ": to=<" + to + ">, relay=mx." + domain
          + "[192.0.2." + random.nextInt(255) + "]:25, delay=" + random.nextInt(9) + "." + random.nextInt(9)
          + ", delays=0.1/0.01/0.6/0.5, dsn=" + outcome[0] + ", status=" + outcome[1] + " (" + text + ")");
    }
    written += emit(out, "postfix/qmgr[880]", id + ": removed");
    written += emit(out, "postfix/smtpd[" + pid + "]", "disconnect from client.example.net[198.51.100.20] ehlo=1 "
        + "mail=1 rcpt=" + recipients + " data=1 quit=1 commands=" + (recipients + 4));
    return written;
  }

  private long emit(OutputStream out, String program, String message) throws IOException {
    second++;
    line.setLength(0);
    line.append("Mar ").append(String.format(Locale.ROOT, "%2d %02d:%02d:%02d", 1 + (second / 86400) % 28,
        (second / 3600) % 24, (second / 60) % 60, second % 60)).append(" mx1 ").append(program).append(": ")
        .append(message).append('\n');
    byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
    out.write(bytes);
    return bytes.length;
  }

  /** Parses {@code 300MB}, {@code 1GiB}, {@code 4096}. */
  static long size(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    long unit = 1;
    String[][] units = {{"GIB", "1073741824"}, {"MIB", "1048576"}, {"KIB", "1024"}, {"GB", "1000000000"},
      {"MB", "1000000"}, {"KB", "1000"}};
    for (String[] each : units) {
      if (upper.endsWith(each[0])) {
        unit = Long.parseLong(each[1]);
        upper = upper.substring(0, upper.length() - each[0].length());
        break;
      }
    }
    return Long.parseLong(upper.strip()) * unit;
  }

  /** Writes a log of the size given as the only argument to standard output. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: MailLogGenerator SIZE   (e.g. 300MB, 1GiB)");
      System.exit(2);
    }
    try (OutputStream out = new BufferedOutputStream(System.out, 1 << 16)) {
      new MailLogGenerator().write(out, size(args[0]));
    }
  }
}
