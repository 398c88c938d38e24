package io.github.smtpstatus.log;

import io.github.smtpstatus.QuotedReply;
import io.github.smtpstatus.SmtpCommand;
import io.github.smtpstatus.StatusCode;
import java.util.ArrayList;
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
  private final String timestamp;
  private final String host;
  private final String process;
  private final String pid;
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
  private final Map<String, String> fields;

  private MailLogEntry(Builder b) {
    this.mta = b.mta;
    this.timestamp = b.timestamp;
    this.host = b.host;
    this.process = b.process;
    this.pid = b.pid;
    this.queueId = b.queueId;
    this.recipients = List.copyOf(b.recipients);
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
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(b.fields));
  }

  /** The MTA that wrote the line. */
  public Mta mta() {
    return mta;
  }

  /** The time stamp as written ({@code Mar  1 12:00:00}, {@code 2024-03-01T12:00:00.123+01:00}, {@code 2024-03-01 12:00:00}). */
  public Optional<String> timestamp() {
    return Optional.ofNullable(timestamp);
  }

  /** The host name of the syslog prefix; empty in an Exim log file, which has none. */
  public Optional<String> host() {
    return Optional.ofNullable(host);
  }

  /** The syslog tag without its process id: {@code postfix/smtp}, {@code postfix/submission/smtpd}, {@code sm-mta}, {@code exim}. */
  public Optional<String> process() {
    return Optional.ofNullable(process);
  }

  /** The process id as written: the syslog {@code [123]}, RFC 5424's PROCID, or Exim's {@code [123]} ({@code log_selector = +pid}). */
  public Optional<String> pid() {
    return Optional.ofNullable(pid);
  }

  /** The queue id (Postfix, Sendmail) or message id (Exim); empty for Postfix's {@code NOQUEUE}. */
  public Optional<String> queueId() {
    return Optional.ofNullable(queueId);
  }

  /** The recipients: Postfix's and Sendmail's {@code to=} (Sendmail lists several), Exim's address; without angle brackets. */
  public List<String> recipients() {
    return recipients;
  }

  /** The original recipient before aliasing: Postfix's {@code orig_to=}, Exim's {@code <original>} after the address. */
  public Optional<String> originalRecipient() {
    return Optional.ofNullable(originalRecipient);
  }

  /** The envelope sender where the line gives it: Postfix's {@code from=}, Exim's {@code F=}; {@code ""} for the null sender. */
  public Optional<String> sender() {
    return Optional.ofNullable(sender);
  }

  /** What became of the delivery. */
  public Outcome outcome() {
    return outcome;
  }

  /** The MTA's own {@code dsn=} code (Postfix, Sendmail); Exim writes none, see {@link #reply()}. */
  public Optional<StatusCode> dsn() {
    return Optional.ofNullable(dsn);
  }

  /**
   * Where the message went or was tried: Postfix's {@code relay=} (empty for {@code relay=none}), Exim's
   * {@code H=}, Sendmail's {@code relay=}.
   */
  public Optional<Peer> relay() {
    return Optional.ofNullable(relay);
  }

  /** For {@link Outcome#REJECTED}: the client that the logging server refused. */
  public Optional<Peer> client() {
    return Optional.ofNullable(client);
  }

  /** The total delay as written: Postfix's {@code delay=} (seconds), Sendmail's {@code delay=} ({@code [d+]hh:mm:ss}), Exim's {@code DT=}. */
  public Optional<String> delay() {
    return Optional.ofNullable(delay);
  }

  /** The SMTP reply in the line, read leniently: the remote server's, or for {@link Outcome#REJECTED} the logging server's own. */
  public Optional<QuotedReply> reply() {
    return Optional.ofNullable(reply);
  }

  /**
   * The explanation as written: Postfix's text in parentheses after {@code status=}, Exim's error after
   * the colon, Sendmail's {@code stat=}; it holds the reply, if any, or the local reason
   * ({@code connect to mx.example.net[192.0.2.1]:25: Connection timed out}).
   */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /** The SMTP command the reply answered, where the line says so. */
  public Optional<SmtpCommand> command() {
    return Optional.ofNullable(command);
  }

  /** For {@link Outcome#NOTIFIED}: the queue id of the notification that Postfix's bounce daemon queued. */
  public Optional<String> notificationQueueId() {
    return Optional.ofNullable(notificationQueueId);
  }

  /**
   * Every {@code key=value} field of the line as written, in order ({@code relay}, {@code delays},
   * {@code conn_use}, {@code xdelay}, {@code mailer}, {@code pri}, {@code R}, {@code T}, {@code X},
   * {@code proto}, {@code helo}, ...), at most {@value MailLogReader#MAX_FIELDS}; angle brackets stay.
   */
  public Map<String, String> fields() {
    return fields;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MailLogEntry that && mta == that.mta && outcome == that.outcome
        && Objects.equals(timestamp, that.timestamp) && Objects.equals(host, that.host)
        && Objects.equals(process, that.process) && Objects.equals(pid, that.pid)
        && Objects.equals(queueId, that.queueId) && recipients.equals(that.recipients)
        && Objects.equals(originalRecipient, that.originalRecipient) && Objects.equals(sender, that.sender)
        && Objects.equals(dsn, that.dsn) && Objects.equals(relay, that.relay) && Objects.equals(client, that.client)
        && Objects.equals(delay, that.delay) && Objects.equals(reply, that.reply) && Objects.equals(text, that.text)
        && command == that.command && Objects.equals(notificationQueueId, that.notificationQueueId)
        && fields.equals(that.fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mta, outcome, timestamp, host, queueId, recipients, dsn, text, fields);
  }

  /** A one-line summary for people: MTA, outcome, queue id, recipients, dsn, relay, reply or text. */
  @Override
  public String toString() {
    return mta + " " + outcome + (queueId == null ? "" : " " + queueId) + (recipients.isEmpty() ? "" : " to=" + recipients)
        + (dsn == null ? "" : " dsn=" + dsn) + (relay == null ? "" : " relay=" + relay)
        + (reply != null ? " reply=" + reply : text != null ? " text=" + text : "");
  }

  /** Collects the fields of one line; the readers fill it and {@link #build()} makes the value. */
  static final class Builder {
    Mta mta;
    String timestamp;
    String host;
    String process;
    String pid;
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
    final Map<String, String> fields = new LinkedHashMap<>();

    /** Notes a field, unless the line already gave {@value MailLogReader#MAX_FIELDS} or this key. */
    void field(String key, String value) {
      if (fields.size() < MailLogReader.MAX_FIELDS) {
        fields.putIfAbsent(key, value);
      }
    }

    MailLogEntry build() {
      return new MailLogEntry(this);
    }
  }
}
