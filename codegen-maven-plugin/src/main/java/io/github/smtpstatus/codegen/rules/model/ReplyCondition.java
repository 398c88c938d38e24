package io.github.smtpstatus.codegen.rules.model;

/**
 * A rule's condition on the SMTP reply code: one code, or every code of a class.
 *
 * @param low the lowest reply code accepted
 * @param high the highest reply code accepted
 */
public record ReplyCondition(int low, int high) {

  /**
   * Rejects a condition that is neither one reply code nor a whole class of them.
   *
   * @param low the lowest reply code accepted
   * @param high the highest reply code accepted
   * @throws IllegalArgumentException unless {@code low == high} or the two are {@code N00} and
   *     {@code N99}, within 200 to 599
   */
  public ReplyCondition {
    if (low < 200 || high > 599 || !(low == high || (low % 100 == 0 && high == low + 99))) {
      throw new IllegalArgumentException("invalid reply condition " + low + "-" + high);
    }
  }

  /**
   * {@return whether every reply code this condition accepts is accepted by {@code other} too}
   *
   * @param other the condition of another rule
   */
  public boolean within(ReplyCondition other) {
    return other.low <= low && high <= other.high;
  }

  /** The written form: {@code 550} or {@code 5XX}. */
  @Override
  public String toString() {
    return low == high ? Integer.toString(low) : (low / 100) + "XX";
  }
}
