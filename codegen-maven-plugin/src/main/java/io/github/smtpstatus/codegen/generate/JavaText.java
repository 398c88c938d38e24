package io.github.smtpstatus.codegen.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns registry text into Java source text: string literals and Javadoc that stay pure ASCII and
 * cannot break out of their context, whatever the CSV holds. A consumer compiling with any source
 * encoding gets the same constants. Public for the other generators of this plugin (classification rules).
 */
public final class JavaText {

  /** Javadoc lines are wrapped at this width (not counting the leading {@code " * "}). */
  static final int JAVADOC_WIDTH = 96;

  private JavaText() {}

  /**
   * A Java string literal: quotes, backslashes and every character outside printable ASCII escaped,
   * the latter as {@code \}{@code uXXXX}.
   */
  public static String literal(String value) {
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

  /**
   * Text for Javadoc: HTML special characters, {@code @} (which would start a tag), {@code *}{@code /}
   * (which would end the comment), backslashes (which could form a unicode escape) and every
   * character outside printable ASCII become HTML character references.
   */
  public static String javadoc(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '{' -> out.append("&#123;");
        case '}' -> out.append("&#125;");
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append("&#").append(Character.toCodePoint(c, text.charAt(i + 1))).append(';');
            i++;
          } else if (c < 0x20 || c > 0x7e) {
            out.append(Character.isWhitespace(c) ? " " : "&#" + (int) c + ";");
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
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
