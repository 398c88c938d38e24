package io.github.smtpstatus.codegen;

import java.util.Objects;

/**
 * One thing wrong with (or odd about) an input file, located as precisely as the input allows.
 *
 * <p>{@link #toString()} renders the form every message of this plugin uses, for example
 * {@code smtp-enhanced-status-codes-3.csv:212: column "Code": "X.01.1" is not a valid enumerated
 * code (leading zero in subject)}.
 *
 * @param file the file as the user knows it (a bundled file's name, or the configured path)
 * @param line the 1-based line, or 0 when the problem concerns the whole file
 * @param field where in the line, already phrased ({@code column "Code"}, {@code key "X.1.1"}), or
 *     {@code null}
 * @param value the offending value, or {@code null}; quoted and escaped when rendered
 * @param reason what is wrong, phrased to follow the quoted value
 */
public record Problem(String file, int line, String field, String value, String reason) {

  private static final int MAX_QUOTED_LENGTH = 80;

  /**
   * Rejects a null file or reason and a negative line.
   *
   * @param file the file as the user knows it (a bundled file's name, or the configured path)
   * @param line the 1-based line, or 0 when the problem concerns the whole file
   * @param field where in the line, already phrased ({@code column "Code"}, {@code key "X.1.1"}), or
   *     {@code null}
   * @param value the offending value, or {@code null}; quoted and escaped when rendered
   * @param reason what is wrong, phrased to follow the quoted value
   */
  public Problem {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(reason, "reason == null");
    if (line < 0) {
      throw new IllegalArgumentException("line < 0: " + line);
    }
  }

  /**
   * {@return a problem in a CSV column}
   *
   * @param file the file as the user knows it
   * @param line the 1-based line
   * @param column the column name, as in the header
   * @param value the offending value
   * @param reason what is wrong
   */
  public static Problem inColumn(String file, int line, String column, String value, String reason) {
    return new Problem(file, line, column == null ? null : "column \"" + column + "\"", value, reason);
  }

  /**
   * {@return a problem with the entry of a key in a {@code key=value} file}
   *
   * @param file the file as the user knows it
   * @param line the 1-based line
   * @param key the key
   * @param value the offending value, or {@code null}
   * @param reason what is wrong
   */
  public static Problem atKey(String file, int line, String key, String value, String reason) {
    return new Problem(file, line, "key \"" + key + "\"", value, reason);
  }

  /**
   * {@return a problem with a value on a line, in no particular column}
   *
   * @param file the file as the user knows it
   * @param line the 1-based line
   * @param value the offending value
   * @param reason what is wrong
   */
  public static Problem atLine(String file, int line, String value, String reason) {
    return new Problem(file, line, null, value, reason);
  }

  /**
   * {@return a problem with a whole file}
   *
   * @param file the file as the user knows it
   * @param reason what is wrong
   */
  public static Problem inFile(String file, String reason) {
    return new Problem(file, 0, null, null, reason);
  }

  /**
   * {@return a problem on one line that concerns no particular column}
   *
   * @param file the file as the user knows it
   * @param line the 1-based line
   * @param reason what is wrong
   */
  public static Problem atLine(String file, int line, String reason) {
    return new Problem(file, line, null, null, reason);
  }

  @Override
  public String toString() {
    StringBuilder message = new StringBuilder(file);
    if (line > 0) {
      message.append(':').append(line);
    }
    message.append(": ");
    if (field != null) {
      message.append(field).append(": ");
    }
    if (value != null) {
      message.append(quote(value)).append(' ');
    }
    return message.append(reason).toString();
  }

  /**
   * Quotes a value for a message: Java-style escapes for quotes, backslashes and control
   * characters, and a cut after {@value #MAX_QUOTED_LENGTH} characters so that hostile input cannot
   * flood a build log.
   *
   * @param value the value to quote
   * @return the value in double quotes, escaped, and cut with {@code ...} if it was longer
   */
  public static String quote(String value) {
    return quote(value, MAX_QUOTED_LENGTH);
  }

  /**
   * Quotes a value like {@link #quote(String)}, cutting it after {@code limit} characters.
   *
   * @param value the value to quote
   * @param limit how many characters of the value to keep at most
   * @return the value in double quotes, escaped, and cut with {@code ...} if it was longer
   */
  public static String quote(String value, int limit) {
    int end = Math.min(value.length(), limit);
    StringBuilder quoted = new StringBuilder(end + 8).append('"');
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    if (value.length() > end) {
      quoted.append("...");
    }
    return quoted.append('"').toString();
  }

}
