package io.github.smtpstatus.classify;

import io.github.smtpstatus.QuotedReply;
import io.github.smtpstatus.SmtpReply;
import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.log.MailLogEntry;
import io.github.smtpstatus.log.MailLogReader;
import io.github.smtpstatus.log.Peer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Says what a failure means, from its enhanced status code, its reply code, its text and, when known,
 * the remote host or the recipient's domain, by an ordered list of rules: <b>the first rule whose
 * conditions all hold decides</b>.
 *
 * <pre>{@code
 * Classifier classifier = Classifier.standard();
 * classifier.classify(SmtpReply.parse("550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown"));
 *     // USER_UNKNOWN (remove address), permanent, address dead; rule iana.csv:4 decided
 * classifier.classify(StatusCode.parse("5.1.1"), 550, "Rate limit exceeded, try again later", "mx.example.net");
 *     // RATE_LIMITED: the text overrides what the code alone would say
 * }</pre>
 *
 * <p>{@link #standard()} holds the rules shipped with the library (compiled from the rules files of
 * {@code registry-data} when the library was built): the documented codes of large providers first,
 * then common phrase families, then the RFC 3463 meaning of every registered code, subject and class.
 * A rules file of one's own, compiled by the plugin's {@code classification-rules} goal, comes first,
 * before the shipped rules; rules added at run time go where they are {@linkplain Builder#add added}.
 *
 * <p>{@link #classify(MailLogEntry)} classifies a delivery read from a mail log line.
 *
 * <p>Classifying costs one pass over the text (one table read per character, whatever the number of
 * rules), no regular expression, and allocates nothing. Immutable and thread-safe.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3463">RFC 3463</a>
 */
public final class Classifier {

  private final RuleSet rules;

  private Classifier(RuleSet rules) {
    this.rules = rules;
  }

  /** {@return the classifier of the rules shipped with this library} */
  public static Classifier standard() {
    return Standard.INSTANCE;
  }

  /** {@return a builder of a classifier from rules of one's own, with or without the shipped ones} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A classifier from tables the plugin generated; generated code calls this, nothing else should.
   *
   * @param strings the string pool of the generated tables
   * @param packed the packed rule and automaton tables, which index into {@code strings}
   * @return the classifier of the rules the tables hold, in their order
   * @throws IllegalArgumentException if the tables are corrupt or of another format version
   */
  public static Classifier ofTables(String[] strings, String[] packed) {
    Objects.requireNonNull(strings, "strings == null");
    Objects.requireNonNull(packed, "packed == null");
    return new Classifier(RuleTables.decode(strings, packed));
  }

  /** {@return the rules in the order they are tried} */
  public List<ClassificationRule> rules() {
    return rules.rules();
  }

  /**
   * Classifies a failure.
   *
   * @param code the enhanced status code, or {@code null} when there is none
   * @param replyCode the SMTP reply code, or 0 when there is none
   * @param text the reply or diagnostic text, or {@code null}
   * @param host the remote host's name or the recipient's domain, or {@code null}
   * @return the classification of the first rule that matches, or {@link BounceReason#UNDETERMINED} when none does
   * @throws IllegalArgumentException if {@code replyCode} is neither 0 nor between 200 and 599
   */
  public Classification classify(StatusCode code, int replyCode, CharSequence text, CharSequence host) {
    return classify(code, replyCode, text, host, null);
  }

  /**
   * Classifies a failure, matching host conditions against both the remote host and the recipient's
   * domain (a Google Workspace domain's mail is answered by {@code google.com} hosts).
   *
   * @param code the enhanced status code, or {@code null} when there is none
   * @param replyCode the SMTP reply code, or 0 when there is none
   * @param text the reply or diagnostic text, or {@code null}
   * @param remoteHost the name of the host that answered, or {@code null}
   * @param recipientDomain the domain of the recipient's address, or {@code null}
   * @return the classification of the first rule that matches, or {@link BounceReason#UNDETERMINED} when none does
   * @throws IllegalArgumentException if {@code replyCode} is neither 0 nor between 200 and 599
   */
  public Classification classify(StatusCode code, int replyCode, CharSequence text, CharSequence remoteHost,
      CharSequence recipientDomain) {
    if (replyCode != 0 && (replyCode < 200 || replyCode > 599)) {
      throw new IllegalArgumentException("reply code " + replyCode + " is not between 200 and 599");
    }
    return rules.decide(code, replyCode, text, remoteHost, recipientDomain);
  }

  /**
   * Classifies an SMTP reply by its code, enhanced code and text.
   *
   * @param reply the reply
   * @return the classification of the first rule that matches, or {@link BounceReason#UNDETERMINED} when none does
   */
  public Classification classify(SmtpReply reply) {
    return classify(reply, null);
  }

  /**
   * Classifies an SMTP reply from a known host (or for a known recipient domain).
   *
   * @param reply the reply
   * @param host the name of the host that answered or the recipient's domain, or {@code null}
   * @return the classification of the first rule that matches, or {@link BounceReason#UNDETERMINED} when none does
   */
  public Classification classify(SmtpReply reply, CharSequence host) {
    Objects.requireNonNull(reply, "reply == null");
    return rules.decide(reply.enhancedCode().orElse(null), reply.code(), reply.text(), host, null);
  }

  /**
   * Classifies what a mail log line says about a delivery, from the values {@link MailLogReader} read:
   *
   * <ul>
   *   <li>the code: the MTA's own {@code dsn=} when it is exact; when it is missing (Exim writes none) or
   *       generic ({@code X.0.0}), the enhanced code of the remote server's reply (the innermost one that
   *       has one, when a relay nests the remote reply), so that {@code dsn=5.0.0} with
   *       {@code 550 5.1.1 User unknown} is judged as 5.1.1; else the {@code dsn=} as it is;
   *   <li>the reply code: that reply's code (0 without a reply);
   *   <li>the text: the line's explanation ({@link MailLogEntry#text()}, which holds the reply or the
   *       local reason such as {@code Connection timed out}), else the reply's text;
   *   <li>the hosts: the relay's name, and the domain of the first recipient.
   * </ul>
   *
   * <pre>{@code
   * MailLogEntry entry = MailLogReader.read("... postfix/smtp[1]: 4Bx: to=<bob@example.net>, relay=mx.example.net"
   *     + "[192.0.2.1]:25, dsn=5.0.0, status=bounced (host mx.example.net[192.0.2.1] said: 550 5.1.1 <bob@example.net>:"
   *     + " Recipient address rejected: User unknown (in reply to RCPT TO command))").orElseThrow();
   * Classifier.standard().classify(entry).reason();   // USER_UNKNOWN
   * }</pre>
   *
   * @param entry a delivery read from a log line
   * @return the classification; for a delivered message ({@code status=sent}, {@code dsn=2.0.0}) the
   *     reason is {@link BounceReason#DELIVERED}
   * @throws NullPointerException if {@code entry} is null
   */
  public Classification classify(MailLogEntry entry) {
    Objects.requireNonNull(entry, "entry == null");
    QuotedReply outer = entry.reply().orElse(null);
    QuotedReply remote = outer;
    if (outer != null && outer.innermost() != outer && outer.innermost().enhancedCode().isPresent()) {
      remote = outer.innermost();
    }
    StatusCode dsn = entry.dsn().orElse(null);
    StatusCode replied = remote == null ? null : remote.enhancedCode().orElse(null);
    StatusCode code = dsn != null && (replied == null || dsn.subject() != 0 || dsn.detail() != 0) ? dsn : replied;
    String text = entry.text().orElse(remote == null ? null : remote.reply().text());
    String relay = entry.relay().flatMap(Peer::host).orElse(null);
    String domain = null;
    if (!entry.recipients().isEmpty()) {
      String recipient = entry.recipients().get(0);
      int at = recipient.lastIndexOf('@');
      domain = at < 0 || at == recipient.length() - 1 ? null : recipient.substring(at + 1);
    }
    return rules.decide(code, remote == null ? 0 : remote.code(), text, relay, domain);
  }

  RuleSet ruleSet() {
    return rules;
  }

  /** A summary: the number of rules and phrases. */
  @Override
  public String toString() {
    return "Classifier(" + rules + ")";
  }

  /**
   * Collects rules in the order they will be tried: a rule added earlier wins over one added later,
   * so add overrides first and {@link #addAll(Classifier) Classifier.standard()} last. Not thread-safe.
   *
   * <pre>{@code
   * Classifier classifier = Classifier.builder()
   *     .add(ClassificationRule.builder("acme:throttle").phrase("acme throttle")
   *         .reason(BounceReason.RATE_LIMITED).label("acme-throttle").build())
   *     .addAll(Classifier.standard())
   *     .build();
   * }</pre>
   */
  public static final class Builder {

    private final List<ClassificationRule> rules = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a rule after those added so far.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder add(ClassificationRule rule) {
      rules.add(Objects.requireNonNull(rule, "rule == null"));
      return this;
    }

    /**
     * Adds rules, in order, after those added so far.
     *
     * @param more the rules, in the order they are to be tried
     * @return this builder
     */
    public Builder addAll(Iterable<ClassificationRule> more) {
      for (ClassificationRule rule : Objects.requireNonNull(more, "rules == null")) {
        add(rule);
      }
      return this;
    }

    /**
     * Adds every rule of a classifier, in its order, after those added so far.
     *
     * @param classifier the classifier whose rules to add, such as {@link Classifier#standard()}
     * @return this builder
     */
    public Builder addAll(Classifier classifier) {
      return addAll(Objects.requireNonNull(classifier, "classifier == null").rules());
    }

    /** {@return the classifier; its phrase automaton is built here, once} */
    public Classifier build() {
      return new Classifier(RuleSet.compile(rules));
    }
  }

  /** Loads the shipped rules on first use. */
  private static final class Standard {
    static final Classifier INSTANCE = StandardRules.classifier();
  }
}
