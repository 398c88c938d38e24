package io.github.smtpstatus.bounce;

/**
 * A cap on what one message may make the reader do. Each has a default (see {@link BounceReader.Builder});
 * when a message reaches one, the reader keeps what it read so far and says so in a
 * {@link BounceFinding.Kind#LIMIT_REACHED} finding naming the limit.
 */
public enum Limit {
  /** The octets of one message; the rest is not read. */
  MESSAGE_BYTES,
  /** How deep multiparts may nest; deeper entities are skipped. */
  NESTING_DEPTH,
  /** How many MIME body parts are read; the later ones are skipped. */
  PARTS,
  /** The octets of one header field, folded lines included; reading stops at such a field. */
  HEADER_BYTES,
  /** How many recipients one message may report; the later ones are dropped. */
  RECIPIENTS,
  /** How many replies and status codes are read from a bounce's text; the later ones are not read. */
  REPLIES
}
