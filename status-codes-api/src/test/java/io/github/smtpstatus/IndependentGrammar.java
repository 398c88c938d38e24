package io.github.smtpstatus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documented grammars written a second time, independently of the parsers (regular expressions and
 * splitting where the parsers scan by index), so that the fuzz tests can compare the two on any input.
 */
final class IndependentGrammar {

  /** RFC 3463 section 2 with this library's strictness: ASCII digits, no leading zeros. */
  static final Pattern CODE = Pattern.compile("[245]\\.(?:0|[1-9][0-9]{0,2})\\.(?:0|[1-9][0-9]{0,2})");

  /** Every prefix of a code: what can still become one. */
  private static final Pattern CODE_PREFIX =
      Pattern.compile("|[245](?:\\.(?:|(?:0|[1-9][0-9]{0,2})(?:\\.(?:|0|[1-9][0-9]{0,2}))?))?");

  /** A reply line: reply code, then nothing, or a separator and text. */
  private static final Pattern REPLY_LINE = Pattern.compile("([2-5][0-5][0-9])(?:([- ])(.*))?", Pattern.DOTALL);

  /** A line's text starting with an enhanced code followed by a space or the line end (RFC 2034). */
  private static final Pattern LINE_CODE = Pattern.compile("(" + CODE.pattern() + ")(?: +|\\z)");

  /** A header field value whose every line break is a fold (CRLF or LF, then a space or tab) or ends it. */
  private static final Pattern FOLDED_VALUE = Pattern.compile("(?:[^\r\n]|\r?\n(?=[ \t]))*+(?:\r?\n)?");

  private IndependentGrammar() {}

  /**
   * A field value unfolded by RFC 5322 section 2.2.3 (each fold loses its line break, keeps its white
   * space; a line break may end the value), or null when a line break is not a fold or a CR is bare.
   */
  static String unfold(String value) {
    if (!FOLDED_VALUE.matcher(value).matches()) {
      return null;
    }
    return value.replaceAll("\r?\n", "");
  }

  static boolean isStatusCode(String text) {
    return CODE.matcher(text).matches();
  }

  /** The length of the longest prefix of {@code text} that some status code starts with. */
  static int viablePrefixLength(String text) {
    int length = 0;
    // No code is longer than 9 characters, so neither is a viable prefix.
    for (int k = 1; k <= Math.min(text.length(), 10); k++) {
      if (!CODE_PREFIX.matcher(text.substring(0, k)).matches()) {
        break;
      }
      length = k;
    }
    return length;
  }

  /**
   * Every code that stands in {@code text} at a token boundary, by the rule of the {@link StatusCodes}
   * Javadoc, judged on code points (a letter outside the BMP is a letter too).
   */
  static List<String> boundedCodes(String text) {
    List<String> codes = new ArrayList<>();
    Matcher matcher = CODE.matcher(text);
    for (int i = 0; i < text.length(); i++) {
      matcher.region(i, text.length());
      if (!matcher.lookingAt()) {
        continue;
      }
      int end = matcher.end();
      boolean readWhole = end == text.length() || !isAsciiDigit(text.charAt(end));
      if (readWhole && boundaryBefore(text, i) && boundaryAfter(text, end)) {
        codes.add(matcher.group());
      }
    }
    return codes;
  }

  private static boolean boundaryBefore(String text, int at) {
    if (at == 0) {
      return true;
    }
    int before = text.codePointBefore(at);
    if (before == '-') {
      if (at == 1) {
        return true;
      }
      int beforeHyphen = text.codePointBefore(at - 1);
      return !(Character.isLetter(beforeHyphen) || beforeHyphen == '_');
    }
    return !(Character.isLetterOrDigit(before) || before == '_' || before == '.');
  }

  private static boolean boundaryAfter(String text, int end) {
    if (end == text.length()) {
      return true;
    }
    int after = text.codePointAt(end);
    if (after == '.' || after == '-') {
      int next = end + 1;
      return next == text.length() || !isWordCharacter(text.codePointAt(next));
    }
    return !isWordCharacter(after);
  }

  private static boolean isWordCharacter(int codePoint) {
    return Character.isLetterOrDigit(codePoint) || codePoint == '_';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * One line of a reply as the independent reading sees it.
   *
   * @param code the reply code
   * @param text the text after the separator, enhanced code included
   * @param enhancedCode the enhanced code at the start of the text, or {@code null}
   * @param textWithoutCode the text without the enhanced code and the spaces after it
   */
  record ReplyLine(int code, String text, String enhancedCode, String textWithoutCode) {}

  /**
   * The lines of {@code input} if it is one SMTP reply as {@link SmtpReply} documents the grammar
   * (CRLF or LF line ends, the last one optional; one reply code; {@code -} on every line but the last;
   * no control character but tab), else {@code null}.
   */
  static List<ReplyLine> replyLines(String input) {
    String[] parts = input.split("\n", -1);
    int count = parts.length;
    if (count > 1 && parts[count - 1].isEmpty()) {
      count--;
    }
    List<ReplyLine> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String line = parts[i];
      boolean endedByLineFeed = i < parts.length - 1;
      if (endedByLineFeed && line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      Matcher matcher = REPLY_LINE.matcher(line);
      if (!matcher.matches()) {
        return null;
      }
      boolean last = i == count - 1;
      String separator = matcher.group(2);
      if (last ? "-".equals(separator) : !"-".equals(separator)) {
        return null;
      }
      String text = matcher.group(3) == null ? "" : matcher.group(3);
      if (text.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f)) {
        return null;
      }
      int code = Integer.parseInt(matcher.group(1));
      if (!lines.isEmpty() && lines.get(0).code() != code) {
        return null;
      }
      Matcher enhanced = LINE_CODE.matcher(text);
      if (enhanced.lookingAt()) {
        lines.add(new ReplyLine(code, text, enhanced.group(1), text.substring(enhanced.end())));
      } else {
        lines.add(new ReplyLine(code, text, null, text));
      }
    }
    return lines;
  }

  /** The number of line feeds in {@code text} before {@code index}. */
  static int lineFeedsBefore(String text, int index) {
    int count = 0;
    for (int i = 0; i < index && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    return count;
  }
}
