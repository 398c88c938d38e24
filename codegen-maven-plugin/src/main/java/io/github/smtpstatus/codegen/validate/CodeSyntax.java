package io.github.smtpstatus.codegen.validate;

import io.github.smtpstatus.codegen.model.CodeKey;

/**
 * The syntax of the code column in each table (RFC 3463 section 2, RFC 5248 section 2.3):
 * {@code 2.XXX.XXX}, {@code 4.XXX.XXX} or {@code 5.XXX.XXX} for classes; {@code X.<subject>.XXX} for
 * subjects; {@code X.<subject>.<detail>} for enumerated codes. Subject and detail are 1 to 3 ASCII
 * digits without a leading zero (a lone {@code 0} is fine).
 */
final class CodeSyntax {

  private CodeSyntax() {}

  /** The class digit of {@code 5.XXX.XXX}. */
  static int parseClass(String code) throws InvalidCodeException {
    if (code.length() == 9 && code.endsWith(".XXX.XXX")) {
      char c = code.charAt(0);
      if (c == '2' || c == '4' || c == '5') {
        return c - '0';
      }
      throw new InvalidCodeException("class must be 2, 4 or 5");
    }
    throw new InvalidCodeException("expected 2.XXX.XXX, 4.XXX.XXX or 5.XXX.XXX");
  }

  /** The subject number of {@code X.1.XXX}. */
  static int parseSubject(String code) throws InvalidCodeException {
    if (!code.startsWith("X.")) {
      throw new InvalidCodeException("must start with \"X.\"");
    }
    int end = code.indexOf('.', 2);
    if (end < 0) {
      throw new InvalidCodeException("expected X.<subject>.XXX");
    }
    int subject = number(code, 2, end, "subject");
    if (!code.substring(end).equals(".XXX")) {
      throw new InvalidCodeException("expected \".XXX\" after the subject");
    }
    return subject;
  }

  /** Subject and detail of {@code X.1.10}. */
  static CodeKey parseEnumerated(String code) throws InvalidCodeException {
    if (!code.startsWith("X.")) {
      throw new InvalidCodeException("must start with \"X.\" (enumerated codes are class-independent)");
    }
    int dot = code.indexOf('.', 2);
    if (dot < 0) {
      throw new InvalidCodeException("expected X.<subject>.<detail>");
    }
    int subject = number(code, 2, dot, "subject");
    int detail = number(code, dot + 1, code.length(), "detail");
    return new CodeKey(subject, detail);
  }

  private static int number(String code, int start, int end, String part) throws InvalidCodeException {
    if (start == end) {
      throw new InvalidCodeException("empty " + part);
    }
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidCodeException("unexpected character " + Texts.describe(c) + " in " + part);
      }
      value = value * 10 + (c - '0');
      if (i - start == 3) {
        throw new InvalidCodeException(part + " has more than 3 digits");
      }
    }
    if (code.charAt(start) == '0' && end - start > 1) {
      throw new InvalidCodeException("leading zero in " + part);
    }
    return value;
  }
}
