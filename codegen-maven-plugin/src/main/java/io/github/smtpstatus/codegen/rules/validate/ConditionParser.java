package io.github.smtpstatus.codegen.rules.validate;

import io.github.smtpstatus.codegen.rules.model.CodeCondition;
import io.github.smtpstatus.codegen.rules.model.ReplyCondition;

/**
 * Parses the written forms of the code, reply code and host conditions of a rules file. Each method
 * throws {@link IllegalArgumentException} whose message is phrased to follow the quoted value in a
 * {@code Problem}: {@code column "code": "5.01.1" has a leading zero in its subject}. Messages never
 * repeat the input: the {@code Problem} quotes it, escaped and cut.
 */
final class ConditionParser {

  private ConditionParser() {}

  /**
   * A code condition: {@code 5.1.1}, {@code X.1.1}, {@code X.7.XXX}, {@code 5.XXX.XXX} or
   * {@code 5.7.606-649}.
   */
  static CodeCondition code(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException("is not class.subject.detail (such as 5.1.1, X.7.XXX or 5.7.606-649)");
    }
    int mask = switch (parts[0]) {
      case "2" -> 1 << 2;
      case "4" -> 1 << 4;
      case "5" -> 1 << 5;
      case "X" -> CodeCondition.ANY_CLASS;
      default -> throw new IllegalArgumentException("has a class other than 2, 4, 5 or X");
    };
    if (parts[1].equals("XXX")) {
      if (!parts[2].equals("XXX")) {
        throw new IllegalArgumentException("has any subject (XXX) but a particular detail");
      }
      return new CodeCondition(mask, -1, 0, CodeCondition.MAX_NUMBER);
    }
    int subject = number(parts[1], "subject");
    if (parts[2].equals("XXX")) {
      return new CodeCondition(mask, subject, 0, CodeCondition.MAX_NUMBER);
    }
    int dash = parts[2].indexOf('-');
    if (dash < 0) {
      int detail = number(parts[2], "detail");
      return new CodeCondition(mask, subject, detail, detail);
    }
    int low = number(parts[2].substring(0, dash), "detail");
    int high = number(parts[2].substring(dash + 1), "detail");
    if (low >= high) {
      throw new IllegalArgumentException("has a detail range whose low end " + low + " is not below its high end " + high);
    }
    return new CodeCondition(mask, subject, low, high);
  }

  /** A reply code condition: three digits from 200 to 599, or a class such as {@code 5XX}. */
  static ReplyCondition reply(String text) {
    if (text.length() == 3 && text.charAt(0) >= '2' && text.charAt(0) <= '5') {
      if (text.endsWith("XX")) {
        int low = (text.charAt(0) - '0') * 100;
        return new ReplyCondition(low, low + 99);
      }
      if (isDigit(text.charAt(1)) && isDigit(text.charAt(2))) {
        int code = Integer.parseInt(text);
        return new ReplyCondition(code, code);
      }
    }
    throw new IllegalArgumentException("is not a reply code condition (three digits from 200 to 599, or a class "
        + "such as 5XX)");
  }

  /** A host suffix: a domain name of letters, digits and hyphens, returned in lower case. */
  static String host(String text) {
    String host = text.toLowerCase(java.util.Locale.ROOT);
    if (host.length() > 253) {
      throw new IllegalArgumentException("is longer than 253 characters");
    }
    for (String label : host.split("\\.", -1)) {
      if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
        throw new IllegalArgumentException("is not a domain name (an empty, over-long or hyphen-edged label)");
      }
      for (int i = 0; i < label.length(); i++) {
        char c = label.charAt(i);
        if (!((c >= 'a' && c <= 'z') || isDigit(c) || c == '-')) {
          throw new IllegalArgumentException(String.format(
              "is not a domain name (character U+%04X; expected letters, digits, hyphens and dots)", (int) c));
        }
      }
    }
    return host;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int number(String digits, String field) {
    if (digits.isEmpty() || digits.length() > 3) {
      throw new IllegalArgumentException("has a " + field + " of " + digits.length() + " digits (expected 1 to 3)");
    }
    for (int i = 0; i < digits.length(); i++) {
      if (!isDigit(digits.charAt(i))) {
        throw new IllegalArgumentException("has a " + field + " that is not a number");
      }
    }
    if (digits.length() > 1 && digits.charAt(0) == '0') {
      throw new IllegalArgumentException("has a leading zero in its " + field);
    }
    return Integer.parseInt(digits);
  }
}
