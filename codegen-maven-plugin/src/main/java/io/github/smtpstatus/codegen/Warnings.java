package io.github.smtpstatus.codegen;

/**
 * Receives soft oddities in the input (each with file and line) that do not stop generation, such as
 * a junk "Associated basic status code" value.
 */
@FunctionalInterface
public interface Warnings {

  /** Discards every warning. */
  Warnings IGNORE = problem -> { };

  /**
   * Reports one oddity.
   *
   * @param problem what is odd, and where
   */
  void warn(Problem problem);
}
