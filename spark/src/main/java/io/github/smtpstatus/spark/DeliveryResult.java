package io.github.smtpstatus.spark;

import java.util.List;
import java.util.Objects;

/**
 * One row of {@link SmtpStatusSpark#deliveries}: what one mail log line says about one recipient's
 * delivery. A delivery line gives one row per recipient; any other line gives one row of {@code kind}
 * {@code other}, {@code notification} or {@code malformed}, so that no line is lost. Columns are null where
 * the line says nothing.
 */
public final class DeliveryResult implements VerdictColumns {

  private static final List<String> COLUMNS = List.of(
      "kind", "mta", "timestamp", "queueId", "recipient", "recipientDomain", "outcome", "dsn",
      "relay", "replyCode", "enhancedCode", "text", "reason", "senderAction", "permanence",
      "addressDead", "provider");

  private String kind;
  private String mta;
  private String timestamp;
  private String queueId;
  private String recipient;
  private String recipientDomain;
  private String outcome;
  private String dsn;
  private String relay;
  private Integer replyCode;
  private String enhancedCode;
  private String text;
  private String reason;
  private String senderAction;
  private String permanence;
  private Boolean addressDead;
  private String provider;

  /** An empty row, every column null (Spark's encoder fills it). */
  public DeliveryResult() {}

  /**
   * {@return {@code delivery} (a delivery, deferral, bounce or refusal), {@code notification} (Postfix's link from a
   * queue id to its bounce), {@code other} (a line that records no delivery) or {@code malformed} (blank, longer
   * than the log reader reads, or undecodable text)}
   */
  public String getKind() {
    return kind;
  }

  /**
   * Sets {@link #getKind()}.
   *
   * @param kind {@code delivery} (a delivery, deferral, bounce or refusal), {@code notification} (Postfix's link
   *     from a queue id to its bounce), {@code other} (a line that records no delivery) or {@code malformed} (blank,
   *     longer than the log reader reads, or undecodable text)
   */
  public void setKind(String kind) {
    this.kind = kind;
  }

  /** {@return the MTA that wrote the line: {@code postfix}, {@code exim} or {@code sendmail}} */
  public String getMta() {
    return mta;
  }

  /**
   * Sets {@link #getMta()}.
   *
   * @param mta the MTA that wrote the line: {@code postfix}, {@code exim} or {@code sendmail}
   */
  public void setMta(String mta) {
    this.mta = mta;
  }

  /** {@return the line's time stamp as written} */
  public String getTimestamp() {
    return timestamp;
  }

  /**
   * Sets {@link #getTimestamp()}.
   *
   * @param timestamp the line's time stamp as written
   */
  public void setTimestamp(String timestamp) {
    this.timestamp = timestamp;
  }

  /** {@return the queue or message id} */
  public String getQueueId() {
    return queueId;
  }

  /**
   * Sets {@link #getQueueId()}.
   *
   * @param queueId the queue or message id
   */
  public void setQueueId(String queueId) {
    this.queueId = queueId;
  }

  /** {@return the recipient's address} */
  public String getRecipient() {
    return recipient;
  }

  /**
   * Sets {@link #getRecipient()}.
   *
   * @param recipient the recipient's address
   */
  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }

  /** {@return the domain of the recipient's address, in lower case} */
  public String getRecipientDomain() {
    return recipientDomain;
  }

  /**
   * Sets {@link #getRecipientDomain()}.
   *
   * @param recipientDomain the domain of the recipient's address, in lower case
   */
  public void setRecipientDomain(String recipientDomain) {
    this.recipientDomain = recipientDomain;
  }

  /**
   * {@return what became of the delivery: {@code sent}, {@code deferred}, {@code bounced}, {@code expired}, {@code
   * rejected}, {@code suppressed} or {@code notified}}
   */
  public String getOutcome() {
    return outcome;
  }

  /**
   * Sets {@link #getOutcome()}.
   *
   * @param outcome what became of the delivery: {@code sent}, {@code deferred}, {@code bounced}, {@code expired},
   *     {@code rejected}, {@code suppressed} or {@code notified}
   */
  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  /** {@return the MTA's own {@code dsn=} code, as written in the line} */
  public String getDsn() {
    return dsn;
  }

  /**
   * Sets {@link #getDsn()}.
   *
   * @param dsn the MTA's own {@code dsn=} code, as written in the line
   */
  public void setDsn(String dsn) {
    this.dsn = dsn;
  }

  /** {@return the host the MTA delivered to or tried} */
  public String getRelay() {
    return relay;
  }

  /**
   * Sets {@link #getRelay()}.
   *
   * @param relay the host the MTA delivered to or tried
   */
  public void setRelay(String relay) {
    this.relay = relay;
  }

  /** {@return the remote server's SMTP reply code} */
  public Integer getReplyCode() {
    return replyCode;
  }

  /**
   * Sets {@link #getReplyCode()}.
   *
   * @param replyCode the remote server's SMTP reply code
   */
  public void setReplyCode(Integer replyCode) {
    this.replyCode = replyCode;
  }

  /**
   * {@return the enhanced status code the row rests on: the MTA's {@code dsn=} unless it is missing or generic
   * ({@code X.0.0}), then the remote reply's}
   */
  public String getEnhancedCode() {
    return enhancedCode;
  }

  /**
   * Sets {@link #getEnhancedCode()}.
   *
   * @param enhancedCode the enhanced status code the row rests on: the MTA's {@code dsn=} unless it is missing or
   *     generic ({@code X.0.0}), then the remote reply's
   */
  public void setEnhancedCode(String enhancedCode) {
    this.enhancedCode = enhancedCode;
  }

  /**
   * {@return the remote reply's text, or the line's own reason; on a {@code malformed} row, the line's first 200
   * characters}
   */
  public String getText() {
    return text;
  }

  /**
   * Sets {@link #getText()}.
   *
   * @param text the remote reply's text, or the line's own reason; on a {@code malformed} row, the line's first
   *     200 characters
   */
  public void setText(String text) {
    this.text = text;
  }

  /**
   * {@return why it failed, the classifier's reason in lower case: {@code user_unknown}, {@code mailbox_full},
   * {@code blocked}, ... (docs/CLASSIFICATION.md); null on a row of no delivery}
   */
  public String getReason() {
    return reason;
  }

  /**
   * Sets {@link #getReason()}.
   *
   * @param reason why it failed, the classifier's reason in lower case: {@code user_unknown}, {@code
   *     mailbox_full}, {@code blocked}, ... (docs/CLASSIFICATION.md); null on a row of no delivery
   */
  public void setReason(String reason) {
    this.reason = reason;
  }

  /**
   * {@return what the failure means for the sender: {@code remove_address}, {@code retry_later}, {@code fix_sender},
   * {@code change_message}, {@code stop_sending}, {@code investigate} or {@code none}}
   */
  public String getSenderAction() {
    return senderAction;
  }

  /**
   * Sets {@link #getSenderAction()}.
   *
   * @param senderAction what the failure means for the sender: {@code remove_address}, {@code retry_later}, {@code
   *     fix_sender}, {@code change_message}, {@code stop_sending}, {@code investigate} or {@code none}
   */
  public void setSenderAction(String senderAction) {
    this.senderAction = senderAction;
  }

  /** {@return {@code permanent}, {@code transient}, {@code success} or {@code unknown} (no code), from the code} */
  public String getPermanence() {
    return permanence;
  }

  /**
   * Sets {@link #getPermanence()}.
   *
   * @param permanence {@code permanent}, {@code transient}, {@code success} or {@code unknown} (no code), from the code
   */
  public void setPermanence(String permanence) {
    this.permanence = permanence;
  }

  /** {@return whether the address should be removed (a permanent failure the address itself causes)} */
  public Boolean getAddressDead() {
    return addressDead;
  }

  /**
   * Sets {@link #getAddressDead()}.
   *
   * @param addressDead whether the address should be removed (a permanent failure the address itself causes)
   */
  public void setAddressDead(Boolean addressDead) {
    this.addressDead = addressDead;
  }

  /** {@return the provider whose documented behaviour decided, when a provider's rule did, else null} */
  public String getProvider() {
    return provider;
  }

  /**
   * Sets {@link #getProvider()}.
   *
   * @param provider the provider whose documented behaviour decided, when a provider's rule did, else null
   */
  public void setProvider(String provider) {
    this.provider = provider;
  }

  /** {@return the column names in the order docs/SPARK.md lists them (a bean's schema is in name order)} */
  public static List<String> columns() {
    return COLUMNS;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof DeliveryResult)) {
      return false;
    }
    DeliveryResult o = (DeliveryResult) other;
    return Objects.equals(kind, o.kind)
        && Objects.equals(mta, o.mta)
        && Objects.equals(timestamp, o.timestamp)
        && Objects.equals(queueId, o.queueId)
        && Objects.equals(recipient, o.recipient)
        && Objects.equals(recipientDomain, o.recipientDomain)
        && Objects.equals(outcome, o.outcome)
        && Objects.equals(dsn, o.dsn)
        && Objects.equals(relay, o.relay)
        && Objects.equals(replyCode, o.replyCode)
        && Objects.equals(enhancedCode, o.enhancedCode)
        && Objects.equals(text, o.text)
        && Objects.equals(reason, o.reason)
        && Objects.equals(senderAction, o.senderAction)
        && Objects.equals(permanence, o.permanence)
        && Objects.equals(addressDead, o.addressDead)
        && Objects.equals(provider, o.provider);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, mta, timestamp, queueId, recipient, recipientDomain);
  }

  @Override
  public String toString() {
    return "DeliveryResult{"
        + "kind=" + kind
        + ", mta=" + mta
        + ", timestamp=" + timestamp
        + ", queueId=" + queueId
        + ", recipient=" + recipient
        + ", recipientDomain=" + recipientDomain
        + ", outcome=" + outcome
        + ", dsn=" + dsn
        + ", relay=" + relay
        + ", replyCode=" + replyCode
        + ", enhancedCode=" + enhancedCode
        + ", text=" + text
        + ", reason=" + reason
        + ", senderAction=" + senderAction
        + ", permanence=" + permanence
        + ", addressDead=" + addressDead
        + ", provider=" + provider
        + "}";
  }
}
