package io.github.smtpstatus.bounce;

import io.github.smtpstatus.SmtpReply;
import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.classify.Classification;
import io.github.smtpstatus.classify.Classifier;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a bounce says about one recipient: who (final and original recipient), what happened
 * ({@link #action()}), the status code chosen from the evidence by the documented rule (see the
 * {@linkplain io.github.smtpstatus.bounce package} description)
 * and where it came from, the remote server's reply, the diagnostic, and every candidate the choice
 * was made from.
 *
 * <p>Immutable and thread-safe.
 */
public final class RecipientResult {
  private final String recipient;
  private final String addressType;
  private final String originalRecipient;
  private final Action action;
  private final StatusCandidate chosen;
  private final SmtpReply reply;
  private final String remoteMta;
  private final Diagnostic diagnostic;
  private final String lastAttemptDate;
  private final List<StatusCandidate> candidates;
  private final List<BounceFinding> findings;
  private final Classification classification;

  RecipientResult(String recipient, String addressType, String originalRecipient, Action action,
      StatusCandidate chosen, SmtpReply reply, String remoteMta, Diagnostic diagnostic, String lastAttemptDate,
      List<StatusCandidate> candidates, List<BounceFinding> findings) {
    this.recipient = Objects.requireNonNull(recipient, "recipient == null");
    this.addressType = Objects.requireNonNull(addressType, "addressType == null");
    this.originalRecipient = originalRecipient;
    this.action = action;
    this.chosen = chosen;
    this.reply = reply;
    this.remoteMta = remoteMta;
    this.diagnostic = diagnostic;
    this.lastAttemptDate = lastAttemptDate;
    this.candidates = List.copyOf(candidates);
    this.findings = List.copyOf(findings);
    this.classification = null;
  }

  private RecipientResult(RecipientResult result, Classification classification) {
    this.recipient = result.recipient;
    this.addressType = result.addressType;
    this.originalRecipient = result.originalRecipient;
    this.action = result.action;
    this.chosen = result.chosen;
    this.reply = result.reply;
    this.remoteMta = result.remoteMta;
    this.diagnostic = result.diagnostic;
    this.lastAttemptDate = result.lastAttemptDate;
    this.candidates = result.candidates;
    this.findings = result.findings;
    this.classification = Objects.requireNonNull(classification, "classification == null");
  }

  /** This result with its classification; every result a {@link BounceReader} returns has one. */
  RecipientResult classified(Classification classification) {
    return new RecipientResult(this, classification);
  }

  /** {@return the final recipient's address ({@code Final-Recipient}, or the address a prose bounce names)} */
  public String recipient() {
    return recipient;
  }

  /** {@return the address type of {@code Final-Recipient} ({@code rfc822}, {@code utf-8}); empty in prose bounces} */
  public String addressType() {
    return addressType;
  }

  /** {@return the {@code Original-Recipient} address, when the report gives it} */
  public Optional<String> originalRecipient() {
    return Optional.ofNullable(originalRecipient);
  }

  /** {@return the {@code Action} field; empty in prose bounces and where the field is missing or unknown} */
  public Optional<Action> action() {
    return Optional.ofNullable(action);
  }

  /** {@return the status code chosen from the candidates; empty when no evidence carries one} */
  public Optional<StatusCode> status() {
    return chosen == null ? Optional.empty() : chosen.code();
  }

  /** {@return where the chosen status code was read} */
  public Optional<Evidence> statusEvidence() {
    return chosen == null ? Optional.empty() : Optional.of(chosen.evidence());
  }

  /** {@return the chosen candidate} */
  public Optional<StatusCandidate> chosen() {
    return Optional.ofNullable(chosen);
  }

  /**
   * {@return the remote server's reply} That is the one nested in the diagnostic's reply when a relay
   * quoted it, else the diagnostic's reply, else the reply a prose bounce quotes for this recipient.
   */
  public Optional<SmtpReply> reply() {
    return Optional.ofNullable(reply);
  }

  /** {@return the three-digit code of {@link #reply()}} */
  public OptionalInt replyCode() {
    return reply == null ? OptionalInt.empty() : OptionalInt.of(reply.code());
  }

  /** {@return the {@code Remote-MTA} name ({@code mx.example.com}), without its {@code dns;} type} */
  public Optional<String> remoteMta() {
    return Optional.ofNullable(remoteMta);
  }

  /** {@return the {@code Diagnostic-Code} field} */
  public Optional<Diagnostic> diagnostic() {
    return Optional.ofNullable(diagnostic);
  }

  /**
   * {@return the text to judge the failure by} That is the diagnostic's text, else the reply's text,
   * else the chosen candidate's text, else empty.
   */
  public String diagnosticText() {
    if (diagnostic != null) {
      return diagnostic.text();
    }
    if (reply != null) {
      return reply.text();
    }
    return chosen == null ? "" : chosen.text();
  }

  /**
   * {@return what the failure means: reason, what the sender should do, whether the address is dead, and
   * the rule that decided} It is the {@linkplain BounceReader.Builder#classifier(Classifier) reader's
   * classifier} applied to the chosen {@link #status()}, the {@link #replyCode()}, the text that says why
   * (the diagnostic's text, else the reply's, else what the bounce's prose says about this recipient;
   * for a feedback report its report fields, for an automatic reply the headers that make it one), the
   * {@link #remoteMta()} and the recipient's domain. See the {@linkplain io.github.smtpstatus.bounce
   * package} description.
   */
  public Classification classification() {
    return classification;
  }

  /** {@return the {@code Last-Attempt-Date} field, as written} */
  public Optional<String> lastAttemptDate() {
    return Optional.ofNullable(lastAttemptDate);
  }

  /** {@return every candidate, in the order read: Status field, diagnostic reply, nested reply, prose} */
  public List<StatusCandidate> candidates() {
    return candidates;
  }

  /** {@return what was noticed about this recipient's report (disagreements, repairs)} */
  public List<BounceFinding> findings() {
    return findings;
  }

  /**
   * {@return whether a finding of this kind was made}
   *
   * @param kind the kind of finding
   */
  public boolean hasFinding(BounceFinding.Kind kind) {
    return findings.stream().anyMatch(finding -> finding.kind() == kind);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecipientResult that && recipient.equals(that.recipient)
        && addressType.equals(that.addressType) && Objects.equals(originalRecipient, that.originalRecipient)
        && action == that.action && Objects.equals(chosen, that.chosen) && Objects.equals(reply, that.reply)
        && Objects.equals(remoteMta, that.remoteMta) && Objects.equals(diagnostic, that.diagnostic)
        && Objects.equals(lastAttemptDate, that.lastAttemptDate) && candidates.equals(that.candidates)
        && findings.equals(that.findings) && Objects.equals(classification, that.classification);
  }

  @Override
  public int hashCode() {
    return Objects.hash(recipient, originalRecipient, action, chosen, reply, remoteMta, diagnostic, candidates);
  }

  /** {@code recipient: action status (evidence) reply}. */
  @Override
  public String toString() {
    return recipient + ": " + (action == null ? "-" : action.name().toLowerCase(java.util.Locale.ROOT)) + " "
        + status().map(StatusCode::toString).orElse("-") + " ("
        + statusEvidence().map(Evidence::name).orElse("no evidence") + ")"
        + (reply == null ? "" : " " + reply.code() + " " + reply.text());
  }
}
