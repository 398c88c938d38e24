package io.github.smtpstatus.classify;

import java.util.List;

/**
 * Why a message was not delivered (or that it was), in the terms a sender acts on: each reason says
 * what it means for the sender ({@link #action()}) and which of the reason names of Sisimai, the most
 * used open bounce parser, it corresponds to ({@link #sisimaiReasons()}), so that results compare.
 *
 * <p>A reason says nothing about permanence by itself: {@code 4.2.2} and {@code 5.2.2} are both
 * {@link #MAILBOX_FULL}. Whether an address is dead combines the two, see
 * {@link Classification#addressDead()}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3463">RFC 3463</a>
 * @see <a href="https://libsisimai.org/en/reason/">Sisimai's bounce reasons</a>
 */
public enum BounceReason {

  /** The message was delivered (a class 2 code, a 2yz reply). */
  DELIVERED(SenderAction.NONE, "the message was delivered", "delivered"),

  /** An automatic reply such as an out-of-office notice (RFC 3834): the message was delivered. */
  AUTO_REPLY(SenderAction.NONE, "an automatic reply (out of office, vacation)", "vacation"),

  /** No such mailbox or user at the destination, or the address is invalid (X.1.1, X.1.3). */
  USER_UNKNOWN(SenderAction.REMOVE_ADDRESS, "the recipient's mailbox does not exist", "userunknown"),

  /** The recipient's domain does not exist or has no mail host (X.1.2, X.4.4). */
  HOST_UNKNOWN(SenderAction.REMOVE_ADDRESS, "the recipient's domain does not exist or cannot be routed to",
      "hostunknown"),

  /** The mailbox has moved, or its owner changed, and there is no forwarding address (X.1.6, X.7.17). */
  HAS_MOVED(SenderAction.REMOVE_ADDRESS, "the mailbox has moved or changed owner", "hasmoved"),

  /** The recipient's domain accepts no mail at all, such as a null MX (RFC 7505, X.1.10). */
  NOT_ACCEPTING_MAIL(SenderAction.REMOVE_ADDRESS, "the recipient's domain accepts no mail", "notaccept"),

  /** The mailbox exists but is disabled, suspended or inactive (X.2.1); it may come back. */
  MAILBOX_DISABLED(SenderAction.RETRY_LATER, "the mailbox is disabled or suspended", "suspend"),

  /** The mailbox is over its storage quota (X.2.2). */
  MAILBOX_FULL(SenderAction.RETRY_LATER, "the mailbox is full", "mailboxfull"),

  /** The message is larger than the recipient or the system accepts (X.2.3, X.3.4). */
  MESSAGE_TOO_BIG(SenderAction.CHANGE_MESSAGE, "the message is too big", "mesgtoobig", "exceedlimit",
      "emailtoolarge"),

  /** Too many connections, messages or recipients in too short a time: the sender must slow down. */
  RATE_LIMITED(SenderAction.RETRY_LATER, "the sender exceeded a rate or connection limit", "ratelimited",
      "toomanyconn"),

  /** The sender's address, domain or IP address is blocked, for example listed on a DNSBL. */
  BLOCKED(SenderAction.FIX_SENDER, "the sender's IP address or domain is blocked", "blocked"),

  /** The sender's IP address or domain has too poor a reputation at the receiver. */
  BAD_REPUTATION(SenderAction.FIX_SENDER, "the sender's reputation is too low", "badreputation"),

  /** The sending IP address has no valid reverse DNS (PTR) record (X.7.25). */
  REQUIRE_PTR(SenderAction.FIX_SENDER, "the sending IP address lacks valid reverse DNS", "requireptr"),

  /** SPF, DKIM, DMARC or ARC authentication failed (X.7.20 to X.7.26, X.7.29). */
  AUTH_FAILURE(SenderAction.FIX_SENDER, "SPF, DKIM or DMARC authentication failed", "authfailure"),

  /** Refused on security grounds: delivery not authorised, TLS or authentication required (X.7.x). */
  SECURITY_ERROR(SenderAction.FIX_SENDER, "refused on security grounds (not authorised, TLS, credentials)",
      "securityerror"),

  /** The receiver's policy refuses mail like this from this sender. */
  POLICY_VIOLATION(SenderAction.FIX_SENDER, "the receiver's policy refuses this mail", "policyviolation"),

  /** A filter of the recipient (or of its mailbox) refused the message; the address exists (X.2.0). */
  FILTERED(SenderAction.FIX_SENDER, "a filter at the recipient refused the message", "filtered"),

  /** The receiver is not a relay for the recipient's domain. */
  NO_RELAYING(SenderAction.FIX_SENDER, "the receiver refused to relay the message", "norelaying"),

  /** The sender's own address (the envelope sender) was refused (X.1.7, X.1.8). */
  SENDER_REJECTED(SenderAction.FIX_SENDER, "the sender's address was refused", "rejected"),

  /** The sending client broke the SMTP protocol (X.5.x). */
  PROTOCOL_ERROR(SenderAction.FIX_SENDER, "the SMTP client broke the protocol", "syntaxerror"),

  /** The content was judged to be spam. */
  SPAM_DETECTED(SenderAction.CHANGE_MESSAGE, "the message was judged to be spam", "spamdetected"),

  /** The message carries a virus or other malware. */
  VIRUS_DETECTED(SenderAction.CHANGE_MESSAGE, "the message carries a virus or malware", "virusdetected"),

  /** The message's media or encoding cannot be handled (X.6.x). */
  CONTENT_ERROR(SenderAction.CHANGE_MESSAGE, "the message's format or encoding was refused", "contenterror"),

  /** The message breaks the message format (RFC 5322), such as duplicate or missing headers. */
  NOT_RFC_COMPLIANT(SenderAction.CHANGE_MESSAGE, "the message is not RFC 5322 compliant", "notcompliantrfc"),

  /** The sending system gave up: the message stayed in its queue too long (X.4.7). */
  EXPIRED(SenderAction.RETRY_LATER, "delivery time expired", "expired"),

  /** A network or routing failure: no answer, lost connection, DNS failure, routing loop (X.4.x). */
  NETWORK_ERROR(SenderAction.RETRY_LATER, "a network or routing failure", "networkerror"),

  /** The receiving system failed or is out of resources (X.3.x). */
  SYSTEM_ERROR(SenderAction.RETRY_LATER, "the receiving system failed or is overloaded", "systemerror",
      "systemfull"),

  /** A local delivery program (a pipe, a mail filter) failed. */
  MAILER_ERROR(SenderAction.RETRY_LATER, "a local delivery program failed", "mailererror"),

  /** The recipient reported the message as spam or unsubscribed (an ARF feedback report, RFC 5965). */
  COMPLAINT(SenderAction.STOP_SENDING, "the recipient complained or unsubscribed", "feedback"),

  /** Nothing in the code or the text says why (X.0.0, a bare failure). */
  UNDETERMINED(SenderAction.INVESTIGATE, "the failure gives no reason", "undefined", "onhold");

  private final SenderAction action;
  private final String description;
  private final List<String> sisimaiReasons;

  BounceReason(SenderAction action, String description, String... sisimaiReasons) {
    this.action = action;
    this.description = description;
    this.sisimaiReasons = List.of(sisimaiReasons);
  }

  /** {@return what this reason asks of the sender} */
  public SenderAction action() {
    return action;
  }

  /** {@return one line saying what the reason means, such as "the mailbox is full"} */
  public String description() {
    return description;
  }

  /**
   * The Sisimai reason names this reason corresponds to, the first being the closest: a Sisimai result
   * agrees with this reason when its reason is among them.
   *
   * @return the Sisimai reason names, closest first; immutable
   */
  public List<String> sisimaiReasons() {
    return sisimaiReasons;
  }
}
