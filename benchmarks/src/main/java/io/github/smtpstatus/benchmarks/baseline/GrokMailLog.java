package io.github.smtpstatus.benchmarks.baseline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mail-log parsing people run today: grok patterns (Logstash's {@code grok-patterns} building blocks
 * such as {@code SYSLOGBASE}, {@code POSTFIX_QUEUEID}, {@code EXIM_MSGID}, composed into one pattern per
 * line shape with named captures), tried in order until one matches, then a second pattern for the
 * reply inside the text. Written for the same lines as {@code MailLogReader} and checked to give the same
 * answers on the benchmark's lines by {@code GrokMailLogAgreementTest}.
 */
public final class GrokMailLog {

  // Building blocks, named and composed the way grok pattern files do.
  private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
  private static final String SYSLOGTIMESTAMP = MONTH + " +\\d{1,2} \\d{2}:\\d{2}:\\d{2}";
  private static final String TIMESTAMP_ISO8601 =
      "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?";
  private static final String SYSLOGBASE = "(?<timestamp>" + SYSLOGTIMESTAMP + "|" + TIMESTAMP_ISO8601
      + ") (?<host>\\S+) (?<program>[\\w._/%-]+)(?:\\[(?<pid>\\d+)\\])?: ";
  private static final String POSTFIX_QUEUEID = "(?<queueid>[0-9A-F]{6,}|[0-9a-zA-Z]{12,}|NOQUEUE)";
  private static final String EMAILADDRESS = "[^>]*";
  private static final String ECODE = "[245]\\.\\d{1,3}\\.\\d{1,3}";
  private static final String RELAY = "(?<relayhost>[^\\[,]+)(?:\\[(?<relayaddr>[^\\]]+)\\](?::(?<relayport>\\d+))?)?";

  private static final Pattern POSTFIX_DELIVERY = Pattern.compile("^" + SYSLOGBASE + POSTFIX_QUEUEID
      + ": to=<(?<to>" + EMAILADDRESS + ")>, (?:orig_to=<(?<origto>" + EMAILADDRESS + ")>, )?relay=" + RELAY
      + ", (?:conn_use=\\d+, )?delay=(?<delay>[\\d.]+), delays=(?<delays>[\\d./]+), (?:tls=[^,]+, )?dsn=(?<dsn>"
      + ECODE + "), status=(?<status>sent|deferred|bounced|expired|SOFTBOUNCE) \\((?<text>.*)\\)$");
  private static final Pattern POSTFIX_REJECT = Pattern.compile("^" + SYSLOGBASE + POSTFIX_QUEUEID
      + ": reject: (?<command>\\S+) from (?<client>[^:\\s]+(?::\\d+)?): (?<text>.*?); from=<(?<from>" + EMAILADDRESS
      + ")> to=<(?<to>" + EMAILADDRESS + ")> proto=(?<proto>\\S+) helo=<(?<helo>[^>]*)>$");
  private static final Pattern POSTFIX_EXPIRED = Pattern.compile("^" + SYSLOGBASE + POSTFIX_QUEUEID
      + ": from=<(?<from>" + EMAILADDRESS + ")>, status=expired, (?<text>.*)$");
  private static final Pattern POSTFIX_NOTIFICATION = Pattern.compile("^" + SYSLOGBASE + POSTFIX_QUEUEID
      + ": (?<text>\\w+ [\\w -]+ notification): (?<notification>\\w+)$");
  private static final Pattern EXIM = Pattern.compile("^(?<timestamp>" + TIMESTAMP_ISO8601
      + ") (?:\\[(?<pid>\\d+)\\] )?(?<queueid>[0-9A-Za-z]{6}-[0-9A-Za-z]{6}-[0-9A-Za-z]{2}) (?<flag>=>|->|>>|\\*>|\\*\\*|==)"
      + " (?<to>\\S+?)(?: <(?<origto>[^>]+)>)?(?: R=(?<router>\\S+?))?(?: T=(?<transport>\\S+?))?"
      + "(?: defer \\((?<errno>-?\\d+)\\))?(?: H=(?<relayhost>\\S+) \\[(?<relayaddr>[^\\]]+)\\](?::(?<relayport>\\d+))?)?"
      + "(?<rest>(?::| ).*)?$");
  private static final Pattern SENDMAIL = Pattern.compile("^" + SYSLOGBASE + "(?<queueid>\\w+): to=<?(?<to>[^,>]+)>?"
      + "(?:,[^,]+)*, (?:ctladdr=.+?, )?delay=(?<delay>[\\d:+]+), (?:xdelay=[\\d:+]+, )?mailer=(?<mailer>\\S+?),"
      + " pri=\\d+, (?:relay=(?<relayhost>\\S+?)(?: \\[(?<relayaddr>[^\\]]+)\\])?, )?(?:dsn=(?<dsn>" + ECODE
      + "), )?stat=(?<stat>.*)$");
  private static final List<Pattern> SHAPES = List.of(POSTFIX_DELIVERY, POSTFIX_REJECT, POSTFIX_EXPIRED,
      POSTFIX_NOTIFICATION, EXIM, SENDMAIL);

  /** The reply in a text: after {@code said:}, a colon or at the start, or in Exim's {@code C="..."}. */
  private static final Pattern REPLY = Pattern.compile("(?:^|said: |: |C=\")(?<code>[2-5][0-5]\\d)[ -](?:(?<ecode>"
      + ECODE + ")(?: |$|\"))?");

  private GrokMailLog() {}

  /** The entry the patterns find in the line, or null. */
  public static GrokEntry parse(String line) {
    for (Pattern shape : SHAPES) {
      Matcher m = shape.matcher(line);
      if (m.matches()) {
        return entry(shape, m);
      }
    }
    return null;
  }

  private static GrokEntry entry(Pattern shape, Matcher m) {
    String mta = shape == EXIM ? "EXIM" : shape == SENDMAIL ? "SENDMAIL" : "POSTFIX";
    String outcome;
    String text;
    String relay = null;
    String queueId = m.group("queueid");
    if (shape == POSTFIX_DELIVERY) {
      String status = m.group("status");
      outcome = switch (status) {
        case "sent" -> "SENT";
        case "bounced" -> "BOUNCED";
        case "expired" -> "EXPIRED";
        default -> "DEFERRED";
      };
      text = m.group("text");
      relay = "none".equals(m.group("relayhost")) ? null : relay(m, true);
    } else if (shape == POSTFIX_REJECT) {
      outcome = "REJECTED";
      text = m.group("text");
      queueId = queueId.equals("NOQUEUE") ? null : queueId;
    } else if (shape == POSTFIX_EXPIRED) {
      return new GrokEntry(mta, "EXPIRED", queueId, null, null, null, -1, null);
    } else if (shape == POSTFIX_NOTIFICATION) {
      return new GrokEntry(mta, "NOTIFIED", queueId, null, null, null, -1, null);
    } else if (shape == EXIM) {
      outcome = switch (m.group("flag")) {
        case "**" -> "BOUNCED";
        case "==" -> "DEFERRED";
        case "*>" -> "SUPPRESSED";
        default -> "SENT";
      };
      text = m.group("rest");
      relay = relay(m, true);
    } else {
      String stat = m.group("stat");
      outcome = stat.startsWith("Sent") ? "SENT" : stat.startsWith("Deferred") ? "DEFERRED" : "BOUNCED";
      text = stat.startsWith("Deferred: ") ? stat.substring("Deferred: ".length()) : null;
      relay = relay(m, false);
    }
    int code = -1;
    String ecode = null;
    if (text != null) {
      Matcher reply = REPLY.matcher(text);
      if (reply.find()) {
        code = Integer.parseInt(reply.group("code"));
        ecode = reply.group("ecode");
      }
    }
    String dsn = shape == EXIM || shape == POSTFIX_REJECT ? null : m.group("dsn");
    return new GrokEntry(mta, outcome, queueId, m.group("to"), dsn, relay, code, ecode);
  }

  /** {@code host[address]:port} from the relay groups, which the delivery shapes have. */
  private static String relay(Matcher m, boolean withPort) {
    String host = m.group("relayhost");
    String address = m.group("relayaddr");
    String port = withPort ? m.group("relayport") : null;
    if (host == null && address == null) {
      return null;
    }
    return (host == null ? "" : host) + (address == null ? "" : "[" + address + "]") + (port == null ? "" : ":" + port);
  }

  /** What both readers give for a line, to compare: MTA, outcome, queue id, first recipient, dsn, relay, reply. */
  public record GrokEntry(String mta, String outcome, String queueId, String recipient, String dsn, String relay,
      int replyCode, String replyEnhancedCode) {}
}
