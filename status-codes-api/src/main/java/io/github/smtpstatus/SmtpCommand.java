package io.github.smtpstatus;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The stage of an SMTP session that a reply answered, as the MTA that quotes the reply names it:
 * Postfix's {@code (in reply to RCPT TO command)}, Exim's {@code after pipelined RCPT TO:<a@b>}, a
 * Postfix server's own {@code reject: RCPT from ...}. A classifier reads it: a refusal of {@code RCPT}
 * is about the address, one at {@link #END_OF_DATA} about the message.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc5321#section-4.1">RFC 5321 section 4.1</a>
 */
public enum SmtpCommand {
  /** The server's greeting, before any command (Exim's {@code initial connection}, Postfix's {@code CONNECT}). */
  CONNECT,
  /** {@code EHLO}, {@code HELO} or LMTP's {@code LHLO}. */
  EHLO,
  /** {@code STARTTLS} (RFC 3207). */
  STARTTLS,
  /** {@code AUTH} (RFC 4954). */
  AUTH,
  /** {@code MAIL FROM}. */
  MAIL,
  /** {@code RCPT TO}. */
  RCPT,
  /** {@code DATA}, the command itself (the 354 stage). */
  DATA,
  /**
   * The end of the message data: the final {@code .} after {@code DATA} (Postfix's {@code end of DATA},
   * Exim's {@code end of data}, Postfix's server-side {@code END-OF-MESSAGE}) or the last {@code BDAT}
   * chunk (RFC 3030).
   */
  END_OF_DATA,
  /** {@code BDAT} (RFC 3030), a chunk other than the last as far as the quoting MTA says. */
  BDAT,
  /** {@code RSET} (Postfix's {@code final RSET} and {@code RSET probe} too). */
  RSET,
  /** {@code QUIT}. */
  QUIT,
  /** {@code VRFY}. */
  VRFY,
  /** {@code ETRN} (RFC 1985). */
  ETRN,
  /** Postfix's {@code XFORWARD} and {@code XCLIENT} extensions. */
  XFORWARD;

  /**
   * The command that a phrase names, in any case, with the words MTAs write around it ignored: the
   * command's argument after a {@code :} ({@code RCPT TO:<a@b>}), a leading {@code pipelined} (Exim) or
   * {@code final} (Postfix), a trailing {@code command} (Postfix). Empty for a phrase that names none.
   *
   * <pre>{@code
   * SmtpCommand.find("RCPT TO command");            // Optional[RCPT]
   * SmtpCommand.find("pipelined RCPT TO:<a@b>");    // Optional[RCPT]
   * SmtpCommand.find("end of DATA command");        // Optional[END_OF_DATA]
   * SmtpCommand.find("initial connection");         // Optional[CONNECT]
   * }</pre>
   *
   * @throws NullPointerException if {@code phrase} is null
   */
  public static Optional<SmtpCommand> find(CharSequence phrase) {
    Objects.requireNonNull(phrase, "phrase == null");
    // Only the first words matter: a phrase longer than this names no command (and cannot cost more).
    int limit = Math.min(phrase.length(), 64);
    String words = phrase.subSequence(0, limit).toString().strip().toUpperCase(Locale.ROOT);
    int colon = words.indexOf(':');
    if (colon >= 0) {
      words = words.substring(0, colon).strip();
    }
    if (words.endsWith(" COMMAND")) {
      words = words.substring(0, words.length() - " COMMAND".length()).strip();
    }
    for (String prefix : new String[] {"PIPELINED ", "FINAL "}) {
      if (words.startsWith(prefix)) {
        words = words.substring(prefix.length()).strip();
      }
    }
    return Optional.ofNullable(named(words));
  }

  private static SmtpCommand named(String words) {
    return switch (words) {
      case "CONNECT", "INITIAL CONNECTION", "GREETING", "INITIAL GREETING", "SMTP GREETING" -> CONNECT;
      case "EHLO", "HELO", "LHLO" -> EHLO;
      case "STARTTLS" -> STARTTLS;
      case "AUTH" -> AUTH;
      case "MAIL", "MAIL FROM" -> MAIL;
      case "RCPT", "RCPT TO" -> RCPT;
      case "DATA" -> DATA;
      case "END OF DATA", "END-OF-MESSAGE", "END OF MESSAGE", "BDAT LAST" -> END_OF_DATA;
      case "BDAT" -> BDAT;
      case "RSET", "RSET PROBE" -> RSET;
      case "QUIT" -> QUIT;
      case "VRFY" -> VRFY;
      case "ETRN" -> ETRN;
      default -> words.startsWith("XFORWARD") || words.startsWith("XCLIENT") ? XFORWARD : null;
    };
  }
}
