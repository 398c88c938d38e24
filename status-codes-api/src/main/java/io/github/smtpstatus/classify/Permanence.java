package io.github.smtpstatus.classify;

/**
 * Whether the reported condition is permanent, read from the class of the enhanced status code
 * (RFC 3463 section 3.1) or, without one, the first digit of the reply code (RFC 5321 section 4.2.1).
 */
public enum Permanence {

  /** Class 2, or a 2yz reply: success. */
  SUCCESS,

  /** Class 4, or a 4yz reply: a persistent transient failure; the same message may succeed later. */
  TRANSIENT,

  /** Class 5, or a 5yz reply: a permanent failure; the same message will not succeed as it is. */
  PERMANENT,

  /** Neither a code nor a reply code was given (free text only). */
  UNKNOWN
}
