package io.github.smtpstatus.codegen.model;

/**
 * The class-independent identity of an enumerated code: subject and detail, written {@code X.1.1}.
 *
 * @param subject the subject number, 0 to 999
 * @param detail the detail number, 0 to 999
 */
public record CodeKey(int subject, int detail) implements Comparable<CodeKey> {

  /**
   * Rejects a subject or detail outside 0 to 999.
   *
   * @param subject the subject number, 0 to 999
   * @param detail the detail number, 0 to 999
   */
  public CodeKey {
    if (subject < 0 || subject > 999 || detail < 0 || detail > 999) {
      throw new IllegalArgumentException("out of range: X." + subject + "." + detail);
    }
  }

  @Override
  public int compareTo(CodeKey other) {
    int bySubject = Integer.compare(subject, other.subject);
    return bySubject != 0 ? bySubject : Integer.compare(detail, other.detail);
  }

  /** The code as IANA writes it: {@code X.1.1}. */
  @Override
  public String toString() {
    return "X." + subject + "." + detail;
  }
}
