package io.github.smtpstatus.log;

import io.github.smtpstatus.QuotedReply;
import io.github.smtpstatus.SmtpCommand;
import io.github.smtpstatus.StatusCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One delivery (or one refusal, or one notification) read from one mail log line by
 * {@link MailLogReader}: what the line says, as written, with the remote server's reply read
 * leniently. A plain immutable value; what is not on the line is empty.
 *
 * <p>Equal when every field is equal. Immutable and thread-safe.
 */
public final class MailLogEntry {

  private final Mta mta;
  /** The line, of which the prefix parts and the fields are regions: their strings are made when asked for. */
  private final String line;
  private final int[] prefix;
  private final int[] regions;
  private final int fieldCount;
  private final String queueId;
  private final List<String> recipients;
  private final String originalRecipient;
  private final String sender;
  private final Outcome outcome;
  private final StatusCode dsn;
  private final Peer relay;
  private final Peer client;
  private final String delay;
  private final QuotedReply reply;
  private final String text;
  private final SmtpCommand command;
  private final String notificationQueueId;
  /** Made on the first call of {@link #fields()}; a racy cache of an immutable value, like {@code String.hash}. */
  private Map<String, String> fields;

  private MailLogEntry(Builder b) {
    this.mta = b.mta;
    this.line = b.line;
    this.prefix = b.prefix;
    this.regions = b.regions; // the builder is not used again: its array is handed over, not copied
    this.fieldCount = b.count;
    this.queueId = b.queueId;
    this.recipients = b.recipients.size() == 1 ? List.of(b.recipients.get(0)) : List.copyOf(b.recipients);
    this.originalRecipient = b.originalRecipient;
    this.sender = b.sender;
    this.outcome = Objects.requireNonNull(b.outcome, "outcome == null");
    this.dsn = b.dsn;
    this.relay = b.relay;
    this.client = b.client;
    this.delay = b.delay;
    this.reply = b.reply;
    this.text = b.text;
    this.command = b.command != null ? b.command : b.reply != null ? b.reply.command().orElse(null) : null;
    this.notificationQueueId = b.notificationQueueId;
  }

  private Optional<String> prefixPart(int part) {
    return prefix[part] < 0 ? Optional.empty() : Optional.of(line.substring(prefix[part], prefix[part + 1]));
  }

  /** {@return the MTA that wrote the line} */
  public Mta mta() {
    return mta;
  }

  /**
   * {@return the time stamp as written ({@code Mar  1 12:00:00}, {@code 2024-03-01T12:00:00.123+01:00}, {@code 2024-03-01 12:00:00})}
   */
  public Optional<String> timestamp() {
    return prefixPart(LogPrefix.TIMESTAMP);
  }

  /** {@return the host name of the syslog prefix; empty in an Exim log file, which has none} */
  public Optional<String> host() {
    return prefixPart(LogPrefix.HOST);
  }

  /**
   * {@return the syslog tag without its process id: {@code postfix/smtp}, {@code postfix/submission/smtpd}, {@code sm-mta}, {@code exim}}
   */
  public Optional<String> process() {
    return prefixPart(LogPrefix.PROCESS);
  }

  /**
   * {@return the process id as written: the syslog {@code [123]}, RFC 5424's PROCID, or Exim's {@code [123]} ({@code log_selector = +pid})}
   */
  public Optional<String> pid() {
    return prefixPart(LogPrefix.PID);
  }

  /** {@return the queue id (Postfix, Sendmail) or message id (Exim); empty for Postfix's {@code NOQUEUE}} */
  public Optional<String> queueId() {
    return Optional.ofNullable(queueId);
  }

  /**
   * {@return the recipients: Postfix's and Sendmail's {@code to=} (Sendmail lists several), Exim's address; without angle brackets}
   */
  public List<String> recipients() {
    return recipients;
  }

  /**
   * {@return the original recipient before aliasing: Postfix's {@code orig_to=}, Exim's {@code <original>} after the address}
   */
  public Optional<String> originalRecipient() {
    return Optional.ofNullable(originalRecipient);
  }

  /**
   * {@return the envelope sender where the line gives it: Postfix's {@code from=}, Exim's {@code F=}; {@code ""} for the null sender}
   */
  public Optional<String> sender() {
    return Optional.ofNullable(sender);
  }

  /** {@return what became of the delivery} */
  public Outcome outcome() {
    return outcome;
  }

  /** {@return the MTA's own {@code dsn=} code (Postfix, Sendmail); Exim writes none, see {@link #reply()}} */
  public Optional<StatusCode> dsn() {
    return Optional.ofNullable(dsn);
  }

  /**
   * Where the message went or was tried: Postfix's {@code relay=} (empty for {@code relay=none}), Exim's
   * {@code H=}, Sendmail's {@code relay=}.
   *
   * @return the relay, or empty when the line names none
   */
  public Optional<Peer> relay() {
    return Optional.ofNullable(relay);
  }

  /** {@return the client that the logging server refused, for {@link Outcome#REJECTED}} */
  public Optional<Peer> client() {
    return Optional.ofNullable(client);
  }

  /**
   * {@return the total delay as written: Postfix's {@code delay=} (seconds), Sendmail's {@code delay=} ({@code [d+]hh:mm:ss}), Exim's {@code DT=}}
   */
  public Optional<String> delay() {
    return Optional.ofNullable(delay);
  }

  /**
   * {@return the SMTP reply in the line, read leniently: the remote server's, or for {@link Outcome#REJECTED} the logging server's own}
   */
  public Optional<QuotedReply> reply() {
    return Optional.ofNullable(reply);
  }

  /**
   * The explanation as written: Postfix's text in parentheses after {@code status=}, Exim's error after
   * the colon, Sendmail's {@code stat=}; it holds the reply, if any, or the local reason
   * ({@code connect to mx.example.net[192.0.2.1]:25: Connection timed out}).
   *
   * @return the explanation, or empty when the line has none
   */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /** {@return the SMTP command the reply answered, where the line says so} */
  public Optional<SmtpCommand> command() {
    return Optional.ofNullable(command);
  }

  /**
   * {@return the queue id of the notification that Postfix's bounce daemon queued, for {@link Outcome#NOTIFIED}}
   */
  public Optional<String> notificationQueueId() {
    return Optional.ofNullable(notificationQueueId);
  }

  /**
   * Every {@code key=value} field of the line as written, in order ({@code relay}, {@code delays},
   * {@code conn_use}, {@code xdelay}, {@code mailer}, {@code pri}, {@code R}, {@code T}, {@code X},
   * {@code proto}, {@code helo}, ...), at most {@value MailLogReader#MAX_FIELDS}; angle brackets stay.
   *
   * @return the fields by key, in the order of the line (the first of a repeated key); immutable
   */
  public Map<String, String> fields() {
    Map<String, String> map = fields;
    if (map == null) {
      Map<String, String> made = new LinkedHashMap<>();
      for (int k = 0; k < 4 * fieldCount; k += 4) {
        made.putIfAbsent(line.substring(regions[k], regions[k + 1]), line.substring(regions[k + 2], regions[k + 3]));
      }
      map = Collections.unmodifiableMap(made);
      fields = map;
    }
    return map;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MailLogEntry that && mta == that.mta && outcome == that.outcome
        && timestamp().equals(that.timestamp()) && host().equals(that.host())
        && process().equals(that.process()) && pid().equals(that.pid())
        && Objects.equals(queueId, that.queueId) && recipients.equals(that.recipients)
        && Objects.equals(originalRecipient, that.originalRecipient) && Objects.equals(sender, that.sender)
        && Objects.equals(dsn, that.dsn) && Objects.equals(relay, that.relay) && Objects.equals(client, that.client)
        && Objects.equals(delay, that.delay) && Objects.equals(reply, that.reply) && Objects.equals(text, that.text)
        && command == that.command && Objects.equals(notificationQueueId, that.notificationQueueId)
        && fields().equals(that.fields());
  }

  @Override
  public int hashCode() {
    return Objects.hash(mta, outcome, timestamp(), host(), queueId, recipients, dsn, text, fields());
  }

  /** A one-line summary for people: MTA, outcome, queue id, recipients, dsn, relay, reply or text. */
  @Override
  public String toString() {
    return mta + " " + outcome + (queueId == null ? "" : " " + queueId) + (recipients.isEmpty() ? "" : " to=" + recipients)
        + (dsn == null ? "" : " dsn=" + dsn) + (relay == null ? "" : " relay=" + relay)
        + (reply != null ? " reply=" + reply : text != null ? " text=" + text : "");
  }

  /** Collects what the reader finds in one line; {@link #build()} makes the value. */
  static final class Builder {
    final String line;
    final int[] prefix;
    Mta mta;
    String queueId;
    final List<String> recipients = new ArrayList<>(1);
    String originalRecipient;
    String sender;
    Outcome outcome;
    StatusCode dsn;
    Peer relay;
    Peer client;
    String delay;
    QuotedReply reply;
    String text;
    SmtpCommand command;
    String notificationQueueId;
    /** Per field: key start, key end, value start, value end, in the line. */
    int[] regions = new int[4 * 8];
    int count;

    Builder(String line, int[] prefix) {
      this.line = line;
      this.prefix = prefix;
    }

    /**
     * Notes the field whose key and value are these regions of the line, unless the line already gave
     * {@value MailLogReader#MAX_FIELDS} fields. Where a key repeats, the first counts ({@link #get} and
     * {@link MailLogEntry#fields()} read the first).
     */
    void field(int keyStart, int keyEnd, int valueStart, int valueEnd) {
      if (count >= MailLogReader.MAX_FIELDS) {
        return;
      }
      if (4 * count == regions.length) {
        regions = Arrays.copyOf(regions, regions.length * 2);
      }
      regions[4 * count] = keyStart;
      regions[4 * count + 1] = keyEnd;
      regions[4 * count + 2] = valueStart;
      regions[4 * count + 3] = valueEnd;
      count++;
    }

    /** The value of the first field with this key, or null. */
    String get(String key) {
      int k = find(key, 0, key.length());
      return k < 0 ? null : line.substring(regions[k + 2], regions[k + 3]);
    }

    /** The value of the first field with this key without the angle brackets around it, or null. */
    String address(String key) {
      int k = find(key, 0, key.length());
      if (k < 0) {
        return null;
      }
      int start = regions[k + 2];
      int end = regions[k + 3];
      boolean angled = end - start >= 2 && line.charAt(start) == '<' && line.charAt(end - 1) == '>';
      return angled ? line.substring(start + 1, end - 1) : line.substring(start, end);
    }

    boolean has(String key) {
      return find(key, 0, key.length()) >= 0;
    }

    /** The index of the first field with this key, for {@link #valueStart} and {@link #valueEnd}, or -1. */
    int index(String key) {
      return find(key, 0, key.length());
    }

    int valueStart(int index) {
      return regions[index + 2];
    }

    int valueEnd(int index) {
      return regions[index + 3];
    }

    /** The index in {@link #regions} of the field whose key is {@code key[from, from + length)}, or -1. */
    private int find(String key, int from, int length) {
      for (int k = 0; k < 4 * count; k += 4) {
        if (regions[k + 1] - regions[k] == length && line.regionMatches(regions[k], key, from, length)) {
          return k;
        }
      }
      return -1;
    }

    MailLogEntry build() {
      return new MailLogEntry(this);
    }
  }
}
