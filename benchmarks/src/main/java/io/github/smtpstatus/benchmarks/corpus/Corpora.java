package io.github.smtpstatus.benchmarks.corpus;

import java.util.Locale;
import java.util.Random;

/**
 * The texts the {@code findAll} benchmarks search, generated from fixed seeds so that every run, on
 * every JDK, sees the same characters: {@link Random} is specified to the bit.
 *
 * <ul>
 *   <li>{@link #realistic(int)}: what a bounce processor reads. Postfix log lines (sent, deferred,
 *       bounced, rejected), RFC 3464 delivery status reports, Exchange and Exim non-delivery bodies,
 *       full of look-alikes that must not match: IP addresses ({@code 10.5.1.1}), versions
 *       ({@code 15.20.7472.38}, {@code 3.5.13}), dates and times, delays ({@code 0.5/0.01/1.2}).
 *   <li>{@link #adversarial(int)}: long runs of digits and dots, where every {@code 2}, {@code 4} or
 *       {@code 5} could start a code and most candidates fail late ({@code 5.1.1.5.1.1...},
 *       {@code 255.255.255.255.5.1.1}, {@code 5.1.1000}). A scanner that backtracks or rescans shows
 *       it here as a cost per byte that grows with the length.
 * </ul>
 */
public final class Corpora {

  /** One kibibyte, 1,024 characters. */
  public static final int KB = 1024;

  /** One mebibyte, 1,048,576 characters. */
  public static final int MB = 1024 * 1024;

  private static final long REALISTIC_SEED = 3463L;
  private static final long ADVERSARIAL_SEED = 5321L;

  private static final String[] HOSTS = {
      "mx1.example.org", "mail.example.net", "smtp.example.com", "aspmx.l.google.com", "mx.example.co.uk",
      "example-com.mail.protection.outlook.com", "mta5.am0.yahoodns.net", "mx01.mail.example.de"};
  private static final String[] USERS = {"alice", "bob", "carol", "dave", "info", "noreply", "sales", "j.smith"};
  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
      "Nov", "Dec"};
  private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

  /** Rejections as servers word them: reply code, enhanced code, text; some unregistered (5.7.606, 4.7.650). */
  private static final String[][] REJECTIONS = {
      {"550", "5.1.1", "<%s>: Recipient address rejected: User unknown in virtual mailbox table"},
      {"550", "5.1.1", "The email account that you tried to reach does not exist. Please try double-checking"
          + " the recipient's email address for typos or unnecessary spaces."},
      {"552", "5.2.2", "<%s>: Mailbox full, quota exceeded"},
      {"554", "5.7.1", "Service unavailable; Client host [%s] blocked using zen.spamhaus.org"},
      {"550", "5.7.606", "Access denied, banned sending IP [%s]. To request removal from this list please visit"
          + " https://sender.office.com/ and follow the directions."},
      {"451", "4.7.1", "Greylisted, please try again in 300 seconds"},
      {"421", "4.7.0", "[%s] Our system has detected an unusual rate of unsolicited mail originating from your"
          + " IP address."},
      {"450", "4.2.1", "The user you are trying to contact is receiving mail at a rate that prevents additional"
          + " messages from being delivered."},
      {"451", "4.7.650", "The mail server [%s] has been temporarily rate limited due to IP reputation."},
      {"550", "5.4.1", "Recipient address rejected: Access denied. AS(201806281)"},
      {"553", "5.1.3", "The recipient address <%s> is not a valid RFC-5321 address."},
      {"550", "5.7.26", "This mail has been blocked because the sender is unauthenticated."},
      {"554", "5.6.0", "Message content rejected, UBE, id=20240314-1234-5678"},
      {"452", "4.5.3", "Too many recipients"}};

  private Corpora() {}

  /** Realistic bounce-processing text of exactly {@code length} characters, the same for every call. */
  public static String realistic(int length) {
    Random random = new Random(REALISTIC_SEED);
    StringBuilder text = new StringBuilder(length + 4096);
    while (text.length() < length) {
      int kind = random.nextInt(10);
      if (kind < 6) {
        postfixLine(random, text);
      } else if (kind < 8) {
        deliveryStatusReport(random, text);
      } else if (kind < 9) {
        exchangeReport(random, text);
      } else {
        eximReport(random, text);
      }
    }
    text.setLength(length);
    return text.toString();
  }

  /**
   * Runs of digits and dots of exactly {@code length} characters, the same for every call; a shorter
   * text is a prefix of a longer one.
   *
   * <p>The text is a sequence of {@link #KB} blocks, each holding one run of each of six kinds in random
   * order and of random lengths (one run takes up to half the block), every run followed by one
   * separator ({@code ' '}, {@code '\n'}, {@code '-'} or {@code '('}), and at the end of the block one
   * real code, {@code 5.1.1 }, so that each block has exactly one match. So 1 KiB, 64 KiB and 1 MiB have
   * the same make-up and differ in length only, which is what a comparison of their cost per byte needs.
   */
  public static String adversarial(int length) {
    Random random = new Random(ADVERSARIAL_SEED);
    StringBuilder text = new StringBuilder(length + KB);
    int kinds = 6;
    String match = "5.1.1 ";
    while (text.length() < length) {
      int[] order = shuffledKinds(random, kinds);
      int[] weights = new int[kinds];
      int total = 0;
      for (int k = 0; k < kinds; k++) {
        weights[k] = 1 + random.nextInt(8);
        total += weights[k];
      }
      int room = KB - kinds - match.length(); // one separator after each run, one match at the end
      int used = 0;
      for (int k = 0; k < kinds; k++) {
        int runLength = k == kinds - 1 ? room - used : room * weights[k] / total;
        used += runLength;
        int start = text.length();
        appendRun(random, order[k], text, runLength);
        text.setLength(start + runLength);
        text.append(" \n-(".charAt(random.nextInt(4)));
      }
      text.append(match);
    }
    text.setLength(length);
    return text.toString();
  }

  private static int[] shuffledKinds(Random random, int kinds) {
    int[] order = new int[kinds];
    for (int k = 0; k < kinds; k++) {
      order[k] = k;
    }
    for (int k = kinds - 1; k > 0; k--) {
      int other = random.nextInt(k + 1);
      int swap = order[k];
      order[k] = order[other];
      order[other] = swap;
    }
    return order;
  }

  /** At least {@code runLength} characters of one kind of run; the caller cuts the excess. */
  private static void appendRun(Random random, int kind, StringBuilder text, int runLength) {
    int start = text.length();
    switch (kind) {
      case 0 -> { // digits and dots at random, class digits favoured
        while (text.length() - start < runLength) {
          int pick = random.nextInt(10);
          text.append(pick < 3 ? '.' : pick < 7 ? "245".charAt(random.nextInt(3)) : (char) ('0' + random.nextInt(10)));
        }
      }
      case 1 -> { // codes glued into one dotted token: every part could start a code
        while (text.length() - start < runLength) {
          text.append("245".charAt(random.nextInt(3))).append('.').append(random.nextInt(10)).append('.')
              .append(1 + random.nextInt(9)).append('.');
        }
      }
      case 2 -> { // one long number
        while (text.length() - start < runLength) {
          text.append((char) ('0' + random.nextInt(10)));
        }
      }
      case 3 -> { // dotted quads running into a code
        while (text.length() - start < runLength) {
          text.append(random.nextInt(256)).append('.').append(random.nextInt(256)).append('.')
              .append(random.nextInt(256)).append('.').append(random.nextInt(256)).append(".5.1.1.");
        }
      }
      case 4 -> { // near misses glued together: too long, leading zeros, a fourth part
        String[] misses = {"5.1.1000", "5.01.1", "4.4.07", "2.0.0.0", "5.1234.1", "55.1.1", "5.1.1.4"};
        while (text.length() - start < runLength) {
          text.append(misses[random.nextInt(misses.length)]);
        }
      }
      default -> { // codes run together through their details
        while (text.length() - start < runLength) {
          text.append("5.").append(random.nextInt(8)).append('.').append(random.nextInt(1000))
              .append(random.nextInt(10));
        }
      }
    }
  }

  private static void postfixLine(Random random, StringBuilder text) {
    String queueId = queueId(random);
    String prefix = syslogDate(random) + " mx" + (1 + random.nextInt(4)) + " postfix/";
    String recipient = address(random);
    String host = pick(random, HOSTS);
    String ip = ip(random);
    String delays = "delay=" + seconds(random) + ", delays=" + seconds(random) + "/" + seconds(random) + "/"
        + seconds(random) + "/" + seconds(random);
    switch (random.nextInt(6)) {
      case 0 -> text.append(prefix).append("smtp[").append(pid(random)).append("]: ").append(queueId)
          .append(": to=<").append(recipient).append(">, relay=").append(host).append('[').append(ip)
          .append("]:25, ").append(delays).append(", dsn=2.0.0, status=sent (250 2.0.0 OK ")
          .append(1_700_000_000 + random.nextInt(100_000_000)).append(' ').append(queueId.toLowerCase())
          .append(".").append(random.nextInt(100)).append(" - gsmtp)\n");
      case 1, 2 -> {
        String[] rejection = pick(random, REJECTIONS);
        String status = rejection[1].startsWith("5") ? "bounced" : "deferred";
        text.append(prefix).append("smtp[").append(pid(random)).append("]: ").append(queueId).append(": to=<")
            .append(recipient).append(">, relay=").append(host).append('[').append(ip).append("]:25, ")
            .append(delays).append(", dsn=").append(rejection[1]).append(", status=").append(status)
            .append(" (host ").append(host).append('[').append(ip).append("] said: ").append(rejection[0])
            .append(' ').append(rejection[1]).append(' ').append(fill(rejection[2], recipient, ip))
            .append(" (in reply to RCPT TO command))\n");
      }
      case 3 -> text.append(prefix).append("smtp[").append(pid(random)).append("]: ").append(queueId)
          .append(": to=<").append(recipient).append(">, relay=none, ").append(delays)
          .append(", dsn=4.4.1, status=deferred (connect to ").append(host).append('[').append(ip)
          .append("]:25: Connection timed out)\n");
      case 4 -> {
        String[] rejection = pick(random, REJECTIONS);
        text.append(prefix).append("smtpd[").append(pid(random)).append("]: NOQUEUE: reject: RCPT from unknown[")
            .append(ip).append("]: ").append(rejection[0]).append(' ').append(rejection[1]).append(' ')
            .append(fill(rejection[2], recipient, ip)).append("; from=<").append(address(random)).append("> to=<")
            .append(recipient).append("> proto=ESMTP helo=<").append(pick(random, HOSTS)).append(">\n");
      }
      default -> text.append(prefix).append("smtpd[").append(pid(random)).append("]: connect from unknown[")
          .append(ip).append("]\n").append(prefix).append("qmgr[").append(pid(random)).append("]: ")
          .append(queueId).append(": from=<").append(address(random)).append(">, size=")
          .append(500 + random.nextInt(200_000)).append(", nrcpt=1 (queue active)\n")
          .append(prefix).append("smtpd[").append(pid(random)).append("]: warning: TLS library problem:"
              + " error:0A000126:SSL routines::unexpected eof while reading:ssl/record/rec_layer_s3.c:")
          .append(300 + random.nextInt(400)).append(": OpenSSL 3.0.").append(random.nextInt(16)).append('\n');
    }
  }

  private static void deliveryStatusReport(Random random, StringBuilder text) {
    String[] rejection = pick(random, REJECTIONS);
    String recipient = address(random);
    String host = pick(random, HOSTS);
    String ip = ip(random);
    text.append("This is the mail system at host ").append(pick(random, HOSTS)).append(".\n\n")
        .append("I'm sorry to have to inform you that your message could not\nbe delivered to one or more"
            + " recipients. It's attached below.\n\n")
        .append("<").append(recipient).append(">: host ").append(host).append('[').append(ip)
        .append("] said: ").append(rejection[0]).append('-').append(rejection[1]).append(' ')
        .append(fill(rejection[2], recipient, ip)).append("\n\n")
        .append("Reporting-MTA: dns; ").append(pick(random, HOSTS)).append('\n')
        .append("X-Postfix-Queue-ID: ").append(queueId(random)).append('\n')
        .append("Arrival-Date: ").append(rfc5322Date(random)).append("\n\n")
        .append("Final-Recipient: rfc822; ").append(recipient).append('\n')
        .append("Original-Recipient: rfc822;").append(recipient).append('\n')
        .append("Action: ").append(rejection[1].startsWith("5") ? "failed" : "delayed").append('\n')
        .append("Status: ").append(rejection[1]).append('\n')
        .append("Remote-MTA: dns; ").append(host).append('\n')
        .append("Diagnostic-Code: smtp; ").append(rejection[0]).append(' ').append(rejection[1]).append(' ')
        .append(fill(rejection[2], recipient, ip)).append("\n\n");
  }

  private static void exchangeReport(Random random, StringBuilder text) {
    String recipient = address(random);
    String server = "AM" + (1 + random.nextInt(9)) + "PR0" + random.nextInt(10) + "MB" + (1000 + random.nextInt(9000))
        + ".eurprd0" + random.nextInt(10) + ".prod.outlook.com";
    boolean notFound = random.nextBoolean();
    text.append("Delivery has failed to these recipients or groups:\n\n").append(recipient).append('\n')
        .append(notFound ? "The email address you entered couldn't be found." : "Your message wasn't delivered"
            + " because the recipient's mailbox is full.").append("\n\n")
        .append("Diagnostic information for administrators:\n\nGenerating server: ").append(server).append("\n\n")
        .append(recipient).append("\nRemote Server returned '")
        .append(notFound ? "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
            : "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded")
        .append("'\n\nOriginal message headers:\n\nReceived: from DB").append(random.nextInt(10)).append("PR0")
        .append(random.nextInt(10)).append("MB").append(1000 + random.nextInt(9000))
        .append(".eurprd04.prod.outlook.com (2603:10a6:10:").append(Integer.toHexString(random.nextInt(4096)))
        .append("::").append(random.nextInt(100)).append(") by ").append(server)
        .append(" with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.")
        .append(7000 + random.nextInt(999)).append('.').append(random.nextInt(50)).append("; ")
        .append(rfc5322Date(random)).append("\nX-MS-Exchange-Transport-CrossTenantHeadersStamped: ").append(server)
        .append("\nX-Mailer: Microsoft Outlook 16.0.").append(10000 + random.nextInt(9000)).append('.')
        .append(random.nextInt(30000)).append("\n\n");
  }

  private static void eximReport(Random random, StringBuilder text) {
    String[] rejection = pick(random, REJECTIONS);
    String recipient = address(random);
    String host = pick(random, HOSTS);
    String ip = ip(random);
    text.append("This message was created automatically by mail delivery software (Exim 4.9")
        .append(random.nextInt(8)).append(").\n\nA message that you sent could not be delivered to one or more of"
            + " its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  ")
        .append(recipient).append("\n    host ").append(host).append(" [").append(ip).append("]\n")
        .append("    SMTP error from remote mail server after RCPT TO:<").append(recipient).append(">:\n    ")
        .append(rejection[0]).append(' ').append(rejection[1]).append(' ').append(fill(rejection[2], recipient, ip))
        .append("\n\n------ This is a copy of the message's headers. ------\n\nReceived: from [").append(ip(random))
        .append("] (port=").append(1024 + random.nextInt(60000)).append(" helo=").append(pick(random, HOSTS))
        .append(")\n\tby ").append(host).append(" with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.96.")
        .append(random.nextInt(3)).append(")\n\tid 1r").append(queueId(random)).append("; ").append(rfc5322Date(random))
        .append("\nDate: ").append(rfc5322Date(random)).append("\nUser-Agent: Mozilla Thunderbird 115.")
        .append(random.nextInt(20)).append('.').append(random.nextInt(5)).append("\n\n");
  }

  /** A rejection text with the recipient in {@code <%s>} or the client address in {@code [%s]}. */
  private static String fill(String template, String recipient, String ip) {
    return String.format(Locale.ROOT, template, template.contains("[%s]") ? ip : recipient);
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String address(Random random) {
    return pick(random, USERS) + (random.nextBoolean() ? "" : String.valueOf(random.nextInt(100))) + "@"
        + pick(random, HOSTS).replaceFirst("^(mx\\d*|mail|smtp|mta\\d)\\.", "");
  }

  /** IPv4 addresses, biased towards octets that look like code parts (5, 4, 2, 1). */
  private static String ip(Random random) {
    StringBuilder ip = new StringBuilder(15);
    for (int i = 0; i < 4; i++) {
      ip.append(i == 0 ? "" : ".").append(random.nextInt(3) == 0 ? random.nextInt(6) : random.nextInt(256));
    }
    return ip.toString();
  }

  private static String queueId(Random random) {
    return Long.toHexString(0x10000000000L + (random.nextLong() & 0xffffffffffL)).toUpperCase();
  }

  private static int pid(Random random) {
    return 1000 + random.nextInt(60000);
  }

  private static String seconds(Random random) {
    return random.nextInt(5) + "." + random.nextInt(100);
  }

  private static String syslogDate(Random random) {
    return pick(random, MONTHS) + " " + (1 + random.nextInt(28)) + " " + time(random);
  }

  private static String rfc5322Date(Random random) {
    return pick(random, DAYS) + ", " + (1 + random.nextInt(28)) + " " + pick(random, MONTHS) + " 2024 " + time(random)
        + (random.nextBoolean() ? " +0000" : " +0100 (CET)");
  }

  private static String time(Random random) {
    return String.format(Locale.ROOT, "%02d:%02d:%02d", random.nextInt(24), random.nextInt(60), random.nextInt(60));
  }
}
