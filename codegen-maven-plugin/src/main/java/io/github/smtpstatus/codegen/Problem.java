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

  public Problem {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(reason, "reason == null");
    if (line < 0) {
      throw new IllegalArgumentException("line < 0: " + line);
    }
  }

  /** A problem in a CSV column. */
  public static Problem inColumn(String file, int line, String column, String value, String reason) {
    return new Problem(file, line, column == null ? null : "column \"" + column + "\"", value, reason);
  }

  /** A problem with the entry of a key in a {@code key=value} file. */
  public static Problem atKey(String file, int line, String key, String value, String reason) {
    return new Problem(file, line, "key \"" + key + "\"", value, reason);
  }

  /** A problem with a value on a line, in no particular column. */
  public static Problem atLine(String file, int line, String value, String reason) {
    return new Problem(file, line, null, value, reason);
  }

  /** A problem with a whole file. */
  public static Problem inFile(String file, String reason) {
    return new Problem(file, 0, null, null, reason);
  }

  /** A problem on one line that concerns no particular column. */
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
   */
  public static String quote(String value) {
    return quote(value, MAX_QUOTED_LENGTH);
  }

  /** Quotes a value like {@link #quote(String)}, cutting it after {@code limit} characters. */
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
