package io.github.smtpstatus.codegen;

import java.util.Objects;

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

  /**
   * Receives an oddity that is known and harmless, such as those of the registry bundled with the
   * plugin, which its own build checks: a build log shows these only at debug level. Discarded by
   * default.
   *
   * @param problem what is odd, and where
   */
  default void debug(Problem problem) {}

  /**
   * A sink that passes on at most {@value ProblemLimit#PER_FIELD} warnings per field and
   * {@value ProblemLimit#TOTAL} in all; {@link Capped#finish()} then passes on one warning counting the
   * rest. Debug messages pass through uncapped only up to the same limits.
   *
   * @param delegate where the warnings go
   * @return the capped sink
   */
  static Capped capped(Warnings delegate) {
    return new Capped(delegate);
  }

  /** A sink that caps what it passes on; see {@link #capped}. */
  final class Capped implements Warnings {
    private final Warnings delegate;
    private final ProblemLimit warnings = new ProblemLimit();
    private final ProblemLimit debugs = new ProblemLimit();
    private int count;

    private Capped(Warnings delegate) {
      this.delegate = Objects.requireNonNull(delegate, "delegate == null");
    }

    @Override
    public void warn(Problem problem) {
      count++;
      if (warnings.admit(problem)) {
        delegate.warn(problem);
      }
    }

    @Override
    public void debug(Problem problem) {
      if (debugs.admit(problem)) {
        delegate.debug(problem);
      }
    }

    /** {@return how many warnings were received, shown or not} */
    public int count() {
      return count;
    }

    /** Passes on the line counting the warnings not shown, if any; call once, at the end. */
    public void finish() {
      if (warnings.hidden() > 0) {
        delegate.warn(Problem.inFile("smtp-status", warnings.summary("warnings")));
      }
    }
  }
}
