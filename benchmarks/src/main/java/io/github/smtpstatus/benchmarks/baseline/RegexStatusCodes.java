package io.github.smtpstatus.benchmarks.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code java.util.regex} code users write today for the three grammars, written as a competent
 * user would: every {@link Pattern} compiled once, no catastrophic backtracking, bounded quantifiers.
 * It is a baseline for timing only; the module's tests check that it gives the library's answers on every
 * benchmark input, so that both sides do the same job.
 */
public final class RegexStatusCodes {

  /** One part after the class: 1 to 3 digits without a leading zero. */
  private static final String NUMBER = "(0|[1-9][0-9]{0,2})";

  /** Exactly one code: {@code matches()} on this. */
  static final Pattern CODE = Pattern.compile("([245])\\." + NUMBER + "\\." + NUMBER);

  /**
   * A code in free text, with the boundary rule of {@code StatusCodes}' Javadoc as look-arounds: not
   * after a word character or {@code .}, nor after {@code -} that follows a letter or {@code _}; not
   * before a word character, nor before {@code .} or {@code -} followed by a word character.
   */
  static final Pattern IN_TEXT = Pattern.compile(
      "(?<![\\w.])(?<![A-Za-z_]-)[245]\\.(?:0|[1-9][0-9]{0,2})\\.(?:0|[1-9][0-9]{0,2})(?!\\w)(?![.-]\\w)");

  /** One reply line: reply code, separator, optional enhanced code with its spaces, text. */
  static final Pattern REPLY_LINE = Pattern.compile(
      "([2-5][0-5][0-9])([ -]|$)(?:([245]\\.(?:0|[1-9][0-9]{0,2})\\.(?:0|[1-9][0-9]{0,2}))(?: +|$))?(.*)");

  /** Line ends: CRLF or a bare LF. */
  static final Pattern LINE_END = Pattern.compile("\r?\n");

  private RegexStatusCodes() {}

  /** The code, or {@code null} when the text is not exactly one. */
  public static ParsedCode parse(String text) {
    Matcher m = CODE.matcher(text);
    if (!m.matches()) {
      return null;
    }
    return new ParsedCode(text.charAt(0) - '0', Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  /** Every code in the text as written, in order: the usual {@code while (m.find())} loop. */
  public static List<String> findAll(CharSequence text) {
    Matcher m = IN_TEXT.matcher(text);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  /**
   * A reply split into lines, each matched against {@link #REPLY_LINE}; {@code null} when a line does
   * not match, the reply codes differ, or a continuation line ({@code 550-}) comes last or a final line
   * ({@code 550 }) comes early.
   */
  public static ParsedReply parseReply(String reply) {
    String[] lines = LINE_END.split(reply);
    int code = -1;
    String enhanced = null;
    List<String> texts = new ArrayList<>(lines.length);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = REPLY_LINE.matcher(lines[i]);
      if (!m.matches()) {
        return null;
      }
      int lineCode = Integer.parseInt(m.group(1));
      if (code >= 0 && lineCode != code) {
        return null;
      }
      code = lineCode;
      boolean last = i == lines.length - 1;
      if (last == "-".equals(m.group(2))) {
        return null;
      }
      enhanced = m.group(3);
      texts.add(m.group(4));
    }
    return new ParsedReply(code, enhanced, texts);
  }
}
