package io.github.smtpstatus.benchmarks.baseline;

/**
 * The status-code parser many users write without a regex: {@code String.split("\\.")} and
 * {@code Integer.parseInt}, with the checks RFC 3463 asks for (class 2, 4 or 5; 1 to 3 digits; no
 * leading zero). It is a baseline for timing only.
 *
 * <p>{@code split} with a one-character pattern takes the JDK's fast path (no regex engine). It has the
 * usual blind spots, kept on purpose because users have them too: {@code split} drops trailing empty
 * strings, so {@code "5.1.1."} passes, and {@code parseInt} accepts a sign, so {@code "5.+1.1"} passes.
 * The benchmarks feed it only inputs on which it agrees with the library (checked by the module's tests).
 */
public final class SplitStatusCodes {

  private SplitStatusCodes() {}

  /** The code, or {@code null} when the text is not one. */
  public static ParsedCode parse(String text) {
    String[] parts = text.split("\\.");
    if (parts.length != 3 || parts[0].length() != 1) {
      return null;
    }
    try {
      int statusClass = Integer.parseInt(parts[0]);
      int subject = Integer.parseInt(parts[1]);
      int detail = Integer.parseInt(parts[2]);
      if (statusClass != 2 && statusClass != 4 && statusClass != 5) {
        return null;
      }
      if (!validPart(parts[1], subject) || !validPart(parts[2], detail)) {
        return null;
      }
      return new ParsedCode(statusClass, subject, detail);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** 0 to 999 written in 1 to 3 digits without a leading zero. */
  private static boolean validPart(String part, int value) {
    return value >= 0 && value <= 999 && part.length() <= 3 && !(part.length() > 1 && part.charAt(0) == '0');
  }
}
