package io.github.smtpstatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds SMTP replies quoted in text, for {@link SmtpReplies} (prose) and {@link QuotedReply#nested()}
 * (a reply inside a reply's text). One pass from left to right: every character is looked at a bounded
 * number of times, and a reply found is skipped whole, so the time is linear in the length of the text.
 *
 * <p>A candidate is a reply code ({@code 2}-{@code 5}, {@code 0}-{@code 5}, a digit) after a boundary
 * (the start, white space, or one of {@code ( [ < " ' ; : , = >}) and followed by a space, {@code -}
 * or the end. See {@link SmtpReplies} and {@link QuotedReply} for which candidates are taken.
 */
final class ReplyScanner {

  private static final String EXIM_SERVER = "SMTP error from remote mail server after ";
  private static final String EXIM_MAILER = "SMTP error from remote mailer after ";
  private static final String IN_REPLY_TO = "(in reply to";
  /** How far back over white space a marker such as {@code said:} is looked for. */
  private static final int LOOK_BACK = 16;

  private static final int NONE = 0;
  private static final int COLON = 1;
  private static final int SAID = 2;
  private static final int STRONG_MARKER = 3;

  private final String s;
  private final int n;
  private final boolean nested;
  /** The start of the logical line of the last candidate, and how far {@link #advanceLines} has looked. */
  private int logicalStart;
  private int linesCounted;
  private int eximAt = -1;
  private int nextServer;
  private int nextMailer;
  /** The logical line (folds included) computed last: its end, and the last quote characters in it. */
  private int lineFrom = -1;
  private int lineEnd = -1;
  private int lastAngle;
  private int lastDouble;
  private int lastSingle;

  /** The ASCII characters that {@link #computeLine} passes over: no line break, quote, {@code >} or control character. */
  private static final boolean[] ORDINARY = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ORDINARY[c] = c != '\r' && c != '\n' && c != '>' && c != '"' && c != '\'' && !ControlChars.isControl(c);
    }
  }

  private ReplyScanner(String s, boolean nested) {
    this.s = s;
    this.n = s.length();
    this.nested = nested;
    this.nextServer = s.indexOf(EXIM_SERVER);
    this.nextMailer = s.indexOf(EXIM_MAILER);
  }

  static Optional<QuotedReply> first(String text, boolean nested) {
    List<QuotedReply> found = new ReplyScanner(text, nested).scan(1);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  static List<QuotedReply> all(String text, boolean nested) {
    return all(text, nested, Integer.MAX_VALUE);
  }

  static List<QuotedReply> all(String text, boolean nested, int limit) {
    return new ReplyScanner(text, nested).scan(limit);
  }

  private List<QuotedReply> scan(int limit) {
    List<QuotedReply> found = null;
    for (int i = 0; i + 3 <= n; i++) {
      if (!CodeScanner.isDigit(s.charAt(i + 2))) {
        // No reply code starts at i (its third digit), i + 1 (its second) or i + 2 (its first): one test
        // for three characters of prose. Line breaks are counted only where a candidate asks (advanceLines).
        i += 2;
        continue;
      }
      if (!LenientReplies.isReplyCode(s, i)
          || (i + 3 < n && s.charAt(i + 3) != ' ' && s.charAt(i + 3) != '-')
          || (i > 0 && !leftBoundary(s.charAt(i - 1)))) {
        continue;
      }
      QuotedReply reply = candidate(i);
      if (reply != null) {
        if (found == null) {
          found = new ArrayList<>(2);
        }
        found.add(reply);
        if (found.size() >= limit) {
          break;
        }
        int next = reply.end();
        if (next < n && i > 0 && s.charAt(next) == closing(s.charAt(i - 1))) {
          next++;
        }
        i = Math.max(i, next - 1);
      }
    }
    return found == null ? List.of() : List.copyOf(found);
  }

  /** The reply at {@code i}, a candidate, or null if it is not taken. */
  private QuotedReply candidate(int i) {
    advanceLines(i);
    advanceExim(i);
    char before = i > 0 ? s.charAt(i - 1) : 0;
    char delimiter = before == '<' || before == '"' || before == '\'' ? before : 0;
    boolean strong = strongCode(i);
    int marker = marker(i);
    if (i >= lineEnd) {
      computeLine(i);
    }
    if (marker == NONE && i + 4 < n && LenientReplies.isQuote(s.charAt(i + 4))
        && (s.charAt(i + 4) == '"' ? lastDouble : lastSingle) > i + 5) {
      marker = STRONG_MARKER; // 550-'Unknown user ...': a reply code before quoted text, as Amazon SES quotes replies
    }
    int close = delimiter == 0 ? -1 : delimiter == '<' ? lastAngle : delimiter == '"' ? lastDouble : lastSingle;
    boolean closed = close > i + 3;
    boolean taken = nested
        ? (delimiter != 0 || marker != NONE) && (strong || (delimiter != 0 && closed) || marker == SAID)
        : strong || marker >= SAID;
    if (!taken) {
      return null;
    }
    int end = closed ? close : lineEnd;
    SmtpCommand command = null;
    int annotation = lastIndexOf(IN_REPLY_TO, i + 4, end);
    if (annotation >= 0) {
      int phraseEnd = indexOf(')', annotation, end);
      command = command(annotation + IN_REPLY_TO.length(), phraseEnd < 0 ? end : phraseEnd);
      end = annotation;
    } else if (eximAt >= logicalStart && eximAt < i) {
      int phrase = eximAt + (s.startsWith(EXIM_SERVER, eximAt) ? EXIM_SERVER.length() : EXIM_MAILER.length());
      command = command(phrase, i);
    }
    end = withoutUnbalancedParentheses(i, end);
    while (end > i + 3 && LenientReplies.isSpaceOrBreak(s.charAt(end - 1))) {
      end--;
    }
    Object read = LenientReplies.read(s, i, end, QuotedReply.ALL_REPAIRS, command);
    return read instanceof QuotedReply reply ? reply : null;
  }

  /**
   * What stands before the candidate, over at most {@value #LOOK_BACK} characters of white space:
   * {@code said:} ({@link #SAID}); {@code <<<} (a Sendmail transcript), {@code smtp;} (a DSN's
   * Diagnostic-Code), {@code ]:} or {@code >:} (an Exim host or command), {@code to me:} (Postfix's
   * {@code refused to talk to me:}) or a colon after Exim's {@code SMTP error from remote mail server
   * after} on the same logical line ({@link #STRONG_MARKER}); another colon ({@link #COLON}).
   */
  private int marker(int i) {
    int j = i - 1;
    while (j >= 0 && i - j <= LOOK_BACK && LenientReplies.isSpaceOrBreak(s.charAt(j))) {
      j--;
    }
    if (j < 0 || LenientReplies.isSpaceOrBreak(s.charAt(j))) {
      return NONE;
    }
    char c = s.charAt(j);
    if (c == ':') {
      if (endsWith(j, "said:")) {
        return SAID;
      }
      if (endsWith(j, "]:") || endsWith(j, ">:") || endsWith(j, "to me:")
          || (eximAt >= logicalStart && eximAt < j)) {
        return STRONG_MARKER;
      }
      return COLON;
    }
    return endsWith(j, "<<<") || endsWith(j, "smtp;") ? STRONG_MARKER : NONE;
  }

  /** Whether {@code s} has {@code suffix} (in any case) ending at index {@code j} inclusive. */
  private boolean endsWith(int j, String suffix) {
    int from = j + 1 - suffix.length();
    return from >= 0 && s.regionMatches(true, from, suffix, 0, suffix.length());
  }

  /**
   * Whether an enhanced code whose class is the reply code's first digit follows the separator
   * ({@code 550 5.1.1}, {@code 550-5.1.1}, {@code 550 #5.1.0}, {@code 550 (#5.1.1)}, {@code 550-'5.7.1}),
   * and is a whole token.
   */
  private boolean strongCode(int i) {
    int start = i + 4;
    if (start >= n || s.charAt(i) == '3') {
      return false;
    }
    if (LenientReplies.isQuote(s.charAt(start))) {
      start++; // 550-'5.7.1 ...', as an Exchange server quotes the remote reply
    }
    if (start >= n) {
      return false;
    }
    if (s.charAt(start) == '#') {
      start++;
    } else if (s.charAt(start) == '(' && start + 1 < n && s.charAt(start + 1) == '#') {
      start += 2;
    }
    long scanned = CodeScanner.scan(s, start, n);
    if (scanned < 0 || CodeScanner.statusClass(scanned) != s.charAt(i) - '0') {
      return false;
    }
    int end = CodeScanner.end(scanned);
    if (end >= n) {
      return true;
    }
    char after = s.charAt(end);
    if (after == '.' || after == '-') {
      return end + 1 >= n || !Character.isLetterOrDigit(s.charAt(end + 1));
    }
    return !Character.isLetterOrDigit(after) && after != '_';
  }

  /**
   * Computes the logical line that holds {@code i}, from {@code i} on: it ends at a line break that no
   * space or tab follows, at a control character, or at the end; and notes the last {@code >}, {@code "}
   * and {@code '} in it.
   */
  private void computeLine(int i) {
    lineFrom = i;
    lastAngle = -1;
    lastDouble = -1;
    lastSingle = -1;
    int j = i;
    for (; j < n; j++) {
      char c = s.charAt(j);
      if (c >= 128 || ORDINARY[c]) {
        continue; // one test for most characters of a line, instead of six
      }
      if (c == '\r' || c == '\n') {
        int after = c == '\r' && j + 1 < n && s.charAt(j + 1) == '\n' ? j + 2 : j + 1;
        if (after >= n || !isFoldSpace(s.charAt(after))) {
          break;
        }
        j = after - 1;
      } else if (c == '>') {
        lastAngle = j;
      } else if (c == '"') {
        lastDouble = j;
      } else if (c == '\'') {
        lastSingle = j;
      } else if (ControlChars.isControl(c)) {
        break;
      }
    }
    lineEnd = j;
  }

  /**
   * Moves {@link #logicalStart} to the start of the logical line that holds {@code i}: after the last line
   * break before {@code i} that no space or tab follows. Each character is looked at once over a scan.
   */
  private void advanceLines(int i) {
    for (int j = linesCounted; j < i; j++) {
      char c = s.charAt(j);
      if ((c == '\n' || c == '\r') && (j + 1 >= n || !isFoldSpace(s.charAt(j + 1)))) {
        logicalStart = j + 1;
      }
    }
    linesCounted = Math.max(linesCounted, i);
  }

  /** Moves {@link #eximAt} to the last Exim error phrase that starts before {@code i}. */
  private void advanceExim(int i) {
    while (nextServer >= 0 && nextServer < i) {
      eximAt = Math.max(eximAt, nextServer);
      nextServer = s.indexOf(EXIM_SERVER, nextServer + 1);
    }
    while (nextMailer >= 0 && nextMailer < i) {
      eximAt = Math.max(eximAt, nextMailer);
      nextMailer = s.indexOf(EXIM_MAILER, nextMailer + 1);
    }
  }

  /**
   * The last start of {@code phrase} in {@code [from, to)}, or -1: searched backwards from {@code to},
   * never past {@code from}. ({@code String.indexOf} and {@code lastIndexOf} take no end bound on Java 17:
   * a search that finds nothing reads to the end of the text, which made a text with many candidates
   * and no annotation quadratic.)
   */
  private int lastIndexOf(String phrase, int from, int to) {
    char first = phrase.charAt(0);
    for (int k = to - phrase.length(); k >= from; k--) {
      if (s.charAt(k) == first && s.startsWith(phrase, k)) {
        return k;
      }
    }
    return -1;
  }

  /** The first {@code c} in {@code [from, to)}, or -1. */
  private int indexOf(char c, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.charAt(k) == c) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The command that {@code [from, to)} names: read in place when its first 64 characters hold no line
   * break (the usual case: no copy), else in its collapsed form.
   */
  private SmtpCommand command(int from, int to) {
    int limit = Math.min(to, from + 64);
    boolean lineBreak = false;
    for (int k = from; k < limit && !lineBreak; k++) {
      lineBreak = s.charAt(k) == '\n' || s.charAt(k) == '\r';
    }
    return (lineBreak ? SmtpCommand.find(collapse(from, to)) : SmtpCommand.find(s, from, Math.max(from, limit)))
        .orElse(null);
  }

  /** {@code [from, to)} with each run of white space as one space, at most 64 characters of it. */
  private CharSequence collapse(int from, int to) {
    StringBuilder out = new StringBuilder(Math.min(64, Math.max(0, to - from)));
    for (int k = from; k < to && out.length() < 64; k++) {
      char c = s.charAt(k);
      if (LenientReplies.isSpaceOrBreak(c)) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The end without closing parentheses at the end that close one opened before {@code start}: a reply
   * quoted in parentheses, as in Postfix's {@code status=deferred (host ... said: 451 ...)}.
   */
  private int withoutUnbalancedParentheses(int start, int end) {
    int last = end;
    while (last > start && LenientReplies.isSpaceOrBreak(s.charAt(last - 1))) {
      last--;
    }
    if (last == start || s.charAt(last - 1) != ')') {
      return end;
    }
    int depth = 0;
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
    }
    while (depth < 0 && end > start) {
      while (end > start && LenientReplies.isSpaceOrBreak(s.charAt(end - 1))) {
        end--;
      }
      if (end > start && s.charAt(end - 1) == ')') {
        end--;
        depth++;
      } else {
        break;
      }
    }
    return end;
  }

  private static char closing(char open) {
    return open == '<' ? '>' : open == '"' || open == '\'' ? open : 0;
  }

  private static boolean leftBoundary(char c) {
    return LenientReplies.isSpaceOrBreak(c) || c == '(' || c == '[' || c == '<' || c == '"' || c == '\''
        || c == ';' || c == ':' || c == ',' || c == '=' || c == '>';
  }

  private static boolean isFoldSpace(char c) {
    return c == ' ' || c == '\t';
  }
}
