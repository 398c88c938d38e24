package io.github.smtpstatus.spark;

import java.util.List;
import java.util.Objects;

/**
 * One row of {@link SmtpStatusSpark#bounces}: what one bounce message reports about one recipient. A
 * message that names no recipient gives one row without one, and a message that cannot be read gives one
 * row of {@code kind} {@code unreadable} saying why, so that no message is lost and none fails the job.
 */
public final class BounceResult implements VerdictColumns {

  private static final List<String> COLUMNS = List.of(
      "source", "message", "kind", "problem", "reportingMta", "recipient", "recipientDomain",
      "action", "status", "replyCode", "remoteMta", "diagnostic", "reason", "senderAction",
      "permanence", "addressDead", "provider");

  private String source;
  private Long message;
  private String kind;
  private String problem;
  private String reportingMta;
  private String recipient;
  private String recipientDomain;
  private String action;
  private String status;
  private Integer replyCode;
  private String remoteMta;
  private String diagnostic;
  private String reason;
  private String senderAction;
  private String permanence;
  private Boolean addressDead;
  private String provider;

  /** An empty row, every column null (Spark's encoder fills it). */
  public BounceResult() {}

  /** {@return the file the message came from, as Spark names it} */
  public String getSource() {
    return source;
  }

  /**
   * Sets {@link #getSource()}.
   *
   * @param source the file the message came from, as Spark names it
   */
  public void setSource(String source) {
    this.source = source;
  }

  /** {@return the message's number in its file, from 1 (an mbox holds many; a message file is 1)} */
  public Long getMessage() {
    return message;
  }

  /**
   * Sets {@link #getMessage()}.
   *
   * @param message the message's number in its file, from 1 (an mbox holds many; a message file is 1)
   */
  public void setMessage(Long message) {
    this.message = message;
  }

  /**
   * {@return what the message is: {@code delivery_status_notification}, {@code global_delivery_status_notification},
   * {@code prose_bounce}, {@code feedback_report}, {@code auto_reply}, {@code not_a_bounce}, or {@code unreadable}}
   */
  public String getKind() {
    return kind;
  }

  /**
   * Sets {@link #getKind()}.
   *
   * @param kind what the message is: {@code delivery_status_notification}, {@code
   *     global_delivery_status_notification}, {@code prose_bounce}, {@code feedback_report}, {@code auto_reply},
   *     {@code not_a_bounce}, or {@code unreadable}
   */
  public void setKind(String kind) {
    this.kind = kind;
  }

  /**
   * {@return why a message is {@code unreadable}, or what the reader found damaged or cut (a finding's message);
   * else null}
   */
  public String getProblem() {
    return problem;
  }

  /**
   * Sets {@link #getProblem()}.
   *
   * @param problem why a message is {@code unreadable}, or what the reader found damaged or cut (a finding's
   *     message); else null
   */
  public void setProblem(String problem) {
    this.problem = problem;
  }

  /** {@return the MTA that wrote the report} */
  public String getReportingMta() {
    return reportingMta;
  }

  /**
   * Sets {@link #getReportingMta()}.
   *
   * @param reportingMta the MTA that wrote the report
   */
  public void setReportingMta(String reportingMta) {
    this.reportingMta = reportingMta;
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
   * {@return what the reporting MTA did: {@code failed}, {@code delayed}, {@code delivered}, {@code relayed} or
   * {@code expanded}}
   */
  public String getAction() {
    return action;
  }

  /**
   * Sets {@link #getAction()}.
   *
   * @param action what the reporting MTA did: {@code failed}, {@code delayed}, {@code delivered}, {@code relayed}
   *     or {@code expanded}
   */
  public void setAction(String action) {
    this.action = action;
  }

  /** {@return the recipient's enhanced status code, as the bounce reader chose it} */
  public String getStatus() {
    return status;
  }

  /**
   * Sets {@link #getStatus()}.
   *
   * @param status the recipient's enhanced status code, as the bounce reader chose it
   */
  public void setStatus(String status) {
    this.status = status;
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

  /** {@return the remote MTA that answered} */
  public String getRemoteMta() {
    return remoteMta;
  }

  /**
   * Sets {@link #getRemoteMta()}.
   *
   * @param remoteMta the remote MTA that answered
   */
  public void setRemoteMta(String remoteMta) {
    this.remoteMta = remoteMta;
  }

  /** {@return the diagnostic text: the remote reply, or the prose the bounce gave} */
  public String getDiagnostic() {
    return diagnostic;
  }

  /**
   * Sets {@link #getDiagnostic()}.
   *
   * @param diagnostic the diagnostic text: the remote reply, or the prose the bounce gave
   */
  public void setDiagnostic(String diagnostic) {
    this.diagnostic = diagnostic;
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
    if (!(other instanceof BounceResult)) {
      return false;
    }
    BounceResult o = (BounceResult) other;
    return Objects.equals(source, o.source)
        && Objects.equals(message, o.message)
        && Objects.equals(kind, o.kind)
        && Objects.equals(problem, o.problem)
        && Objects.equals(reportingMta, o.reportingMta)
        && Objects.equals(recipient, o.recipient)
        && Objects.equals(recipientDomain, o.recipientDomain)
        && Objects.equals(action, o.action)
        && Objects.equals(status, o.status)
        && Objects.equals(replyCode, o.replyCode)
        && Objects.equals(remoteMta, o.remoteMta)
        && Objects.equals(diagnostic, o.diagnostic)
        && Objects.equals(reason, o.reason)
        && Objects.equals(senderAction, o.senderAction)
        && Objects.equals(permanence, o.permanence)
        && Objects.equals(addressDead, o.addressDead)
        && Objects.equals(provider, o.provider);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, message, kind, problem, reportingMta, recipient);
  }

  @Override
  public String toString() {
    return "BounceResult{"
        + "source=" + source
        + ", message=" + message
        + ", kind=" + kind
        + ", problem=" + problem
        + ", reportingMta=" + reportingMta
        + ", recipient=" + recipient
        + ", recipientDomain=" + recipientDomain
        + ", action=" + action
        + ", status=" + status
        + ", replyCode=" + replyCode
        + ", remoteMta=" + remoteMta
        + ", diagnostic=" + diagnostic
        + ", reason=" + reason
        + ", senderAction=" + senderAction
        + ", permanence=" + permanence
        + ", addressDead=" + addressDead
        + ", provider=" + provider
        + "}";
  }
}
