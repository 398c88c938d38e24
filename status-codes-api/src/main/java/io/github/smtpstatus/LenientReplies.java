package io.github.smtpstatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The lenient reading behind {@link QuotedReply}: a region of text that an MTA quoted as a reply is
 * turned back into the reply's wire form, one repair at a time, and that wire form is parsed by the
 * strict {@link SmtpReply#parse}. Every repair is counted and becomes a {@link ReplyFinding}; nothing
 * is changed that the strict parser accepts (but a {@code #5.1.0} code form).
 *
 * <p>One pass from left to right over the region, so the time is linear in its length.
 */
final class LenientReplies {

  /** The longest text a reply is read in place from (see {@code read}): a log line's usual size, and more. */
  static final int IN_PLACE_LIMIT = 4096;


  /** Why a region is not a reply, even leniently: index in the input and reason. */
  record Failure(int index, String reason) {}

  private static final int FLATTENED = 0;
  private static final int WRAPPED = 1;
  private static final int TRUNCATED = 2;
  private static final int CODE_FORM = 3;
  private static final int SPACE = 4;
  private static final int QUOTED = 5;
  private static final ReplyFinding.Kind[] KINDS = {ReplyFinding.Kind.FLATTENED, ReplyFinding.Kind.WRAPPED,
      ReplyFinding.Kind.TRUNCATED, ReplyFinding.Kind.NONSTANDARD_CODE_FORM, ReplyFinding.Kind.SURROUNDING_SPACE,
      ReplyFinding.Kind.QUOTED};

  private LenientReplies() {}

  /**
   * Reads a whole text: the strict parse first (a well-formed reply costs that and no more), then the
   * lenient one. Returns a {@link QuotedReply} or a {@link Failure}.
   */
  static Object readWhole(CharSequence s, Set<ReplyFinding.Kind> allowed) {
    Optional<SmtpReply> strict = SmtpReply.tryParse(s);
    if (strict.isPresent()) {
      SmtpReply reply = strict.get();
      // A line whose text starts #5.1.0 carries no enhanced code: only then is there a code form to look for.
      boolean everyLineCoded = reply.enhancedCode().isPresent()
          && !reply.hasFinding(ReplyFinding.Kind.MISSING_ON_SOME_LINES);
      if (everyLineCoded || !allowed.contains(ReplyFinding.Kind.NONSTANDARD_CODE_FORM) || !mayHoldCodeForm(s)) {
        return new QuotedReply(reply, List.of(), 0, s.length(), null);
      }
    }
    return read(s, 0, s.length(), allowed, null);
  }

  /** Whether a line of the text starts {@code NNN #} or {@code NNN (#}: only those need a look past the strict parse. */
  private static boolean mayHoldCodeForm(CharSequence s) {
    int n = s.length();
    for (int line = 0; line >= 0 && line + 4 < n; line = nextLine(s, line, n)) {
      char c = s.charAt(line + 4);
      if (c == '#' || (c == '(' && line + 5 < n && s.charAt(line + 5) == '#')) {
        return true;
      }
    }
    return false;
  }

  private static int nextLine(CharSequence s, int from, int n) {
    for (int i = from; i < n; i++) {
      if (s.charAt(i) == '\n') {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * Reads {@code [from, to)} of {@code s} leniently. {@code command} is what the caller knows the reply
   * answered, or null.
   */
  static Object read(CharSequence s, int from, int to, Set<ReplyFinding.Kind> allowed, SmtpCommand command) {
    int[] at = {-1, -1, -1, -1, -1, -1};
    int a = from;
    int b = to;
    while (a < b && isSpaceOrBreak(s.charAt(a))) {
      a++;
    }
    while (b > a && isSpaceOrBreak(s.charAt(b - 1))) {
      b--;
    }
    if (a != from || b != to) {
      at[SPACE] = a != from ? from : b;
    }
    char quote = 0;
    while (b - a >= 5 && isQuote(s.charAt(a)) && s.charAt(b - 1) == s.charAt(a)
        && (isReplyCode(s, a + 1) || isQuote(s.charAt(a + 1)))) {
      quote = s.charAt(a);
      at[QUOTED] = at[QUOTED] < 0 ? a : at[QUOTED];
      a++;
      b--;
    }
    if (a >= b) {
      return new Failure(a, "empty reply");
    }
    Failure code = checkCode(s, a, b);
    if (code != null) {
      return code;
    }
    char firstSep = a + 3 < b ? s.charAt(a + 3) : 0;
    if (firstSep != '-' && quote == 0 && (a + 4 >= b || !isCodeFormOrQuote(s.charAt(a + 4)))) {
      // One line, no code form: the strict parse of the region is the reading, unless the text is wrapped.
      // Read in place where the text is a String (a log line's case): no copy of the reply first. The reply
      // then holds the whole text, so only where that costs a caller who keeps the reply little: a text of
      // at most IN_PLACE_LIMIT chars, or a reply of at least half of it. A reply found in a large bounce
      // body is copied out, so that keeping it never keeps the body.
      Optional<SmtpReply> strict = s instanceof String text && (text.length() <= IN_PLACE_LIMIT || 2 * (b - a) >= text.length())
          ? Optional.ofNullable(SmtpReply.tryParse(text, a, b))
          : SmtpReply.tryParse(s.subSequence(a, b).toString());
      if (strict.isPresent()) {
        if (at[SPACE] >= 0 && !allowed.contains(ReplyFinding.Kind.SURROUNDING_SPACE)) {
          return new Failure(at[SPACE], "not a strict reply, and the repair SURROUNDING_SPACE is not allowed");
        }
        return new QuotedReply(strict.get(), at[SPACE] < 0 ? List.of() : repairs(at, s, a, b, 1, quote), a, b, command);
      }
    }
    // The first line's enhanced code, which a flattened join must repeat (see QuotedReply's class comment).
    int ecLength = 0;
    if (firstSep == '-') {
      long scanned = CodeScanner.scan(s, a + 4, b);
      int end = scanned < 0 ? -1 : CodeScanner.end(scanned);
      if (end >= 0 && (end == b || isSpaceOrBreak(s.charAt(end)))) {
        ecLength = end - (a + 4);
      }
    }
    StringBuilder wire = new StringBuilder(b - a + 8);
    int lines = 0;
    int lineStart = a;
    while (true) {
      lines++;
      char sep = lineStart + 3 < b ? s.charAt(lineStart + 3) : 0;
      if (lines > 1) {
        wire.append("\r\n");
      }
      wire.append(s, lineStart, lineStart + 3);
      int sepAt = wire.length();
      wire.append(sep == '-' ? '-' : ' ');
      int i = sep == 0 ? b : lineStart + 4;
      int closeQuote = i < b - 1 && isQuote(s.charAt(i)) ? lastIndexOf(s, s.charAt(i), i + 1, b) : -1;
      if (closeQuote > i + 1 && codeFormAt(s, i + 1, closeQuote) > i + 1) {
        at[QUOTED] = at[QUOTED] < 0 ? i : at[QUOTED];
        i++;
      } else {
        closeQuote = -1;
      }
      int codeEnd = codeFormAt(s, i, closeQuote >= 0 ? closeQuote : b);
      if (codeEnd > i && s.charAt(i) != '#' && s.charAt(i) != '(') {
        codeEnd = -1; // a plain code: nothing to repair
      }
      if (codeEnd > i) {
        at[CODE_FORM] = at[CODE_FORM] < 0 ? i : at[CODE_FORM];
        int digits = s.charAt(i) == '#' ? i + 1 : i + 2;
        wire.append(s, digits, s.charAt(i) == '#' ? codeEnd : codeEnd - 1);
        i = codeEnd;
      }
      int next = -1;
      // The line's text is copied in spans as it stands, flushed only where the wire form differs from it
      // (a dropped quote, a wrapped line break, the next line): one append per line, not one per word.
      int copy = i;
      while (i < b) {
        char c = s.charAt(i);
        if (i == closeQuote) {
          wire.append(s, copy, i);
          i++;
          copy = i;
          continue;
        }
        if (!isSpaceOrBreak(c)) {
          while (i < b && i != closeQuote && !isSpaceOrBreak(c = s.charAt(i))) {
            if (ControlChars.isControl(c)) {
              return new Failure(i, "control character " + InputText.describe(c) + " in the text");
            }
            i++;
          }
          continue;
        }
        int run = i;
        boolean lineBreak = false;
        while (i < b && isSpaceOrBreak(s.charAt(i))) {
          lineBreak |= s.charAt(i) == '\r' || s.charAt(i) == '\n';
          i++;
        }
        if (sep == '-' && i < b && isLineStart(s, i, b, a, ecLength)) {
          if (!lineBreak) {
            at[FLATTENED] = at[FLATTENED] < 0 ? i : at[FLATTENED];
          }
          wire.append(s, copy, run);
          copy = -1;
          next = i;
          break;
        }
        if (lineBreak) {
          int bad = unfoldable(s, run, i);
          if (bad >= 0) {
            return new Failure(bad, "line break not followed by white space or by the reply code " + s.subSequence(a, a + 3));
          }
          at[WRAPPED] = at[WRAPPED] < 0 ? run : at[WRAPPED];
          wire.append(s, copy, run).append(' ');
          copy = i;
        }
      }
      if (copy >= 0) {
        wire.append(s, copy, i);
      }
      if (next < 0) {
        if (sep == '-') {
          at[TRUNCATED] = at[TRUNCATED] < 0 ? lineStart : at[TRUNCATED];
          wire.setCharAt(sepAt, ' ');
        }
        break;
      }
      lineStart = next;
    }
    for (int kind = 0; kind < KINDS.length; kind++) {
      if (at[kind] >= 0 && !allowed.contains(KINDS[kind])) {
        return new Failure(at[kind], "not a strict reply, and the repair " + KINDS[kind] + " is not allowed");
      }
    }
    SmtpReply reply = SmtpReply.tryParse(wire).orElseThrow(
        () -> new AssertionError("the lenient reading built an invalid reply: " + InputText.quote(wire)));
    return new QuotedReply(reply, repairs(at, s, a, b, lines, quote), a, b, command);
  }

  private static List<ReplyFinding> repairs(int[] at, CharSequence s, int a, int b, int lines, char quote) {
    List<ReplyFinding> repairs = new ArrayList<>(2);
    String code = s.subSequence(a, a + 3).toString();
    if (at[FLATTENED] >= 0) {
      repairs.add(new ReplyFinding(ReplyFinding.Kind.FLATTENED, "the lines of a multi-line reply were joined with"
          + " white space; read again as " + lines + " lines, split where " + code + " repeats as a line prefix"));
    }
    if (at[WRAPPED] >= 0) {
      repairs.add(new ReplyFinding(ReplyFinding.Kind.WRAPPED, "the text was wrapped; each line break followed by"
          + " white space, from index " + at[WRAPPED] + " on, was read as one space"));
    }
    if (at[TRUNCATED] >= 0) {
      repairs.add(new ReplyFinding(ReplyFinding.Kind.TRUNCATED, "the reply ends on a continuation line (" + code
          + "-) at index " + at[TRUNCATED] + "; that line was read as the final line"));
    }
    if (at[CODE_FORM] >= 0) {
      repairs.add(new ReplyFinding(ReplyFinding.Kind.NONSTANDARD_CODE_FORM, "the enhanced code at index "
          + at[CODE_FORM] + " is written " + InputText.quote(s.subSequence(at[CODE_FORM],
              Math.min(b, at[CODE_FORM] + 12)).toString().split(" ", 2)[0]) + "; read as a plain code (RFC 2034)"));
    }
    if (at[SPACE] >= 0) {
      repairs.add(new ReplyFinding(ReplyFinding.Kind.SURROUNDING_SPACE, "white space around the reply was dropped;"
          + " the reply is the text from index " + a + " to " + b));
    }
    if (at[QUOTED] >= 0) {
      repairs.add(new ReplyFinding(ReplyFinding.Kind.QUOTED, (quote != 0 ? "the reply stood" : "a line's text stood")
          + " between quotes, from index " + at[QUOTED] + "; the quotes were dropped"));
    }
    return List.copyOf(repairs);
  }

  /** The strict parser's reasons for a bad reply code at {@code a}, or null if the code and what follows are fine. */
  private static Failure checkCode(CharSequence s, int a, int b) {
    for (int i = a; i < a + 3; i++) {
      if (i >= b || !CodeScanner.isDigit(s.charAt(i))) {
        return new Failure(i, "expected a three-digit reply code, found "
            + (i >= b ? "the end" : InputText.describe(s.charAt(i))));
      }
    }
    if (s.charAt(a) < '2' || s.charAt(a) > '5') {
      return new Failure(a, "reply code must start with 2, 3, 4 or 5");
    }
    if (s.charAt(a + 1) > '5') {
      return new Failure(a + 1, "second digit of the reply code must be 0 to 5");
    }
    if (a + 3 < b && s.charAt(a + 3) != ' ' && s.charAt(a + 3) != '-') {
      return new Failure(a + 3, "expected ' ', '-' or the end after the reply code, found "
          + InputText.describe(s.charAt(a + 3)));
    }
    return null;
  }

  /**
   * Whether a new line of the reply starts at {@code i}, which follows white space: the reply's own code
   * and {@code -} or {@code ' '} (or the end), and, where the first line carries an enhanced code and no
   * line break stands right before {@code i}, that same code followed by white space or the end.
   */
  static boolean isLineStart(CharSequence s, int i, int b, int first, int ecLength) {
    if (i + 3 > b || s.charAt(i) != s.charAt(first) || s.charAt(i + 1) != s.charAt(first + 1)
        || s.charAt(i + 2) != s.charAt(first + 2)) {
      return false;
    }
    if (i + 3 < b && s.charAt(i + 3) != '-' && s.charAt(i + 3) != ' ') {
      return false;
    }
    char before = s.charAt(i - 1);
    if (ecLength == 0 || before == '\n' || before == '\r') {
      return true;
    }
    int ec = i + 4;
    if (ec + ecLength > b) {
      return false;
    }
    for (int k = 0; k < ecLength; k++) {
      if (s.charAt(ec + k) != s.charAt(first + 4 + k)) {
        return false;
      }
    }
    return ec + ecLength == b || isSpaceOrBreak(s.charAt(ec + ecLength));
  }

  /**
   * The end of an enhanced code written at {@code i} as {@code 5.1.1}, {@code #5.1.1} or
   * {@code (#5.1.1)}, followed by white space or {@code limit}; else -1.
   */
  static int codeFormAt(CharSequence s, int i, int limit) {
    if (i >= limit) {
      return -1;
    }
    int start = s.charAt(i) == '#' ? i + 1
        : s.charAt(i) == '(' && i + 1 < limit && s.charAt(i + 1) == '#' ? i + 2 : i;
    long scanned = CodeScanner.scan(s, start, limit);
    if (scanned < 0) {
      return -1;
    }
    int end = CodeScanner.end(scanned);
    if (start == i + 2) {
      if (end >= limit || s.charAt(end) != ')') {
        return -1;
      }
      end++;
    }
    return end == limit || isSpaceOrBreak(s.charAt(end)) ? end : -1;
  }

  /** The index after a line break in {@code [run, end)} that no space or tab follows, or -1 if all are folds. */
  private static int unfoldable(CharSequence s, int run, int end) {
    for (int i = run; i < end; i++) {
      char c = s.charAt(i);
      if (c == '\r' && i + 1 < end && s.charAt(i + 1) == '\n') {
        i++;
        c = '\n';
      }
      if ((c == '\n' || c == '\r') && (i + 1 >= end || (s.charAt(i + 1) != ' ' && s.charAt(i + 1) != '\t'))) {
        return i + 1;
      }
    }
    return -1;
  }

  /** The last index of {@code c} in {@code [from, to)}, or -1. */
  static int lastIndexOf(CharSequence s, char c, int from, int to) {
    for (int k = to - 1; k >= from; k--) {
      if (s.charAt(k) == c) {
        return k;
      }
    }
    return -1;
  }

  static boolean isReplyCode(CharSequence s, int i) {
    return i + 3 <= s.length() && s.charAt(i) >= '2' && s.charAt(i) <= '5' && s.charAt(i + 1) >= '0'
        && s.charAt(i + 1) <= '5' && CodeScanner.isDigit(s.charAt(i + 2));
  }

  private static boolean isCodeFormOrQuote(char c) {
    return c == '#' || c == '(' || isQuote(c);
  }

  static boolean isQuote(char c) {
    return c == '"' || c == '\'';
  }

  static boolean isSpaceOrBreak(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }
}
