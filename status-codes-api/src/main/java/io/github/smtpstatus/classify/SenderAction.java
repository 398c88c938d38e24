package io.github.smtpstatus.classify;

/**
 * What a failure asks of the sender: the decision a bounce processor takes for the address, the
 * sending setup or the message. Each {@link BounceReason} has exactly one.
 */
public enum SenderAction {

  /** Nothing: the message was delivered (or answered automatically). */
  NONE,

  /** The address is dead: remove it from the list; resending can never succeed. */
  REMOVE_ADDRESS,

  /** The condition is temporary on the receiving side: retry later, the address is fine. */
  RETRY_LATER,

  /**
   * The sending side must change before mail is accepted: its reputation, its authentication (SPF,
   * DKIM, DMARC, reverse DNS), its security (TLS) or what it is allowed to send; the address is fine.
   */
  FIX_SENDER,

  /** This message must change (its size, its content or its format); the address is fine. */
  CHANGE_MESSAGE,

  /** The recipient asked not to get this mail (a complaint or an unsubscribe): stop sending it to them. */
  STOP_SENDING,

  /** The failure says too little to act on: read the text, or count it and decide on repeats. */
  INVESTIGATE
}
