package io.github.smtpstatus.codegen.validate;

import io.github.smtpstatus.codegen.model.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses IANA's "Reference" column: one or more bracketed documents, each optionally followed by a
 * section and a status in parentheses, separated by semicolons. Examples from the registry:
 * {@code [RFC3463] (Standards Track)}, {@code [RFC7505] (Standards Track); [RFC7504] (Standards Track)},
 * {@code [RFC7372], Section 3.3 (Standards Track)}, {@code [draft-levine-mailbomb-header]}, {@code [RFC8617]}.
 */
final class ReferenceParser {

  private static final Pattern RFC = Pattern.compile("(?i)RFC\\s*0*([1-9][0-9]{0,4})");
  private static final Pattern SECTION = Pattern.compile("(?i)\\bSections?\\s+([0-9A-Za-z.]+[0-9A-Za-z])");
  private static final Pattern STATUS = Pattern.compile("\\(([^()]+)\\)");

  /**
   * The references and the notes for anything odd.
   *
   * @param references the references, in the order written
   * @param notes reasons for warnings, phrased to follow the quoted value
   */
  record Result(List<Reference> references, List<String> notes) {}

  private ReferenceParser() {}

  static Result parse(String raw) {
    String text = Texts.collapse(raw);
    List<Reference> references = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (text.isEmpty()) {
      notes.add("is empty");
      return new Result(references, notes);
    }
    int open = text.indexOf('[');
    if (open < 0) {
      notes.add("names no [document]; kept as written");
      references.add(new Reference(text, text, rfcNumber(text), Optional.empty(), Optional.empty()));
      return new Result(references, notes);
    }
    if (!text.substring(0, open).isBlank()) {
      notes.add("has text before the first [document]; ignored");
    }
    while (open >= 0) {
      int close = text.indexOf(']', open);
      if (close < 0) {
        notes.add("has an unclosed '['; the rest is kept as one reference");
        close = text.length();
      }
      int next = text.indexOf('[', Math.min(close + 1, text.length()));
      int end = next < 0 ? text.length() : next;
      String item = stripSeparators(text.substring(open, end));
      String document = text.substring(open + 1, Math.min(close, text.length())).strip();
      String tail = close < text.length() ? text.substring(close + 1, end) : "";
      references.add(new Reference(item, document, rfcNumber(document), section(tail), status(tail)));
      open = next;
    }
    return new Result(references, notes);
  }

  private static OptionalInt rfcNumber(String document) {
    Matcher m = RFC.matcher(document);
    return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  private static Optional<String> section(String tail) {
    Matcher m = SECTION.matcher(tail);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static Optional<String> status(String tail) {
    Matcher m = STATUS.matcher(tail);
    return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  private static String stripSeparators(String item) {
    int end = item.length();
    while (end > 0 && (item.charAt(end - 1) == ';' || item.charAt(end - 1) == ',' || item.charAt(end - 1) == ' ')) {
      end--;
    }
    return item.substring(0, end);
  }
}
