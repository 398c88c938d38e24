package io.github.smtpstatus.codegen.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns registry text into Java source text for each position it can take: a string literal, a
 * {@code //} comment, Javadoc text and a Javadoc HTML attribute. Whatever the input holds, the result
 * is pure ASCII, cannot leave its position, and holds no backslash that javac could read as the start
 * of a unicode escape (javac decodes {@code \}{@code u000a} before it lexes, even inside comments).
 * Public for the other generators of this plugin (classification rules).
 */
public final class JavaText {

  /** Javadoc lines are wrapped at this width (not counting the leading {@code " * "}). */
  static final int JAVADOC_WIDTH = 96;

  /** The most bytes javac accepts in one string constant (its modified UTF-8 form). */
  static final int MAX_CONSTANT_BYTES = 65_535;

  private JavaText() {}

  /**
   * A Java string literal: quotes, backslashes and line ends escaped with their own escapes, every
   * other character outside printable ASCII as a unicode escape. So the only unicode escapes in
   * generated source are these, inside a literal, and none decodes to a quote, a backslash or a line end.
   *
   * @param value any string
   * @return the literal, quotes included
   * @throws IllegalArgumentException if the value is longer than javac allows for a constant
   */
  public static String literal(String value) {
    if (modifiedUtf8Length(value) > MAX_CONSTANT_BYTES) {
      throw new IllegalArgumentException("a string of " + modifiedUtf8Length(value)
          + " bytes (modified UTF-8) is over javac's limit of " + MAX_CONSTANT_BYTES + " bytes for a constant");
    }
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** The length of a string in the modified UTF-8 of class files: 1 byte for U+0001 to U+007F, else 2 or 3. */
  static int modifiedUtf8Length(String value) {
    int bytes = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      bytes += c >= 0x01 && c <= 0x7f ? 1 : c <= 0x7ff ? 2 : 3;
    }
    return bytes;
  }

  /**
   * Text for a {@code //} comment: printable ASCII stays, a backslash is doubled (an even run of
   * backslashes never starts a unicode escape), and every other character, line ends included,
   * becomes {@code U+XXXX}, so that the text stays on its comment line.
   */
  static String comment(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        out.append("\\\\");
      } else if (c >= 0x20 && c <= 0x7e) {
        out.append(c);
      } else {
        out.append(String.format("U+%04X", (int) c));
      }
    }
    return out.toString();
  }

  /**
   * Text for Javadoc, in running text or in an HTML attribute: HTML special characters ({@code &},
   * {@code <}, {@code >}, {@code "}), {@code @} (which would start a tag), braces (inline tags),
   * {@code *}{@code /} (which would end the comment) and backslashes (which could form a unicode
   * escape) become character references; so does every other character outside printable ASCII that
   * HTML allows as one, and the rest (control characters, lone surrogates, noncharacters) read
   * {@code U+XXXX}. White space becomes a space.
   *
   * @param text any string
   * @return the text, pure ASCII, safe inside a Javadoc comment and inside a double-quoted attribute
   */
  public static String javadoc(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '{' -> out.append("&#123;");
        case '}' -> out.append("&#125;");
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        default -> {
          int codePoint = c;
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            codePoint = Character.toCodePoint(c, text.charAt(++i));
          }
          if (codePoint >= 0x20 && codePoint <= 0x7e) {
            out.append(c);
          } else if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            out.append(' ');
          } else if (isHtmlCharacter(codePoint)) {
            out.append("&#").append(codePoint).append(';');
          } else {
            out.append(String.format("U+%04X", codePoint));
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Whether doclint accepts a numeric character reference to the code point: not a control character,
   * surrogate or noncharacter, and assigned in the Unicode version of this JDK (doclint refuses
   * unassigned ones, such as U+0378). A character assigned after Unicode 13 (Java 17) is thus written
   * as an entity by a newer JDK and as {@code U+XXXX} by Java 17; registry text has none.
   */
  static boolean isHtmlCharacter(int codePoint) {
    boolean control = codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f);
    boolean surrogate = codePoint >= 0xd800 && codePoint <= 0xdfff;
    boolean nonCharacter = (codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) == 0xfffe;
    return !control && !surrogate && !nonCharacter && codePoint <= Character.MAX_CODE_POINT
        && Character.isDefined(codePoint);
  }

  /**
   * Wraps already escaped text at spaces into lines of at most {@link #JAVADOC_WIDTH} characters (a
   * longer word stands alone on its line) and joins them with {@code \n}.
   */
  static String wrap(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > JAVADOC_WIDTH) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return String.join("\n", lines);
  }

  /** Escapes, then wraps. */
  static String paragraph(String text) {
    return wrap(javadoc(text));
  }
}
