package io.github.smtpstatus.bounce;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one message says: its kind, the report's per-message fields, the returned message's identifying
 * headers, one {@link RecipientResult} per recipient, and what the reader noticed or repaired.
 *
 * <p>Immutable and thread-safe.
 */
public final class Bounce {
  private final BounceKind kind;
  private final String reportingMta;
  private final String arrivalDate;
  private final String originalEnvelopeId;
  private final OriginalMessage original;
  private final List<RecipientResult> recipients;
  private final List<BounceFinding> findings;

  Bounce(BounceKind kind, String reportingMta, String arrivalDate, String originalEnvelopeId,
      OriginalMessage original, List<RecipientResult> recipients, List<BounceFinding> findings) {
    this.kind = Objects.requireNonNull(kind, "kind == null");
    this.reportingMta = reportingMta;
    this.arrivalDate = arrivalDate;
    this.originalEnvelopeId = originalEnvelopeId;
    this.original = original;
    this.recipients = List.copyOf(recipients);
    this.findings = List.copyOf(findings);
  }

  /** {@return what kind of message it is} */
  public BounceKind kind() {
    return kind;
  }

  /** {@return the {@code Reporting-MTA} name, without its {@code dns;} type} */
  public Optional<String> reportingMta() {
    return Optional.ofNullable(reportingMta);
  }

  /** {@return the {@code Arrival-Date} field, as written} */
  public Optional<String> arrivalDate() {
    return Optional.ofNullable(arrivalDate);
  }

  /** {@return the {@code Original-Envelope-Id} field (the {@code ENVID} the sender gave, RFC 3461)} */
  public Optional<String> originalEnvelopeId() {
    return Optional.ofNullable(originalEnvelopeId);
  }

  /** {@return the returned message's identifying headers, when the bounce returns any} */
  public Optional<OriginalMessage> original() {
    return Optional.ofNullable(original);
  }

  /** {@return one result per recipient, in report order (text order for prose bounces)} */
  public List<RecipientResult> recipients() {
    return recipients;
  }

  /** {@return what was noticed about the message as a whole: repairs, limits reached} */
  public List<BounceFinding> findings() {
    return findings;
  }

  /**
   * {@return whether a finding of this kind was made about the message}
   *
   * @param kind the kind of finding
   */
  public boolean hasFinding(BounceFinding.Kind kind) {
    return findings.stream().anyMatch(finding -> finding.kind() == kind);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bounce that && kind == that.kind && Objects.equals(reportingMta, that.reportingMta)
        && Objects.equals(arrivalDate, that.arrivalDate) && Objects.equals(originalEnvelopeId, that.originalEnvelopeId)
        && Objects.equals(original, that.original) && recipients.equals(that.recipients)
        && findings.equals(that.findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, reportingMta, arrivalDate, originalEnvelopeId, original, recipients, findings);
  }

  @Override
  public String toString() {
    return kind + " " + recipients;
  }
}
