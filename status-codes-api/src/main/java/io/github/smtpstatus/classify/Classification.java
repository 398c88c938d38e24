package io.github.smtpstatus.classify;

import java.util.Objects;
import java.util.Optional;

/**
 * What a failure means: its {@link BounceReason}, what that asks of the sender, whether it is
 * permanent, whether the address should be treated as dead, and which rule decided (with the
 * provider and its meaning when a provider's rule did).
 *
 * <pre>{@code
 * Classification c = Classifier.standard().classify(SmtpReply.parse("550 5.7.606 Access denied, banned sending IP"));
 * c.reason();        // BLOCKED
 * c.action();        // FIX_SENDER
 * c.addressDead();   // false: the sender must change, the address is fine
 * c.provider();      // Optional[Microsoft 365]
 * c.decidedBy();     // "microsoft.csv:49"
 * }</pre>
 *
 * <p>Immutable and thread-safe; the classifier hands out shared instances, so compare with
 * {@code equals}.
 */
public final class Classification {

  private final BounceReason reason;
  private final Permanence permanence;
  private final ClassificationRule rule;

  Classification(BounceReason reason, Permanence permanence, ClassificationRule rule) {
    this.reason = Objects.requireNonNull(reason, "reason == null");
    this.permanence = Objects.requireNonNull(permanence, "permanence == null");
    this.rule = rule;
  }

  /** {@return why the message was not delivered} */
  public BounceReason reason() {
    return reason;
  }

  /** {@return what the reason asks of the sender: {@code reason().action()}} */
  public SenderAction action() {
    return reason.action();
  }

  /** {@return whether the failure is permanent, from the code's class or else the reply code} */
  public Permanence permanence() {
    return permanence;
  }

  /**
   * Whether the address should be treated as dead and removed: the reason says the address itself is
   * the problem ({@link SenderAction#REMOVE_ADDRESS}: unknown user or domain, moved, null MX) and the
   * failure is not transient. A {@code 4.1.1} is not dead, a policy block ({@code 550 5.7.1}) never is.
   *
   * @return whether the address should be removed from the sender's lists
   */
  public boolean addressDead() {
    return reason.action() == SenderAction.REMOVE_ADDRESS
        && permanence != Permanence.TRANSIENT && permanence != Permanence.SUCCESS;
  }

  /** {@return the provider whose documented behaviour decided, when a provider's rule did} */
  public Optional<String> provider() {
    return rule == null ? Optional.empty() : rule.provider();
  }

  /** {@return the provider's meaning of its own code or text, in the rule author's words} */
  public Optional<String> providerMeaning() {
    return rule == null ? Optional.empty() : rule.meaning();
  }

  /** {@return the deciding rule's own label, for rules that carry one} */
  public Optional<String> label() {
    return rule == null ? Optional.empty() : rule.label();
  }

  /**
   * {@return the rule that decided; empty when no rule matched and the reason is {@link BounceReason#UNDETERMINED}}
   */
  public Optional<ClassificationRule> rule() {
    return Optional.ofNullable(rule);
  }

  /**
   * {@return the origin of the deciding rule, such as {@code "iana.csv:14"} or {@code "acme.csv:12"}, or {@code "no rule"}}
   */
  public String decidedBy() {
    return rule == null ? "no rule" : rule.origin();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Classification that && reason == that.reason && permanence == that.permanence
        && Objects.equals(rule, that.rule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reason, permanence, rule);
  }

  /**
   * For people: {@code BLOCKED (fix sender), permanent; provider Microsoft 365; rule microsoft.csv:49 decided}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(reason.name()).append(" (")
        .append(reason.action().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append("), ")
        .append(permanence.name().toLowerCase(java.util.Locale.ROOT));
    if (addressDead()) {
      text.append(", address dead");
    }
    provider().ifPresent(name -> text.append("; provider ").append(name));
    label().ifPresent(name -> text.append("; label ").append(name));
    return rule == null ? text.append("; no rule matched").toString()
        : text.append("; rule ").append(rule.origin()).append(" decided").toString();
  }
}
