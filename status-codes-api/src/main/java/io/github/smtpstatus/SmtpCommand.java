package io.github.smtpstatus;

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
   * @param phrase the words that name the command, as a log line or a bounce writes them
   * @return the command, or empty when the phrase names none
   * @throws NullPointerException if {@code phrase} is null
   */
  public static Optional<SmtpCommand> find(CharSequence phrase) {
    Objects.requireNonNull(phrase, "phrase == null");
    return find(phrase, 0, phrase.length());
  }

  /** {@link #find(CharSequence)} of {@code phrase[start, end)}, read in place (the reply scanner's phrases). */
  static Optional<SmtpCommand> find(CharSequence phrase, int start, int end) {
    // Only the first words matter: a phrase longer than this names no command (and cannot cost more).
    int to = Math.min(end, start + 64);
    for (int i = start; i < to; i++) {
      if (phrase.charAt(i) == ':') {
        to = i;
      }
    }
    int from = skipSpaces(phrase, start, to);
    to = trimSpaces(phrase, from, to);
    if (endsWithWord(phrase, from, to, " command")) {
      to = trimSpaces(phrase, from, to - " command".length());
    }
    for (String prefix : SKIPPED_PREFIXES) {
      if (to - from > prefix.length() && regionEqualsIgnoreCase(phrase, from, prefix, end)) {
        from = skipSpaces(phrase, from + prefix.length(), to);
      }
    }
    for (int k = 0; k < NAMES.length; k++) {
      String name = NAMES[k];
      if (to - from == name.length() && regionEqualsIgnoreCase(phrase, from, name, end)) {
        return Optional.of(COMMANDS[k]);
      }
    }
    boolean xforward = to - from >= 7
        && (regionEqualsIgnoreCase(phrase, from, "XFORWARD", end)
            || regionEqualsIgnoreCase(phrase, from, "XCLIENT", end));
    return xforward ? Optional.of(XFORWARD) : Optional.empty();
  }

  /** The words MTAs put before a command name: Exim's {@code pipelined}, Postfix's {@code final}. */
  private static final String[] SKIPPED_PREFIXES = {"pipelined ", "final "};

  /** Each name MTAs write, and the command it names (compared in any case). */
  private static final String[] NAMES = {"CONNECT", "initial connection", "greeting", "initial greeting",
      "SMTP greeting", "EHLO", "HELO", "LHLO", "STARTTLS", "AUTH", "MAIL", "MAIL FROM", "RCPT", "RCPT TO", "DATA",
      "end of DATA", "END-OF-MESSAGE", "end of message", "BDAT LAST", "BDAT", "RSET", "RSET probe", "QUIT", "VRFY",
      "ETRN"};
  private static final SmtpCommand[] COMMANDS = {CONNECT, CONNECT, CONNECT, CONNECT, CONNECT, EHLO, EHLO, EHLO,
      STARTTLS, AUTH, MAIL, MAIL, RCPT, RCPT, DATA, END_OF_DATA, END_OF_DATA, END_OF_DATA, END_OF_DATA, BDAT, RSET,
      RSET, QUIT, VRFY, ETRN};

  private static boolean regionEqualsIgnoreCase(CharSequence s, int from, String word, int end) {
    if (from + word.length() > end) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      char a = s.charAt(from + k);
      char b = word.charAt(k);
      if (a != b && Character.toUpperCase(a) != Character.toUpperCase(b)) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWithWord(CharSequence s, int from, int to, String word) {
    return to - from > word.length() && regionEqualsIgnoreCase(s, to - word.length(), word, to);
  }

  private static int skipSpaces(CharSequence s, int from, int to) {
    while (from < to && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
    return from;
  }

  private static int trimSpaces(CharSequence s, int from, int to) {
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    return to;
  }
}
