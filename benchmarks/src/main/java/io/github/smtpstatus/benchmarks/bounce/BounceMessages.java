package io.github.smtpstatus.benchmarks.bounce;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Messages for the bounce reader's benchmarks: the Sisimai corpus read from {@code ../shared} (never
 * copied into the project), bounces generated in the shapes of real MTAs from a fixed seed, and
 * adversarial messages of a chosen size.
 */
public final class BounceMessages {

  private static final long SEED = 3464L;

  private BounceMessages() {}

  /**
   * The corpus emails in name order, or null when {@code ../shared/corpora/sisimai/emails} is not there
   * (resolved from the project root: the first folder up from the working directory that holds
   * {@code bounce-reader}).
   */
  public static byte[][] sisimai() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    while (root != null && !Files.isDirectory(root.resolve("bounce-reader"))) {
      root = root.getParent();
    }
    if (root == null) {
      return null;
    }
    Path emails = root.resolve("../shared/corpora/sisimai/emails").normalize();
    if (!Files.isDirectory(emails)) {
      return null;
    }
    try (Stream<Path> files = Files.list(emails)) {
      List<Path> sorted = files.filter(file -> file.toString().endsWith(".eml")).sorted().toList();
      byte[][] messages = new byte[sorted.size()][];
      for (int i = 0; i < messages.length; i++) {
        messages[i] = Files.readAllBytes(sorted.get(i));
      }
      return messages;
    }
  }

  /** {@code count} bounces: Postfix and Exchange reports, qmail, Exim and Sendmail prose, in turn. */
  public static byte[][] generated(int count) {
    Random random = new Random(SEED);
    byte[][] messages = new byte[count][];
    for (int i = 0; i < count; i++) {
      String user = "user" + random.nextInt(100_000) + "@example" + random.nextInt(50) + ".org";
      String code = new String[] {"5.1.1", "5.2.2", "5.7.1", "4.4.7", "5.0.0"}[random.nextInt(5)];
      String reply = (code.charAt(0) == '4' ? "451 " : "550 ") + code;
      String message = switch (i % 5) {
        case 0 -> report(user, code, "smtp; " + reply + " <" + user + ">: Recipient address rejected");
        case 1 -> report(user, "5.0.0", "smtp;" + reply + " RESOLVER.ADR.RecipientNotFound; not found");
        case 2 -> "From: MAILER-DAEMON@mx.example.net\nSubject: failure notice\n\nHi. This is the qmail-send program.\n\n<"
            + user + ">:\n192.0.2.7 does not like recipient.\nRemote host said: " + reply + " unknown\nGiving up.\n\n"
            + "--- Below this line is a copy of the message.\n\n" + original(user);
        case 3 -> "From: Mail Delivery System <Mailer-Daemon@mx.example.org>\nSubject: Mail delivery failed\n"
            + "X-Failed-Recipients: " + user + "\n\nThe following address(es) failed:\n\n  " + user
            + "\n    host mx.example.org [192.0.2.33]\n    SMTP error from remote mail server after RCPT TO:<" + user
            + ">:\n    " + reply + " Mailbox unavailable\n\n------ This is a copy of the message, including all the"
            + " headers. ------\n\n" + original(user);
        default -> "From: Mail Delivery Subsystem <MAILER-DAEMON@legacy.example.edu>\nSubject: Returned mail\n\n"
            + "   ----- The following addresses had permanent fatal errors -----\n<" + user + ">\n    (reason: "
            + reply + " User unknown)\n\n   ----- Transcript of session follows -----\n>>> RCPT To:<" + user
            + ">\n<<< " + reply + " <" + user + ">... User unknown\n\n   ----- Original message follows -----\n\n"
            + original(user);
      };
      messages[i] = message.getBytes(StandardCharsets.UTF_8);
    }
    return messages;
  }

  private static String report(String user, String status, String diagnostic) {
    return "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)\nSubject: Undelivered Mail Returned to Sender\n"
        + "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B.1/mx\"\n\n"
        + "--B.1/mx\nContent-Type: text/plain; charset=us-ascii\n\nThis is the mail system at host mx.example.net.\n\n"
        + "<" + user + ">: host mx.far.example[192.0.2.9] said: " + diagnostic.substring(diagnostic.indexOf(';') + 1)
        + "\n\n--B.1/mx\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n"
        + "Arrival-Date: Tue,  1 Dec 2026 08:59:58 +0000 (UTC)\n\nFinal-Recipient: rfc822; " + user
        + "\nOriginal-Recipient: rfc822;" + user + "\nAction: failed\nStatus: " + status
        + "\nRemote-MTA: dns; mx.far.example\nDiagnostic-Code: " + diagnostic + "\n\n--B.1/mx\n"
        + "Content-Type: message/rfc822\n\n" + original(user) + "--B.1/mx--\n";
  }

  private static String original(String user) {
    return "Return-Path: <news@example.com>\nReceived: from app.example.com by mx.example.net; Tue, 1 Dec 2026\n"
        + "Message-ID: <m." + user.hashCode() + "@example.com>\nFrom: News <news@example.com>\nTo: " + user
        + "\nSubject: Issue 42\nDate: Tue, 1 Dec 2026 08:59:57 +0000\nX-Mailer: Example 2.0.8\n\n"
        + "Version 5.5.1 is out; reply 550 5.7.1 to stop.\n";
  }

  /**
   * An adversarial message of about {@code length} octets: {@code prose} (reply, code and address
   * look-alikes on every line, nested replies, runs of brackets and at-signs), {@code report} (one
   * delivery status part of recipient groups without blank lines, unindented continuations and nested
   * replies) or {@code mime} (a boundary parameter that matches nothing, so that the reader re-reads the
   * body at the delimiter it finds, and a text part full of delimiter look-alikes) or {@code layout} (the
   * shapes only a bounce's layout makes replies of: recipient lines, replies at a line start without a
   * lead-in, after {@code : } and after Sendmail's {@code >... }, continuation lines that never end).
   */
  public static byte[] adversarial(String shape, int length) {
    StringBuilder message = new StringBuilder(length + 512);
    String block;
    switch (shape) {
      case "prose" -> {
        message.append("From: MAILER-DAEMON@mx.example.net\nSubject: Undeliverable\n\n");
        block = "<r%d@x%d.example>: said: 550-5.1.1 a 550-5.1.1 b 550 5.1.1 c <554 4.4.7 x <421 4.4.2 y> (#5.1.1)\n"
            + "    550 550 550 - : 5.1.1 a@a@a@b.c &&&&&& <<<<<< >>> RCPT TO:<r%d@x.example> ... 250 messages\n"
            + "--- copy of nothing here\n>>> 5.1.1.1 192.168.5.1.1 550-'5.7.1 <q@w.example>... denied'\n";
      }
      case "layout" -> {
        message.append("From: MAILER-DAEMON@mx.example.net\nSubject: Undeliverable\n\n");
        block = "  r%d@x%d.example\n    550-5.1.1 one\n550-5.1.1 two\n 550: : User unknown\n"
            + "responded with failure: 552 sorry (#5.2.2): 550 x: 451 y\n<a%d@b.example>... 550 Host unknown\n"
            + "554 <c%d@d.example>... 550 Host unknown >... 550 again\n550-REJECTED - listed\n";
      }
      case "report" -> {
        message.append("From: MAILER-DAEMON@mx.example.net\nMIME-Version: 1.0\n")
            .append("Content-Type: multipart/report; boundary=\"b\"\n\n--b\nContent-Type: message/delivery-status\n\n")
            .append("Reporting-MTA: dns; mx.example.net\n");
        block = "Final-Recipient: rfc822; r%d@x%d.example\nAction: failed\nStatus: 5.0.0\n"
            + "Diagnostic-Code: smtp; 554 4.4.7 expired <421 4.4.2 '450 4.2.0 <550 5.1.1 z>'> 550-5.1.1 a\n"
            + "unindented continuation 550 5.1.1 and r%d@more.example\nOriginal-Recipient: rfc822; o@x.example\n";
      }
      case "mime" -> {
        message.append("From: MAILER-DAEMON@mx.example.net\nMIME-Version: 1.0\n")
            .append("Content-Type: multipart/mixed; boundary=\"declared\"\n\n--real\nContent-Type: text/plain\n\n");
        block = "--real-not-%d\n  --other%d\n--%d\n-- real\nline 550 5.1.1 <a%d@b.example>\n";
      }
      default -> throw new IllegalArgumentException("shape " + shape);
    }
    int head = message.length();
    String tail = shape.equals("mime") ? "--real\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx\n\n"
        + "Final-Recipient: rfc822; a@b.example\nStatus: 5.1.1\n\n--real--\n" : shape.equals("report") ? "\n--b--\n" : "";
    for (int i = 0; message.length() < length - tail.length() - head / 2; i++) {
      message.append(String.format(block, i, i % 64, i % 4096, i));
    }
    return message.append(tail).toString().getBytes(StandardCharsets.UTF_8);
  }
}
