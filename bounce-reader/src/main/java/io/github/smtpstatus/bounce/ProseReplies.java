package io.github.smtpstatus.bounce;

import io.github.smtpstatus.QuotedReply;
import io.github.smtpstatus.ReplyFinding;
import io.github.smtpstatus.SmtpReplies;
import io.github.smtpstatus.SmtpReply;
import io.github.smtpstatus.StatusCode;
import io.github.smtpstatus.StatusCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The replies a bounce's prose quotes, read by the API's lenient reading ({@link SmtpReplies#findAll},
 * {@link QuotedReply}), with the two things only a bounce's layout tells:
 *
 * <ul>
 *   <li>A <b>recipient line ends a reply</b>: in a list of failed recipients (Exim, Gmail, qmail), the
 *       next recipient's address on a line indented no deeper than the line before it starts the next
 *       entry, not a continuation of the reply above. The text is read in pieces cut at such lines, so
 *       one reply never runs into the next recipient's.
 *   <li><b>Sendmail's recipient notation</b>, {@code <user@example.org>... 550 Host unknown}: a reply
 *       code right after {@code >... } starts a reply to the end of the line, with or without an
 *       enhanced code.
 * </ul>
 *
 * <p>Linear in the text: each piece is scanned once.
 */
final class ProseReplies {

  private ProseReplies() {}

  /** A reply found in the prose: where it starts and ends in the whole text, and the reply. */
  record Found(int start, int end, QuotedReply quoted) {
    SmtpReply reply() {
      return quoted.reply();
    }
  }

  /** The first {@code max} replies the prose quotes, in order. */
  static List<Found> findAll(String text, int max) {
    List<Found> found = new ArrayList<>(2);
    int pieceStart = 0;
    int previousDepth = -1;
    int line = 0;
    int n = text.length();
    while (line < n && found.size() < max) {
      int end = lineEnd(text, line);
      int first = indent(text, line, end);
      if (first < end && text.charAt(first) != '\r') {
        int depth = first - line;
        if (line > pieceStart && previousDepth >= 0 && depth <= previousDepth && startsAddress(text, first, end)) {
          scan(text, pieceStart, line, found, max);
          pieceStart = line;
        }
        previousDepth = depth;
      }
      line = end + 1;
    }
    if (found.size() < max) {
      scan(text, pieceStart, n, found, max);
    }
    return found.size() <= max ? found : new ArrayList<>(found.subList(0, max));
  }

  /** The enhanced code a reply gives: its own, else one written in its text ({@code 552 over quota (#5.2.2)}). */
  static StatusCode code(SmtpReply reply) {
    return reply.enhancedCode().orElseGet(() -> StatusCodes.findFirst(reply.text()).orElse(null));
  }

  /**
   * The innermost reply quoted in a quoted reply's text ({@link QuotedReply#innermost()}); else a failure
   * reply its text starts with (PMDF and Gmail put their own code before the remote reply:
   * {@code 550 5.7.1 550 Rejected}); else the one after Sendmail's notation in it
   * ({@code 554 <user@example.org>... 550 Host unknown}, the remote answer inside Sendmail's own); null
   * when none is nested.
   */
  static SmtpReply nested(QuotedReply quoted) {
    QuotedReply inner = quoted.innermost();
    if (inner != quoted) {
      return inner.reply();
    }
    String text = quoted.reply().text();
    if (!text.isEmpty() && (text.charAt(0) == '4' || text.charAt(0) == '5') && startsReply(text, 0, text.length())) {
      return QuotedReply.tryParse(normalized(text, 0, text.length())).map(QuotedReply::reply).orElse(null);
    }
    int at = text.indexOf(">... ");
    if (at >= 0 && startsReply(text, at + 5, text.length())) {
      return QuotedReply.tryParse(normalized(text, at + 5, text.length())).map(QuotedReply::reply).orElse(null);
    }
    return null;
  }

  private static void scan(String text, int from, int to, List<Found> found, int max) {
    String piece = text.substring(from, to);
    int covered = 0;
    List<QuotedReply> replies = SmtpReplies.findAll(piece, max - found.size());
    for (int r = 0; r < replies.size() && found.size() < max; r++) {
      QuotedReply quoted = replies.get(r);
      bounceShapes(piece, covered, quoted.start(), from, found, max);
      // The API reads each line of a multi-line reply quoted on lines of its own as a reply cut after its
      // first line; the lines that continue it (same code, next line) are read again as one reply.
      int last = r;
      while (last + 1 < replies.size() && replies.get(last).hasFinding(ReplyFinding.Kind.TRUNCATED)
          && replies.get(last + 1).code() == quoted.code()
          && nextLine(piece, replies.get(last).end(), replies.get(last + 1).start())) {
        last++;
      }
      QuotedReply joined = last == r ? quoted
          : QuotedReply.tryParse(piece.substring(quoted.start(), replies.get(last).end())).orElse(null);
      if (joined == null) {
        joined = quoted;
        last = r;
      }
      found.add(new Found(from + quoted.start(), from + replies.get(last).end(), joined));
      covered = replies.get(last).end();
      r = last;
    }
    bounceShapes(piece, covered, piece.length(), from, found, max);
  }

  /** Whether only white space with exactly one line break stands in {@code text[from, to)}. */
  private static boolean nextLine(String text, int from, int to) {
    int breaks = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        breaks++;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return breaks == 1;
  }

  /**
   * Replies in {@code piece[from, to)} (which no reply found by the API covers) in the shapes a bounce's
   * text gives them without a lead-in: at the start of a line, after Sendmail's {@code >... }, or after
   * {@code : } ({@code responded with failure: 552 sorry, ...}).
   */
  private static void bounceShapes(String piece, int from, int to, int offset, List<Found> found, int max) {
    int i = from;
    while (i < to && found.size() < max) {
      int end = Math.min(lineEnd(piece, i), to);
      int start = -1;
      int k = indent(piece, i, end);
      if ((i == 0 || piece.charAt(i - 1) == '\n') && startsReply(piece, k, end)) {
        start = k;
      } else {
        for (int j = i; j + 2 < end && start < 0; j++) {
          if (((piece.charAt(j) == ':' && piece.charAt(j + 1) == ' ')
              || (piece.startsWith(">... ", j))) && startsReply(piece, piece.charAt(j) == ':' ? j + 2 : j + 5, end)) {
            start = piece.charAt(j) == ':' ? j + 2 : j + 5;
          }
        }
      }
      if (start < 0) {
        i = end + 1;
        continue;
      }
      int replyEnd = extent(piece, start, end, to);
      Optional<QuotedReply> quoted = QuotedReply.tryParse(normalized(piece, start, replyEnd));
      if (quoted.isPresent()) {
        found.add(new Found(offset + start, offset + replyEnd, quoted.get()));
      }
      i = replyEnd + 1;
    }
  }

  /**
   * Whether a reply starts at {@code i}: a reply code, a space, hyphen or colon, then (after at most
   * three of those) a letter, a bracket, a quote, a {@code #} or an enhanced code: so a count
   * ({@code 250 messages} aside) or a number in running text is not taken.
   */
  private static boolean startsReply(String s, int i, int end) {
    if (i + 4 >= end || !isReplyCode(s, i) || (i > 0 && isDigitOrDot(s.charAt(i - 1)))
        || !isSeparator(s.charAt(i + 3))) {
      return false;
    }
    int j = skipSeparators(s, i + 3, end);
    if (j >= end) {
      return false;
    }
    char c = s.charAt(j);
    return Character.isLetter(c) || c == '<' || c == '[' || c == '(' || c == '#' || c == '\'' || c == '"'
        || (c >= '2' && c <= '5' && j + 1 < end && s.charAt(j + 1) == '.');
  }

  /** The end of a reply starting at {@code start}: its line, and after a {@code NNN-} line the lines with its code. */
  private static int extent(String piece, int start, int lineEnd, int to) {
    int end = lineEnd;
    boolean continued = piece.charAt(start + 3) == '-';
    while (continued && end + 1 < to) {
      int next = end + 1;
      int nextEnd = Math.min(lineEnd(piece, next), to);
      int k = indent(piece, next, nextEnd);
      if (!(k + 3 < nextEnd && piece.regionMatches(k, piece, start, 3) && (piece.charAt(k + 3) == '-'
          || piece.charAt(k + 3) == ' '))) {
        break;
      }
      continued = piece.charAt(k + 3) == '-';
      end = nextEnd;
    }
    return end;
  }

  /**
   * The reply's lines as the API reads them: each line's code and its {@code -} or space, then its text
   * after the separators MTAs add ({@code 550: : User unknown}, {@code 550 - Requested action}).
   */
  private static String normalized(String piece, int start, int end) {
    StringBuilder out = new StringBuilder(end - start);
    int line = start;
    while (line < end) {
      int lineEnd = Math.min(lineEnd(piece, line), end);
      int k = line == start ? start : indent(piece, line, lineEnd);
      if (out.length() > 0) {
        out.append("\r\n");
      }
      if (k + 3 <= lineEnd && isReplyCode(piece, k)) {
        out.append(piece, k, k + 3).append(k + 3 < lineEnd && piece.charAt(k + 3) == '-' ? '-' : ' ');
        k = skipSeparators(piece, k + 3, lineEnd);
      }
      int textEnd = lineEnd > k && piece.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
      out.append(piece, k, Math.max(k, textEnd));
      line = lineEnd + 1;
    }
    return out.toString();
  }

  private static int skipSeparators(String s, int i, int end) {
    for (int skipped = 0; skipped < 4 && i < end && isSeparator(s.charAt(i)); skipped++) {
      i++;
    }
    return i;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == ':';
  }

  private static boolean isDigitOrDot(char c) {
    return (c >= '0' && c <= '9') || c == '.';
  }

  private static boolean isReplyCode(String s, int i) {
    return i + 3 <= s.length() && s.charAt(i) >= '2' && s.charAt(i) <= '5' && s.charAt(i + 1) >= '0'
        && s.charAt(i + 1) <= '5' && s.charAt(i + 2) >= '0' && s.charAt(i + 2) <= '9'
        && (i + 3 == s.length() || !(s.charAt(i + 3) >= '0' && s.charAt(i + 3) <= '9'));
  }

  /** The index of the first character that is not a space or tab in {@code [line, end)}. */
  private static int indent(String text, int line, int end) {
    int i = line;
    while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** Whether an address (optionally in {@code <>}) starts at {@code k}: a recipient's line. */
  private static boolean startsAddress(String text, int k, int end) {
    int i = k < end && text.charAt(k) == '<' ? k + 1 : k;
    int at = i;
    while (at < end && text.charAt(at) != '@' && text.charAt(at) != ' ' && text.charAt(at) != '\t') {
      at++; // bounded to the first word, so that Addresses.find never looks past this line
    }
    if (at >= end || text.charAt(at) != '@') {
      return false;
    }
    List<Addresses.Found> found = Addresses.find(text, i, end);
    return !found.isEmpty() && found.get(0).start() == i;
  }

  private static int lineEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }
}
