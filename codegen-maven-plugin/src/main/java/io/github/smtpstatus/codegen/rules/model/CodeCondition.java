package io.github.smtpstatus.codegen.rules.model;

/**
 * A rule's condition on the enhanced status code: which classes, which subject, which details.
 *
 * @param classMask bit {@code 1 << c} for each accepted class {@code c} (2, 4, 5)
 * @param subject the subject, or -1 for any
 * @param low the lowest detail accepted
 * @param high the highest detail accepted
 */
public record CodeCondition(int classMask, int subject, int low, int high) {

  /** Bits of every class. */
  public static final int ANY_CLASS = (1 << 2) | (1 << 4) | (1 << 5);

  /** The largest subject or detail. */
  public static final int MAX_NUMBER = 999;

  /**
   * Rejects a condition no code could be written as.
   *
   * @param classMask bit {@code 1 << c} for each accepted class {@code c} (2, 4, 5)
   * @param subject the subject, or -1 for any
   * @param low the lowest detail accepted
   * @param high the highest detail accepted
   * @throws IllegalArgumentException if the mask accepts no class or another than 2, 4 and 5, a number is
   *     outside 0 to {@value #MAX_NUMBER}, {@code low > high}, or any subject comes with a detail other than any
   */
  public CodeCondition {
    if (classMask == 0 || (classMask & ~ANY_CLASS) != 0 || subject < -1 || subject > MAX_NUMBER
        || low < 0 || low > high || high > MAX_NUMBER || (subject < 0 && (low != 0 || high != MAX_NUMBER))) {
      throw new IllegalArgumentException("invalid code condition " + classMask + "/" + subject + "/" + low + "-" + high);
    }
  }

  /**
   * {@return whether every code this condition accepts is accepted by {@code other} too}
   *
   * @param other the condition of another rule
   */
  public boolean within(CodeCondition other) {
    return (classMask & ~other.classMask) == 0 && (other.subject < 0 || other.subject == subject)
        && other.low <= low && high <= other.high;
  }

  /** {@return whether this is a detail range (neither one detail nor every detail)} */
  public boolean isRange() {
    return subject >= 0 && low != high && !(low == 0 && high == MAX_NUMBER);
  }

  /** The written form, such as {@code X.1.1}, {@code 5.7.606-649} or {@code 5.XXX.XXX}. */
  @Override
  public String toString() {
    String statusClass = classMask == ANY_CLASS ? "X" : classMask == 1 << 2 ? "2" : classMask == 1 << 4 ? "4"
        : classMask == 1 << 5 ? "5" : Integer.toBinaryString(classMask);
    if (subject < 0) {
      return statusClass + ".XXX.XXX";
    }
    String detail = low == 0 && high == MAX_NUMBER ? "XXX" : low == high ? Integer.toString(low) : low + "-" + high;
    return statusClass + "." + subject + "." + detail;
  }
}
