package io.github.smtpstatus.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One classification rule: conditions on the enhanced status code, the reply code, phrases of the
 * text and the host, and what a failure meeting all of them means. A condition left out holds for
 * every input; a rule has at least one. A rule with several phrases needs all of them, in any order.
 *
 * <pre>{@code
 * ClassificationRule rule = ClassificationRule.builder("acme-rules:1")
 *     .code("5.7.606-649")
 *     .phrase("banned sending IP")
 *     .reason(BounceReason.BLOCKED)
 *     .provider("Microsoft 365")
 *     .label("acme-banned-ip")
 *     .build();
 * }</pre>
 *
 * <p>Phrases match case-insensitively, on word boundaries, with any run of whitespace matching any
 * other ({@code "user unknown"} matches {@code "<User  Unknown>"}, not {@code "superuser unknowns"}).
 * The written forms of the code, reply code and host conditions are those of the rules files (see
 * docs/CLASSIFICATION.md). Immutable and thread-safe.
 */
public final class ClassificationRule {

  private final String origin;
  private final int classMask;
  private final int subject;
  private final int detailLow;
  private final int detailHigh;
  private final int replyLow;
  private final int replyHigh;
  private final List<String> phrases;
  private final String host;
  private final BounceReason reason;
  private final String provider;
  private final String meaning;
  private final String label;
  private final String source;

  ClassificationRule(String origin, int[] code, int[] reply, List<String> phrases, String host, BounceReason reason,
      String provider, String meaning, String label, String source) {
    this.origin = origin;
    this.classMask = code == null ? 0 : code[Conditions.MASK];
    this.subject = code == null ? -1 : code[Conditions.SUBJECT];
    this.detailLow = code == null ? 0 : code[Conditions.LOW];
    this.detailHigh = code == null ? Conditions.MAX_NUMBER : code[Conditions.HIGH];
    this.replyLow = reply == null ? 0 : reply[0];
    this.replyHigh = reply == null ? 0 : reply[1];
    this.phrases = List.copyOf(phrases);
    this.host = host;
    this.reason = reason;
    this.provider = provider;
    this.meaning = meaning;
    this.label = label;
    this.source = source;
  }

  /**
   * A builder for a rule; {@code origin} names it in results, such as {@code "acme.csv:12"} or
   * {@code "acme:throttle"}.
   *
   * @param origin the name of the rule in results, not blank
   * @return a builder with no condition set yet
   * @throws IllegalArgumentException if {@code origin} is blank
   */
  public static Builder builder(String origin) {
    Objects.requireNonNull(origin, "origin == null");
    if (origin.isBlank()) {
      throw new IllegalArgumentException("origin is blank");
    }
    return new Builder(origin);
  }

  /**
   * {@return where the rule comes from: {@code file:line} for rules from a rules file, else the builder's origin}
   */
  public String origin() {
    return origin;
  }

  /**
   * {@return the code condition in its canonical written form, such as {@code X.1.1} or {@code 5.7.606-649}}
   */
  public Optional<String> code() {
    return classMask == 0 ? Optional.empty() : Optional.of(Conditions.formatCode(classMask, subject, detailLow, detailHigh));
  }

  /** {@return the reply code condition, such as {@code 550} or {@code 5XX}} */
  public Optional<String> replyCode() {
    return replyLow == 0 ? Optional.empty() : Optional.of(Conditions.formatReply(replyLow, replyHigh));
  }

  /** {@return the phrases the text must all contain; empty when the rule has no phrase condition} */
  public List<String> phrases() {
    return phrases;
  }

  /**
   * {@return the host or domain suffix the remote host or the recipient's domain must end with, in lower case}
   */
  public Optional<String> host() {
    return Optional.ofNullable(host);
  }

  /** {@return the reason a matching failure is given} */
  public BounceReason reason() {
    return reason;
  }

  /** {@return the provider whose documented behaviour the rule describes, such as {@code Microsoft 365}} */
  public Optional<String> provider() {
    return Optional.ofNullable(provider);
  }

  /** {@return what the provider means by this code or text, in the rule author's words} */
  public Optional<String> meaning() {
    return Optional.ofNullable(meaning);
  }

  /** {@return the rule author's own label for matching failures} */
  public Optional<String> label() {
    return Optional.ofNullable(label);
  }

  /** {@return the public document the rule rests on (a URL)} */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  int classMask() {
    return classMask;
  }

  int subject() {
    return subject;
  }

  int detailLow() {
    return detailLow;
  }

  int detailHigh() {
    return detailHigh;
  }

  int replyLow() {
    return replyLow;
  }

  int replyHigh() {
    return replyHigh;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ClassificationRule that && origin.equals(that.origin) && classMask == that.classMask
        && subject == that.subject && detailLow == that.detailLow && detailHigh == that.detailHigh
        && replyLow == that.replyLow && replyHigh == that.replyHigh && phrases.equals(that.phrases)
        && Objects.equals(host, that.host) && reason == that.reason && Objects.equals(provider, that.provider)
        && Objects.equals(meaning, that.meaning) && Objects.equals(label, that.label)
        && Objects.equals(source, that.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(origin, classMask, subject, detailLow, detailHigh, replyLow, phrases, host, reason);
  }

  /** The rule as one line: {@code acme.csv:12: code 5.7.606-649, phrase "banned sending IP" -> BLOCKED}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(origin).append(':');
    String separator = " ";
    if (classMask != 0) {
      text.append(separator).append("code ").append(code().get());
      separator = ", ";
    }
    if (replyLow != 0) {
      text.append(separator).append("reply ").append(replyCode().get());
      separator = ", ";
    }
    for (String phrase : phrases) {
      text.append(separator).append("phrase \"").append(phrase).append('"');
      separator = ", ";
    }
    if (host != null) {
      text.append(separator).append("host ").append(host);
    }
    return text.append(" -> ").append(reason).toString();
  }

  /** Collects a rule's conditions and outcome; {@link #build()} checks them. Not thread-safe. */
  public static final class Builder {

    private final String origin;
    private int[] code;
    private int[] reply;
    private final List<String> phrases = new ArrayList<>();
    private String host;
    private BounceReason reason;
    private String provider;
    private String meaning;
    private String label;
    private String source;

    private Builder(String origin) {
      this.origin = origin;
    }

    /**
     * The code condition: {@code 5.1.1}, {@code X.1.1}, {@code X.7.XXX}, {@code 5.XXX.XXX} or a detail
     * range {@code 5.7.606-649}.
     *
     * @param code the code condition
     * @return this builder
     * @throws IllegalArgumentException if it is not one of those forms
     */
    public Builder code(String code) {
      this.code = Conditions.parseCode(Objects.requireNonNull(code, "code == null"));
      return this;
    }

    /**
     * The reply code condition: {@code 550} or a class such as {@code 5XX}.
     *
     * @param replyCode the reply code condition
     * @return this builder
     * @throws IllegalArgumentException if it is neither
     */
    public Builder replyCode(String replyCode) {
      this.reply = Conditions.parseReply(Objects.requireNonNull(replyCode, "replyCode == null"));
      return this;
    }

    /**
     * A phrase the text must contain (printable ASCII, with a letter or digit, at most 200 characters);
     * called again, it adds a phrase the text must contain as well.
     *
     * @param phrase a phrase the text must contain
     * @return this builder
     * @throws IllegalArgumentException if it could never match
     */
    public Builder phrase(String phrase) {
      Objects.requireNonNull(phrase, "phrase == null");
      String problem = TextSymbols.phraseProblem(phrase);
      if (problem != null) {
        throw new IllegalArgumentException("Invalid phrase \"" + phrase + "\": " + problem);
      }
      phrases.add(phrase);
      return this;
    }

    /**
     * The host or domain suffix, such as {@code protection.outlook.com}.
     *
     * @param host the host name or domain suffix the reporting host must match
     * @return this builder
     * @throws IllegalArgumentException if it is not a domain name
     */
    public Builder host(String host) {
      this.host = Conditions.parseHost(Objects.requireNonNull(host, "host == null"));
      return this;
    }

    /**
     * The reason a matching failure is given; required.
     *
     * @param reason the reason of a failure this rule matches
     * @return this builder
     */
    public Builder reason(BounceReason reason) {
      this.reason = Objects.requireNonNull(reason, "reason == null");
      return this;
    }

    /**
     * The provider the rule describes.
     *
     * @param provider the provider's name, not blank
     * @return this builder
     * @throws IllegalArgumentException if {@code provider} is blank
     */
    public Builder provider(String provider) {
      this.provider = text(provider, "provider");
      return this;
    }

    /**
     * What the provider means by this code or text.
     *
     * @param meaning the provider's meaning, not blank
     * @return this builder
     * @throws IllegalArgumentException if {@code meaning} is blank
     */
    public Builder meaning(String meaning) {
      this.meaning = text(meaning, "meaning");
      return this;
    }

    /**
     * A label of the rule author's own.
     *
     * @param label the label, not blank
     * @return this builder
     * @throws IllegalArgumentException if {@code label} is blank
     */
    public Builder label(String label) {
      this.label = text(label, "label");
      return this;
    }

    /**
     * The public document the rule rests on.
     *
     * @param source the document, such as its address, not blank
     * @return this builder
     * @throws IllegalArgumentException if {@code source} is blank
     */
    public Builder source(String source) {
      this.source = text(source, "source");
      return this;
    }

    /**
     * The rule.
     *
     * @return the rule with the conditions and the reason set so far
     * @throws IllegalStateException if no reason was given or no condition was set
     */
    public ClassificationRule build() {
      if (reason == null) {
        throw new IllegalStateException("rule " + origin + " has no reason");
      }
      if (code == null && reply == null && phrases.isEmpty() && host == null) {
        throw new IllegalStateException("rule " + origin + " has no condition, so it would match every failure");
      }
      return new ClassificationRule(origin, code, reply, phrases, host, reason, provider, meaning, label, source);
    }

    private static String text(String value, String name) {
      Objects.requireNonNull(value, name + " == null");
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " is blank");
      }
      return value;
    }
  }
}
