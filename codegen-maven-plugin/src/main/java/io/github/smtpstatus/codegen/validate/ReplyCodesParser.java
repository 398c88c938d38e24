package io.github.smtpstatus.codegen.validate;

import io.github.smtpstatus.codegen.model.AssociatedReplyCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses IANA's free-form "Associated basic status code" column.
 *
 * <p>Accepted forms, as the registry writes them: {@code Any}; {@code Not given}; lists of reply
 * codes separated by commas, slashes, {@code or}, {@code and} and line breaks ({@code 451, 550},
 * {@code 250 or 251}, {@code 451/550}); class wildcards ({@code 5XX}); and remarks in parentheses that
 * widen the list ({@code 450, 550 (other 4XX or 5XX codes are allowed)}). A reply code is three digits,
 * {@code 2}-{@code 5}, {@code 0}-{@code 5}, {@code 0}-{@code 9} (RFC 5321 section 4.2).
 *
 * <p>Empty text or text with no code in it (IANA's X.7.28 has {@code .}) is treated as not given, with
 * a note; so is anything else unrecognised, and the raw text is kept either way.
 */
final class ReplyCodesParser {

  /** Words that may stand between codes without changing their meaning. */
  private static final Set<String> FILLER =
      Set.of("or", "and", "other", "codes", "code", "are", "is", "also", "allowed", "permitted", "may", "be", "used");

  /**
   * The parsed column and the notes for anything that was ignored.
   *
   * @param codes the parsed value
   * @param notes reasons for warnings, phrased to follow the quoted value
   */
  record Result(AssociatedReplyCodes codes, List<String> notes) {}

  private ReplyCodesParser() {}

  static Result parse(String raw) {
    String text = Texts.collapse(raw);
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals("any")) {
      return new Result(AssociatedReplyCodes.any(text), List.of());
    }
    if (lower.equals("not given")) {
      return new Result(AssociatedReplyCodes.notGiven(text), List.of());
    }
    List<Integer> codes = new ArrayList<>();
    List<Integer> classes = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (isAsciiLetterOrDigit(c)) {
        int end = i;
        while (end < text.length() && isAsciiLetterOrDigit(text.charAt(end))) {
          end++;
        }
        token(text.substring(i, end), codes, classes, notes);
        i = end;
      } else {
        if (!isSeparator(c)) {
          notes.add("has unexpected character " + Texts.describe(c) + "; ignored");
        }
        i++;
      }
    }
    if (codes.isEmpty() && classes.isEmpty()) {
      List<String> all = new ArrayList<>(notes);
      all.add(text.isEmpty() ? "is empty; treated as \"Not given\"" : "names no reply code; treated as \"Not given\"");
      return new Result(AssociatedReplyCodes.notGiven(text), all);
    }
    return new Result(new AssociatedReplyCodes(AssociatedReplyCodes.Kind.LISTED, codes, classes, text), notes);
  }

  private static void token(String token, List<Integer> codes, List<Integer> classes, List<String> notes) {
    if (token.length() == 3 && isDigit(token.charAt(0)) && isDigit(token.charAt(1)) && isDigit(token.charAt(2))) {
      int code = Integer.parseInt(token);
      if (token.charAt(0) < '2' || token.charAt(0) > '5' || token.charAt(1) > '5') {
        notes.add("lists " + token + ", which is not an SMTP reply code (2yz to 5yz, second digit 0 to 5); ignored");
      } else if (!codes.contains(code)) {
        codes.add(code);
      }
    } else if (token.length() == 3 && token.charAt(0) >= '2' && token.charAt(0) <= '5'
        && (token.charAt(1) == 'X' || token.charAt(1) == 'x') && (token.charAt(2) == 'X' || token.charAt(2) == 'x')) {
      int replyClass = token.charAt(0) - '0';
      if (!classes.contains(replyClass)) {
        classes.add(replyClass);
      }
    } else if (!FILLER.contains(token.toLowerCase(Locale.ROOT))) {
      notes.add("has unrecognised text \"" + token + "\"; ignored");
    }
  }

  private static boolean isSeparator(char c) {
    return c == ',' || c == '/' || c == ';' || c == ' ' || c == '(' || c == ')' || c == '.';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
