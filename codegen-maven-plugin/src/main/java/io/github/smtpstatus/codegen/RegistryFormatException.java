package io.github.smtpstatus.codegen;

import java.util.List;
import java.util.Objects;

/**
 * The registry input is malformed: a CSV table, the names file or the provenance file breaks a rule.
 * The message lists the problems found, one per line, each naming file, line, column and value; at
 * most {@value ProblemLimit#PER_FIELD} per field and {@value ProblemLimit#TOTAL} in all, then one line
 * counting the rest. {@link #problems()} has them all.
 */
public final class RegistryFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * One problem.
   *
   * @param problem what is wrong, and where
   */
  public RegistryFormatException(Problem problem) {
    this(List.of(problem));
  }

  /**
   * Several problems, listed in the message one per line.
   *
   * @param problems what is wrong, and where, in the order of the input; not empty
   */
  public RegistryFormatException(List<Problem> problems) {
    super(render(problems));
    this.problems = List.copyOf(problems);
  }

  /** {@return the problems, in the order of the input} Never empty. */
  public List<Problem> problems() {
    return problems;
  }

  private static String render(List<Problem> problems) {
    Objects.requireNonNull(problems, "problems == null");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problems");
    }
    StringBuilder message = new StringBuilder();
    ProblemLimit limit = new ProblemLimit();
    for (Problem problem : problems) {
      if (limit.admit(problem)) {
        if (message.length() > 0) {
          message.append('\n');
        }
        message.append(problem);
      }
    }
    if (limit.hidden() > 0) {
      message.append('\n').append(limit.summary("problems"));
    }
    return message.toString();
  }
}
