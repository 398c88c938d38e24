package io.github.smtpstatus.benchmarks.baseline;

/**
 * What the baselines parse a status code into: the three numbers, as a user without this library keeps
 * them.
 *
 * @param statusClass 2, 4 or 5
 * @param subject 0 to 999
 * @param detail 0 to 999
 */
public record ParsedCode(int statusClass, int subject, int detail) {

  /** The canonical form, {@code 5.1.1}. */
  @Override
  public String toString() {
    return statusClass + "." + subject + "." + detail;
  }
}
