package io.github.smtpstatus.bounce;

import io.github.smtpstatus.DeliveryStatus;
import io.github.smtpstatus.SmtpReply;
import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.StatusCodes;
import java.util.ArrayList;
import java.util.List;

/**
 * The seam between the bounce reader and lenient reply reading: replies as MTAs quote them (flattened
 * onto one line, cut after a continuation line, with {@code #5.1.0}), replies nested in replies, and
 * replies quoted in prose. Everything the bounce reader knows of quoted replies goes through here, so
 * that the API's own lenient reading can take its place in one spot.
 */
final class ReplyText {

  /** How deep {@link #nested} looks for a reply inside a reply inside a reply. */
  private static final int MAX_NESTING = 3;

  private ReplyText() {}

  /** A reply found in a text: where it starts and ends, and the reply. */
  record Quoted(int start, int end, SmtpReply reply) {}

  /**
   * The reply a text holds from its start, read leniently; null when it does not start with a reply
   * code ({@code 2}-{@code 5}, {@code 0}-{@code 5}, digit) followed by a space, a hyphen or its end.
   */
  static SmtpReply lenient(String text) {
    String s = unquote(text.strip());
    if (!isReplyCode(s, 0) || (s.length() > 3 && !isSeparator(s.charAt(3)))) {
      return null;
    }
    String code = s.substring(0, 3);
    int i = Math.min(4, s.length());
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t'
        || (i < 8 && (s.charAt(i) == ':' || s.charAt(i) == '-') && i + 1 < s.length() && s.charAt(i + 1) == ' '))) {
      i++; // "550: : User unknown", "550 - Requested action": the separators MTAs add
    }
    if (i + 4 <= s.length() && s.startsWith(code, i) && (i + 3 == s.length() || s.charAt(i + 3) == ' ')) {
      i += 3; // "550 550 5.1.1 ...": the code repeated, as Gmail quotes replies
      while (i < s.length() && s.charAt(i) == ' ') {
        i++;
      }
    }
    char quote = 0;
    int codeEnd = -1;
    if (i + 1 < s.length() && s.charAt(i) == '#' && isDigit(s.charAt(i + 1))) {
      i++; // "550 #5.1.0 Address rejected": the code without its '#'
    } else if (i + 2 < s.length() && s.charAt(i) == '(' && s.charAt(i + 1) == '#' && isDigit(s.charAt(i + 2))) {
      i += 2; // "550 (#5.1.1) ...": without its "(#" and ")"
      codeEnd = codeEnd(s, i);
    } else if (i + 2 < s.length() && (s.charAt(i) == '\'' || s.charAt(i) == '"') && isDigit(s.charAt(i + 1))
        && s.charAt(i + 2) == '.') {
      quote = s.charAt(i++); // "550-'5.7.1 <a@b>... Access denied'": the reply quoted after its code
    }
    if (i == Math.min(4, s.length()) && quote == 0) {
      SmtpReply strict = s.indexOf('\n') >= 0 ? SmtpReply.tryParse(s).orElse(null)
          : DeliveryStatus.parseDiagnosticCode("smtp; " + s).smtpReply().orElse(null);
      if (strict != null) {
        return strict;
      }
    }
    int end = quote != 0 && s.charAt(s.length() - 1) == quote ? s.length() - 1 : s.length();
    StringBuilder line = new StringBuilder(s.length()).append(code).append(' ');
    boolean space = false;
    for (; i < end; i++) {
      char c = s.charAt(i);
      if (i == codeEnd && c == ')') {
        continue;
      }
      if (c < ' ' || c == 0x7f) {
        space = true;
        if (i + 4 < end && s.startsWith(code, i + 1) && (s.charAt(i + 4) == '-' || s.charAt(i + 4) == ' ')) {
          i += 4; // the next line's own "550-" or "550 "
        }
        continue;
      }
      if (c == ' ' && i + 4 < end && s.startsWith(code, i + 1) && (s.charAt(i + 4) == '-' || s.charAt(i + 4) == ' ')) {
        i += 4; // a flattened line prefix: "... 550-5.1.1 next line"
        space = true;
        continue;
      }
      if ((space || c == ' ' || c == '\t') && line.charAt(line.length() - 1) != ' ') {
        line.append(' ');
      }
      space = false;
      if (c != ' ' && c != '\t') {
        line.append(c);
      }
    }
    return SmtpReply.tryParse(line.toString().strip()).orElse(null);
  }

  /** The index after the digits and dots starting at {@code i}. */
  private static int codeEnd(String s, int i) {
    while (i < s.length() && (isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
      i++;
    }
    return i;
  }

  /**
   * The enhanced code a reply gives: its own, else one written in its text, as qmail writes
   * {@code 552 sorry, mailbox is over quota (#5.2.2)}; null when neither.
   */
  static StatusCode code(SmtpReply reply) {
    return reply.enhancedCode().orElseGet(() -> StatusCodes.findFirst(reply.text()).orElse(null));
  }

  /** The innermost reply quoted in the reply's text (in {@code <>}, quotes, or after a colon), or null. */
  static SmtpReply nested(SmtpReply reply) {
    SmtpReply inner = null;
    SmtpReply outer = reply;
    for (int depth = 0; depth < MAX_NESTING; depth++) {
      Quoted quoted = firstQuoted(outer.text());
      if (quoted == null) {
        break;
      }
      inner = quoted.reply();
      outer = inner;
    }
    return inner;
  }

  /** The first reply quoted in a text that is not itself a reply (a relay's prose, a diagnostic). */
  static Quoted firstQuoted(String text) {
    List<Quoted> all = scan(text, 1);
    return all.isEmpty() ? null : all.get(0);
  }

  /** Every reply quoted in prose, in order. */
  static List<Quoted> scan(String text) {
    return scan(text, Integer.MAX_VALUE);
  }

  /**
   * Replies start where a reply code stands at the start of a line (after white space and transcript
   * markers such as {@code <<<}), or after a colon, an opening bracket or a quote; a reply code followed
   * by a space or hyphen and then a letter, an enhanced code or a bracket. A reply extends to the end
   * of its line, over following lines with the same code, and over following indented lines.
   */
  private static List<Quoted> scan(String text, int max) {
    List<Quoted> found = new ArrayList<>(2);
    int n = text.length();
    int i = 0;
    while (i + 4 < n && found.size() < max) {
      if (isReplyCode(text, i) && isSeparator(text.charAt(i + 3))
          && startsText(text, i + 4) && (leftContext(text, i) || strongShape(text, i + 4))) {
        char close = closer(text, i);
        int end = extent(text, i, close);
        SmtpReply reply = lenient(text.substring(i, end));
        if (reply != null) {
          found.add(new Quoted(i, end, reply));
          i = end;
          continue;
        }
      }
      i++;
    }
    return found;
  }

  /**
   * After the reply code and its separator: an enhanced code ({@code 550 5.1.1}, {@code 550-'5.7.1}) or a
   * quote: shapes a reply has wherever it stands, so no left context is needed.
   */
  private static boolean strongShape(String text, int i) {
    char c = text.charAt(i);
    if (c == '\'' || c == '"') {
      return true;
    }
    return i + 1 < text.length() && (c == '2' || c == '4' || c == '5') && text.charAt(i + 1) == '.';
  }

  /** What may follow a quoted reply code: RFC 5321's space or hyphen, and the colon some MTAs write ({@code 550: ...}). */
  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == ':';
  }

  /**
   * Whether reply text starts at {@code i}, after at most a few separators ({@code 550 - Requested},
   * {@code 550: : User unknown}) and a repeated code ({@code 550 550 5.1.1}, as Gmail quotes replies): a
   * letter, a quote, a bracket, a {@code #}, or an enhanced code.
   */
  private static boolean startsText(String text, int i) {
    int n = text.length();
    for (int skipped = 0; skipped < 3 && i + 1 < n && (text.charAt(i) == ' ' || text.charAt(i) == '-'
        || text.charAt(i) == ':') && text.charAt(i) != text.charAt(i - 1); skipped++) {
      i++;
    }
    if (i >= 4 && i + 4 < n && text.regionMatches(i, text, i - 4, 3) && text.charAt(i + 3) == ' ') {
      i += 4;
    }
    if (i >= n) {
      return false;
    }
    char c = text.charAt(i);
    return Character.isLetter(c) || c == '\'' || c == '"' || c == '<' || c == '[' || c == '(' || c == '#'
        || (isDigit(c) && i + 1 < n && text.charAt(i + 1) == '.');
  }

  private static boolean leftContext(String text, int i) {
    int j = i - 1;
    while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j--;
    }
    if (j < 0 || text.charAt(j) == '\n' || text.charAt(j) == '\r') {
      return true;
    }
    char c = text.charAt(j);
    if (c == '<' || c == '>') {
      while (j >= 0 && (text.charAt(j) == '<' || text.charAt(j) == '>')) {
        j--;
      }
      return j < 0 || text.charAt(j) == '\n' || text.charAt(j) == ' ' || text.charAt(j) == '\t' || c == '<';
    }
    if (c == '.' && j >= 2 && text.charAt(j - 1) == '.' && text.charAt(j - 2) == '.') {
      return true; // Sendmail: "<user@example.org>... 550 Host unknown"
    }
    return c == ':' || c == '(' || c == '"' || c == '\'' || c == '[' || c == '=';
  }

  /** The closing character of the bracket or quote just before the reply, or 0. */
  private static char closer(String text, int i) {
    if (i == 0) {
      return 0;
    }
    return switch (text.charAt(i - 1)) {
      case '<' -> '>';
      case '(' -> ')';
      case '[' -> ']';
      case '"' -> '"';
      case '\'' -> '\'';
      default -> 0;
    };
  }

  /**
   * Where a reply that starts at {@code start} ends: at the bracket or quote that closes it, else at the
   * end of its line, extended over the lines that continue it: after a {@code 550-} line, the next line
   * with the same code; and any following indented line, unless it starts another reply or, indented
   * no deeper than the reply's own line, an address (the next recipient of an Exim or qmail list).
   */
  private static int extent(String text, int start, char close) {
    int n = text.length();
    int end = lineEnd(text, start);
    if (close != 0) {
      int closing = text.lastIndexOf(close, end - 1);
      return closing > start + 3 ? closing : end;
    }
    int lineStart = text.lastIndexOf('\n', start) + 1;
    int indent = 0;
    while (lineStart + indent < start && (text.charAt(lineStart + indent) == ' ' || text.charAt(lineStart + indent) == '\t')) {
      indent++;
    }
    boolean continued = text.charAt(start + 3) == '-';
    while (end < n) {
      int next = end + 1;
      if (next < n && text.charAt(end) == '\r') {
        next++;
      }
      int nextEnd = lineEnd(text, next);
      int k = next;
      while (k < nextEnd && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
        k++;
      }
      boolean sameCode = continued && k + 3 < nextEnd && text.regionMatches(k, text, start, 3)
          && (text.charAt(k + 3) == ' ' || text.charAt(k + 3) == '-');
      boolean indented = k > next && k < nextEnd && !isReplyCode(text, k)
          && (k - next > indent || !startsAddress(text, k, nextEnd));
      if (!sameCode && !indented) {
        break;
      }
      if (sameCode) {
        continued = text.charAt(k + 3) == '-';
      }
      end = nextEnd;
    }
    return end;
  }

  /** Whether an address (optionally in {@code <>}) starts at {@code k}: the next recipient's line, not the reply's. */
  private static boolean startsAddress(String text, int k, int end) {
    int i = k < end && text.charAt(k) == '<' ? k + 1 : k;
    List<Addresses.Found> found = Addresses.find(text, i, end);
    return !found.isEmpty() && found.get(0).start() == i;
  }

  private static int lineEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    if (end < 0) {
      return text.length();
    }
    return end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
  }

  static boolean isReplyCode(String s, int i) {
    return i + 3 <= s.length() && s.charAt(i) >= '2' && s.charAt(i) <= '5' && s.charAt(i + 1) >= '0'
        && s.charAt(i + 1) <= '5' && isDigit(s.charAt(i + 2)) && (i + 3 == s.length() || !isDigit(s.charAt(i + 3)))
        && (i == 0 || !isDigit(s.charAt(i - 1)) && s.charAt(i - 1) != '.');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String unquote(String s) {
    if (s.length() >= 2) {
      char first = s.charAt(0);
      char last = s.charAt(s.length() - 1);
      if ((first == '"' && last == '"') || (first == '\'' && last == '\'') || (first == '<' && last == '>')) {
        return s.substring(1, s.length() - 1).strip();
      }
    }
    return s;
  }
}
