package io.github.smtpstatus.codegen;

import java.util.HashMap;
import java.util.Map;

/**
 * How many problems reach a person: the first {@value #PER_FIELD} of each field (one cell of a table,
 * one key of a properties file, or a whole file) and the first {@value #TOTAL} in all; the rest are
 * counted and summed up in one line. Hostile input (200,000 {@code #} in one field, 100,000 bad rows)
 * then gives a few dozen lines, not a flooded build log. Not thread-safe: one per run.
 */
public final class ProblemLimit {

  /** Problems shown per field. */
  public static final int PER_FIELD = 20;

  /** Problems shown in all. */
  public static final int TOTAL = 100;

  private final Map<String, Integer> perField = new HashMap<>();
  private int shown;
  private int hidden;

  /** A limit for one run, with nothing counted yet. */
  public ProblemLimit() {}

  /**
   * Counts a problem and tells whether it is to be shown.
   *
   * @param problem the problem; its file, line and field tell which field it counts against
   * @return {@code true} if it is within both limits and is to be shown, {@code false} if it is only counted
   */
  public boolean admit(Problem problem) {
    String field = problem.file() + '\u0000' + problem.line() + '\u0000' + problem.field();
    int ofField = perField.merge(field, 1, Integer::sum);
    if (ofField > PER_FIELD || shown >= TOTAL) {
      hidden++;
      return false;
    }
    shown++;
    return true;
  }

  /** {@return how many problems were counted but not shown} */
  public int hidden() {
    return hidden;
  }

  /**
   * {@return the line that stands for the hidden problems, such as {@code ... and 199980 more warnings
   * (not shown: at most 20 per field and 100 in all are)}}
   *
   * @param noun what the problems are, plural: "warnings", "problems"
   */
  public String summary(String noun) {
    return "... and " + hidden + " more " + noun + " (not shown: at most " + PER_FIELD + " per field and " + TOTAL
        + " in all are)";
  }
}
