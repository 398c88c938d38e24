package io.github.smtpstatus.codegen.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The one rule by which the plugin splits its {@code key=value} files into lines, for reading and for
 * rewriting alike: CRLF, LF and a lone CR each end a line.
 */
public final class TextLines {

  private TextLines() {}

  /**
   * {@return the lines of a text, each with its line end (none on a last line that lacks one), so that
   * joining them gives the text back; an empty text has no lines}
   *
   * @param text the whole text of a file
   */
  public static List<String> split(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i++);
      if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
        i++;
      }
      if (c == '\r' || c == '\n') {
        lines.add(text.substring(start, i));
        start = i;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /**
   * {@return the line end of a line from {@link #split}: {@code "\r\n"}, {@code "\n"}, {@code "\r"} or {@code ""}}
   *
   * @param line one line, its line end included
   */
  public static String ending(String line) {
    if (line.endsWith("\r\n")) {
      return "\r\n";
    }
    if (line.endsWith("\n")) {
      return "\n";
    }
    return line.endsWith("\r") ? "\r" : "";
  }

  /**
   * {@return the line end of the first line that has one, or {@code fallback} for a text of one unended line}
   *
   * @param text the whole text of a file
   * @param fallback the line end to use when the text has none, also for an empty text
   */
  public static String firstEnding(String text, String fallback) {
    List<String> lines = split(text);
    String ending = lines.isEmpty() ? "" : ending(lines.get(0));
    return ending.isEmpty() ? fallback : ending;
  }
}
