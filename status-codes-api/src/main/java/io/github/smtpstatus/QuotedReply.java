package io.github.smtpstatus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An SMTP reply as another MTA quoted it: in a DSN's {@code Diagnostic-Code}, a bounce's prose or a
 * log line, read leniently, with every repair reported. {@link SmtpReply#parse} stays exact to RFC
 * 5321; this reads what real MTAs write instead, and says what it had to repair.
 *
 * <pre>{@code
 * QuotedReply quoted = QuotedReply.parse("550-5.7.1 [192.0.2.1] Our system has detected that this"
 *     + " message is 550-5.7.1 likely unsolicited mail. 550 5.7.1 Please visit ... - gsmtp");
 * quoted.reply().code();           // 550
 * quoted.reply().lines().size();   // 3
 * quoted.repairs();                // [FLATTENED: the lines of a multi-line reply were joined ...]
 * QuotedReply.parse(text, Set.of()); // strict: throws unless no repair is needed
 * }</pre>
 *
 * <h2>What is repaired</h2>
 *
 * <p>A text that {@link SmtpReply#tryParse} accepts comes back as that reply with no repair (but for
 * the code form below). Otherwise these repairs are made, each reported as a {@link ReplyFinding} of
 * its {@link ReplyFinding.Kind#isRepair() repair kind}:
 *
 * <ul>
 *   <li>{@link ReplyFinding.Kind#SURROUNDING_SPACE}: spaces, tabs and line breaks around the reply.
 *   <li>{@link ReplyFinding.Kind#QUOTED}: the reply between {@code "} or {@code '} quotes, or a
 *       line's text between quotes when it starts with an enhanced code ({@code 550-'5.7.1 ...'}).
 *   <li>{@link ReplyFinding.Kind#FLATTENED}: the lines of a multi-line reply joined with white space
 *       on one line, as Postfix writes them, are split again, by the rule below.
 *   <li>{@link ReplyFinding.Kind#WRAPPED}: a line break followed by a space or tab inside a line's text
 *       (Postfix wraps its bounce text so) is read as one space.
 *   <li>{@link ReplyFinding.Kind#TRUNCATED}: a reply that ends on a continuation line (Sendmail keeps
 *       only the first line of {@code 552-5.7.0 ...}) has its last line read as the final one.
 *   <li>{@link ReplyFinding.Kind#NONSTANDARD_CODE_FORM}: an enhanced code written {@code #5.1.0} or
 *       {@code (#5.1.1)} at the start of a line's text is read as {@code 5.1.0} or {@code 5.1.1}.
 * </ul>
 *
 * <h2>Where a flattened reply is split</h2>
 *
 * <p>Only a reply whose first line is a continuation line ({@code NNN-}) can be flattened; a reply that
 * starts {@code NNN } is one line, whatever its text holds. In it, a new line starts where, after white
 * space, the reply's own line prefix repeats: its reply code, then {@code -} or a space (the final
 * line), and, when the first line carries an enhanced code, that same code followed by white space or
 * the end. Splitting stops at the final line. After a real line break the reply code alone starts a
 * line, as in the strict grammar.
 *
 * <table>
 *   <caption>Examples (first line {@code 550-5.7.1})</caption>
 *   <tr><th>text after the first line</th><th>split?</th></tr>
 *   <tr><td>{@code ... try 550-5.7.1 again}, {@code ... at 550 5.7.1 https://...}</td><td>yes</td></tr>
 *   <tr><td>{@code ... see 550-5.7.2 below} (another enhanced code)</td><td>no</td></tr>
 *   <tr><td>{@code ... code 551-5.7.1 here} (another reply code)</td><td>no</td></tr>
 *   <tr><td>{@code ...x550-5.7.1} (no white space before), {@code 550-5.7.10} (longer code)</td><td>no</td></tr>
 * </table>
 *
 * <p>A reply starting {@code 550-First line} (no enhanced code) splits at every {@code 550-} or
 * {@code 550 } after white space.
 *
 * <h2>Nested replies</h2>
 *
 * <p>A relaying MTA often quotes the remote server's reply inside its own:
 * {@code 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>}.
 * {@link #nested()} gives the first reply quoted in {@link SmtpReply#text()} after {@code <},
 * {@code "}, {@code '} or {@code :} (which covers {@code said:}), accepted when its enhanced code's
 * class agrees with its reply code, when it stands between {@code <>} or quotes, or when it follows
 * {@code said:}. The outer reply's own enhanced code is never replaced: a caller that wants the remote
 * server's answer asks for {@link #innermost()}.
 *
 * <p>Values: equal when reply, repairs, span and command are equal; {@code toString()} is the repaired
 * reply's wire form. Immutable and thread-safe.
 *
 * @see SmtpReplies SmtpReplies, which finds quoted replies in prose
 */
public final class QuotedReply {

  /** Every repair kind: the default of {@link #parse(CharSequence)} and {@link #tryParse(CharSequence)}. */
  public static final Set<ReplyFinding.Kind> ALL_REPAIRS;

  static {
    Set<ReplyFinding.Kind> repairs = EnumSet.noneOf(ReplyFinding.Kind.class);
    for (ReplyFinding.Kind kind : ReplyFinding.Kind.values()) {
      if (kind.isRepair()) {
        repairs.add(kind);
      }
    }
    ALL_REPAIRS = Collections.unmodifiableSet(repairs);
  }

  /** How deep {@link #innermost()} follows nested replies: hostile text can nest without end. */
  static final int MAX_DEPTH = 16;

  private final SmtpReply reply;
  private final List<ReplyFinding> repairs;
  private final List<ReplyFinding> findings;
  private final int start;
  private final int end;
  private final SmtpCommand command;
  /** Found on the first call of {@link #nested()}; a racy cache of an immutable value, like {@code String.hash}. */
  private Optional<QuotedReply> nested;

  QuotedReply(SmtpReply reply, List<ReplyFinding> repairs, int start, int end, SmtpCommand command) {
    this.reply = reply;
    this.repairs = repairs;
    if (repairs.isEmpty()) {
      this.findings = reply.findings();
    } else {
      List<ReplyFinding> all = new ArrayList<>(repairs);
      all.addAll(reply.findings());
      this.findings = Collections.unmodifiableList(all);
    }
    this.start = start;
    this.end = end;
    this.command = command;
  }

  /**
   * Reads a quoted reply, making any repair.
   *
   * @param text the quoted reply
   * @return the reply, with the repairs it needed
   * @throws SmtpReplyFormatException if the text is not a reply even leniently
   * @throws NullPointerException if {@code text} is null
   */
  public static QuotedReply parse(CharSequence text) {
    return parse(text, ALL_REPAIRS);
  }

  /**
   * Reads a quoted reply, making only the repairs of the kinds given; {@code Set.of()} reads strictly:
   * exactly what {@link SmtpReply#parse} accepts, as it reads it.
   *
   * @param text the quoted reply
   * @param allowedRepairs the repair kinds that may be made, such as {@link #ALL_REPAIRS} or {@code Set.of()}
   * @return the reply, with the repairs it needed
   * @throws SmtpReplyFormatException if the text is not a reply with those repairs; the reason names a
   *     repair that was needed and not allowed
   * @throws IllegalArgumentException if a kind in {@code allowedRepairs} is not a repair kind
   * @throws NullPointerException if an argument is null
   */
  public static QuotedReply parse(CharSequence text, Set<ReplyFinding.Kind> allowedRepairs) {
    Object read = read(text, allowedRepairs);
    if (read instanceof LenientReplies.Failure failure) {
      throw new SmtpReplyFormatException(text, lineOf(text, failure.index()), failure.index(), failure.reason());
    }
    return (QuotedReply) read;
  }

  /**
   * Reads a quoted reply, making any repair, or returns empty; never throws for non-null input.
   *
   * @param text the quoted reply
   * @return the reply, with the repairs it needed, or empty when the text is not a reply even leniently
   * @throws NullPointerException if {@code text} is null
   */
  public static Optional<QuotedReply> tryParse(CharSequence text) {
    return tryParse(text, ALL_REPAIRS);
  }

  /**
   * Reads a quoted reply with only the repairs of the kinds given, or returns empty.
   *
   * @param text the quoted reply
   * @param allowedRepairs the repair kinds that may be made, such as {@link #ALL_REPAIRS} or {@code Set.of()}
   * @return the reply, with the repairs it needed, or empty when it is not a reply with those repairs
   * @throws IllegalArgumentException if a kind in {@code allowedRepairs} is not a repair kind
   * @throws NullPointerException if an argument is null
   */
  public static Optional<QuotedReply> tryParse(CharSequence text, Set<ReplyFinding.Kind> allowedRepairs) {
    Object read = read(text, allowedRepairs);
    return read instanceof QuotedReply quoted ? Optional.of(quoted) : Optional.empty();
  }

  private static Object read(CharSequence text, Set<ReplyFinding.Kind> allowedRepairs) {
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(allowedRepairs, "allowedRepairs == null");
    if (allowedRepairs == ALL_REPAIRS) {
      return LenientReplies.readWhole(text, allowedRepairs); // the default: nothing to check
    }
    for (ReplyFinding.Kind kind : allowedRepairs) {
      if (!kind.isRepair()) {
        throw new IllegalArgumentException(kind + " is not a repair kind; repair kinds are " + ALL_REPAIRS);
      }
    }
    return LenientReplies.readWhole(text, allowedRepairs);
  }

  private static int lineOf(CharSequence text, int index) {
    int line = 1;
    for (int i = 0; i < index && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
      }
    }
    return line;
  }

  /**
   * {@return the reply as the server sent it, as far as the quote tells: strictly valid, its own findings included}
   */
  public SmtpReply reply() {
    return reply;
  }

  /** {@return the reply code: {@code reply().code()}} */
  public int code() {
    return reply.code();
  }

  /** {@return the enhanced code: {@code reply().enhancedCode()}} */
  public Optional<StatusCode> enhancedCode() {
    return reply.enhancedCode();
  }

  /**
   * {@return what the lenient reading repaired, in the order of {@link ReplyFinding.Kind}; empty for an exact quote}
   */
  public List<ReplyFinding> repairs() {
    return repairs;
  }

  /** {@return the repairs, then what {@link SmtpReply#findings()} notices about the reply} */
  public List<ReplyFinding> findings() {
    return findings;
  }

  /** {@return whether anything was repaired} */
  public boolean isRepaired() {
    return !repairs.isEmpty();
  }

  /**
   * {@return whether a finding (a repair or one of the reply's) of this kind was made}
   *
   * @param kind the kind of finding
   */
  public boolean hasFinding(ReplyFinding.Kind kind) {
    for (ReplyFinding finding : findings) {
      if (finding.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the reply starts in the text it was read from: the input of {@link #parse}, the text that
   * {@link SmtpReplies} scanned, or, for a {@link #nested()} reply, the outer reply's
   * {@link SmtpReply#text()}.
   *
   * @return the index of the reply's first character in the text it was read from
   */
  public int start() {
    return start;
  }

  /** {@return where the reply ends (exclusive) in the text it was read from; see {@link #start()}} */
  public int end() {
    return end;
  }

  /**
   * The command the reply answered, where the quoting text says so (Postfix's {@code (in reply to RCPT TO
   * command)}, Exim's {@code after RCPT TO:<...>:}); empty from {@link #parse}.
   *
   * @return the command, or empty when the quoting text does not say
   */
  public Optional<SmtpCommand> command() {
    return Optional.ofNullable(command);
  }

  /**
   * The first reply quoted inside this one's text (see the class comment); the outer code stays the outer
   * one. Found on the first call, in time linear in the text, and kept.
   *
   * @return the first nested reply, or empty when the text quotes none
   */
  public Optional<QuotedReply> nested() {
    Optional<QuotedReply> found = nested;
    if (found == null) {
      found = ReplyScanner.first(reply.text(), true);
      nested = found;
    }
    return found;
  }

  /**
   * The innermost nested reply, usually the remote server's own answer; this reply when none is nested.
   * Followed at most {@value #MAX_DEPTH} levels deep: each level costs time linear in its text, so
   * hostile text nested without end costs at most {@value #MAX_DEPTH} times one reading.
   *
   * @return the innermost nested reply, or this reply
   */
  public QuotedReply innermost() {
    QuotedReply inner = this;
    for (int depth = 0; depth < MAX_DEPTH; depth++) {
      Optional<QuotedReply> next = inner.nested();
      if (next.isEmpty()) {
        break;
      }
      inner = next.get();
    }
    return inner;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof QuotedReply that && reply.equals(that.reply) && repairs.equals(that.repairs)
        && start == that.start && end == that.end && command == that.command;
  }

  @Override
  public int hashCode() {
    return Objects.hash(reply, repairs, start, end, command);
  }

  /** The repaired reply as on the wire: {@code reply().toString()}. */
  @Override
  public String toString() {
    return reply.toString();
  }
}
