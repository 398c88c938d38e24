package io.github.smtpstatus.codegen.read;

import io.github.smtpstatus.codegen.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where RFC 4180 quoting goes wrong, so that a message can name the line and column: a quoted
 * field that is never closed, or text between a closing quote and the next comma.
 *
 * <p>Used only after Commons CSV has refused a file; Commons CSV reports neither the column nor, for an
 * unterminated field, the line on which the field opened.
 */
final class QuoteScanner {

  private QuoteScanner() {}

  /** The first quoting error in {@code text}, or {@code null} if its quoting is sound. */
  static Problem locateError(String file, String text) {
    List<String> header = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean inHeader = true;
    int line = 1;
    int fieldIndex = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      boolean fieldStart = true;
      if (text.charAt(i) == '"') {
        int openLine = line;
        i++;
        boolean closed = false;
        while (i < n) {
          char c = text.charAt(i);
          if (c == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            closed = true;
            i++;
            break;
          }
          line += lineBreak(text, i);
          field.append(c);
          i++;
        }
        if (!closed) {
          return Problem.inColumn(file, openLine, column(header, inHeader, fieldIndex), null,
              "quoted field is never closed (quote opened on this line, end of file reached)");
        }
        if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
          return Problem.inColumn(file, line, column(header, inHeader, fieldIndex), null,
              "unexpected " + Problem.quote(String.valueOf(text.charAt(i)))
                  + " after the closing quote (a quoted field must end at a comma or line end)");
        }
        fieldStart = false;
      }
      while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
        if (fieldStart) {
          field.append(text.charAt(i));
        }
        i++;
      }
      if (inHeader) {
        header.add(field.toString().strip());
      }
      field.setLength(0);
      if (i < n && text.charAt(i) == ',') {
        fieldIndex++;
        i++;
        if (i == n) {
          break;
        }
        continue;
      }
      if (i < n) {
        line += lineBreak(text, i);
        i += text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
      }
      inHeader = false;
      fieldIndex = 0;
    }
    return null;
  }

  /** 1 if a line ends at {@code i} (a CRLF counts once, at its CR), else 0. */
  private static int lineBreak(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n') {
      return i > 0 && text.charAt(i - 1) == '\r' ? 0 : 1;
    }
    return c == '\r' ? 1 : 0;
  }

  private static String column(List<String> header, boolean inHeader, int index) {
    return !inHeader && index < header.size() ? header.get(index) : null;
  }
}
